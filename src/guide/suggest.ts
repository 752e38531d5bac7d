import type { Asker } from '../knowledge/schema.js';
import type { Conversation } from './conversation.js';
import { askerIn, factsIn } from './cues.js';
import type { Guide } from './guide.js';
import { CONFIDENT_LEAD, CONFIDENT_SCORE } from './router.js';

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

export function suggest(guide: Guide, text: string): Suggestion {
  const question = text.slice(0, MAX_QUESTION_CHARS);
  const { matches, confident } = guide.router.route(question);
  const leads = matches.map((m) => leadFor(guide, m.flow, question));
  const [first, second] = matches;
  if (confident && first) return { kind: 'start', ...(leads[0] as Lead) };
  if (!first) return { kind: 'none' };
  const close = matches.filter((m) => m.score * CONFIDENT_LEAD > first.score);
  if (second && first.score >= CONFIDENT_SCORE && close.length >= 2)
    return { kind: 'clarify', leads: leads.slice(0, Math.min(close.length, 3)) };
  return { kind: 'choose', leads };
}

/** What the question says for one topic. */
export function leadFor(guide: Guide, flowId: string, question: string): Lead {
  const flow = guide.kb.flows.get(flowId)?.flow;
  if (!flow) return { flow: flowId, facts: {} };
  const asker = askerIn(guide.kb, question, flow.askers);
  return { flow: flowId, ...(asker && { asker }), facts: factsIn(flow, question) };
}
