import type { Asker } from '../knowledge/schema.js';
import type { Conversation } from './conversation.js';
import { askerIn, factsIn } from './cues.js';
import type { Guide } from './guide-of.js';
import { CONFIDENT_LEAD, CONFIDENT_SCORE, type Router } from './router.js';

/** A topic a question may be about, with what the question already says for it: who asks, and which answers. */
export interface Lead {
  flow: string;
  asker?: Asker;
  facts: Conversation['facts'];
}

/**
 * What to do with a question typed in someone's own words: start the one topic that clearly fits, ask "A or B?"
 * when two fit about equally well, offer the topics that fit, or say that none does.
 */
export type Suggestion =
  | ({ kind: 'start' } & Lead)
  | { kind: 'clarify'; leads: Lead[] }
  | { kind: 'choose'; leads: Lead[] }
  | { kind: 'none' };

/**
 * The router reads only a question's first 40 words, and its typo matching grows with the square of a word's
 * length: one 40,000-character word (Slack's message limit) would hold the process for over a second.
 */
export const MAX_QUESTION_CHARS = 1000;

/** The same decision by topic alone, for a surface that learns what the question says within each topic later. */
export type Routing =
  | { kind: 'start'; flow: string }
  | { kind: 'clarify' | 'choose'; flows: string[] }
  | { kind: 'none' };

export function suggest(guide: Guide, text: string): Suggestion {
  const question = text.slice(0, MAX_QUESTION_CHARS);
  const routing = routeQuestion(guide.router, question);
  if (routing.kind === 'none') return routing;
  if (routing.kind === 'start') return { kind: 'start', ...leadFor(guide, routing.flow, question) };
  return { kind: routing.kind, leads: routing.flows.map((flow) => leadFor(guide, flow, question)) };
}

export function routeQuestion(router: Router, text: string): Routing {
  const { matches, confident } = router.route(text.slice(0, MAX_QUESTION_CHARS));
  const [first, second] = matches;
  if (!first) return { kind: 'none' };
  if (confident) return { kind: 'start', flow: first.flow };
  const close = matches.filter((m) => m.score * CONFIDENT_LEAD > first.score);
  const flows = matches.map((m) => m.flow);
  if (second && first.score >= CONFIDENT_SCORE && close.length >= 2)
    return { kind: 'clarify', flows: flows.slice(0, Math.min(close.length, 3)) };
  return { kind: 'choose', flows };
}

/** What the question says for one topic. */
export function leadFor(guide: Guide, flowId: string, question: string): Lead {
  const flow = guide.kb.flows.get(flowId)?.flow;
  if (!flow) return { flow: flowId, facts: {} };
  const asker = askerIn(guide.kb, question, flow.askers);
  return { flow: flowId, ...(asker && { asker }), facts: factsIn(flow, question) };
}
