import { z } from 'zod';
import type { KnowledgeBase } from '../knowledge/base.js';
import {
  type Flow,
  type Ground,
  Id,
  Lang,
  MAX_ANSWERS,
  type Option,
  type Outcome,
  type Question,
  type Route,
  type Ruling,
  type Text,
} from '../knowledge/schema.js';

/** Where a person is in a flow: everything needed to rebuild the current step. No session store holds it. */
export const Conversation = z.strictObject({
  flow: Id,
  lang: Lang,
  answers: z.array(Id).max(MAX_ANSWERS),
});
export type Conversation = z.infer<typeof Conversation>;

/** A question answered so far, for the "your answers" summary. */
export interface Answered {
  question: string;
  text: Text;
  option: Option;
}

export interface Progress {
  /** Number of this question, counting from 1. */
  current: number;
  /** Estimated total: the questions answered plus the longest path still ahead. */
  total: number;
}

export interface QuestionStep {
  type: 'question';
  flow: Flow;
  node: string;
  question: Question;
  progress: Progress;
  answered: Answered[];
}

export interface OutcomeStep {
  type: 'outcome';
  flow: Flow;
  node: string;
  outcome: Outcome;
  grounds: Ground[];
  rulings: Ruling[];
  routes: Route[];
  answered: Answered[];
  /** What the answers said is missing, in the order asked (for an outcome reached through `if_gaps`). */
  gaps: Text[];
  /** The oldest review date of the grounds and rulings behind this answer. */
  reviewed: string;
}

export type Step = QuestionStep | OutcomeStep;

export type WalkError =
  | { code: 'unknown_flow'; flow: string }
  | { code: 'unknown_option'; flow: string; node: string; option: string; valid: string[] }
  | { code: 'past_outcome'; flow: string; node: string };

export type WalkResult = { ok: true; step: Step } | { ok: false; error: WalkError };

export function start(flow: string, lang: Lang = 'nl'): Conversation {
  return { flow, lang, answers: [] };
}

/** Replays the answers from the start node and returns the step they lead to. */
export function walk(kb: KnowledgeBase, conversation: Conversation): WalkResult {
  const entry = kb.flows.get(conversation.flow);
  if (!entry) return { ok: false, error: { code: 'unknown_flow', flow: conversation.flow } };
  const { flow, questionsLeft } = entry;
  const answered: Answered[] = [];
  let node = flow.start;
  for (const optionId of conversation.answers) {
    const question = flow.questions[node];
    if (!question) return { ok: false, error: { code: 'past_outcome', flow: flow.id, node } };
    const option = question.options.find((o) => o.id === optionId);
    if (!option) {
      return {
        ok: false,
        error: {
          code: 'unknown_option',
          flow: flow.id,
          node,
          option: optionId,
          valid: question.options.map((o) => o.id),
        },
      };
    }
    answered.push({ question: node, text: question.question, option });
    node = option.next;
  }
  const question = flow.questions[node];
  if (question) {
    const current = answered.length + 1;
    return {
      ok: true,
      step: {
        type: 'question',
        flow,
        node,
        question,
        answered,
        progress: { current, total: answered.length + (questionsLeft.get(node) ?? 1) },
      },
    };
  }
  return { ok: true, step: outcomeStep(kb, flow, node, answered) };
}

function outcomeStep(kb: KnowledgeBase, flow: Flow, reached: string, answered: Answered[]): OutcomeStep {
  const gaps = answered.flatMap((a) => (a.option.gap ? [a.option.gap] : []));
  const detour = flow.outcomes[reached]?.if_gaps;
  const node = gaps.length > 0 && detour ? detour : reached;
  const outcome = flow.outcomes[node] as Outcome;
  const pick = <T>(ids: readonly string[] | undefined, from: ReadonlyMap<string, T>): T[] =>
    (ids ?? []).map((id) => from.get(id) as T);
  const grounds = pick(outcome.grounds, kb.grounds);
  const rulings = pick(outcome.rulings, kb.rulings);
  const reviewed = [...grounds, ...rulings].map((x) => x.reviewed).sort()[0] ?? '';
  return {
    type: 'outcome',
    flow,
    node,
    outcome,
    grounds,
    rulings,
    routes: pick(outcome.routes, kb.routes),
    answered,
    gaps: node === reached ? [] : gaps,
    reviewed,
  };
}

export const answer = (c: Conversation, option: string): Conversation => ({ ...c, answers: [...c.answers, option] });
export const back = (c: Conversation): Conversation => ({ ...c, answers: c.answers.slice(0, -1) });
/** Goes back to the question at `index` (0-based), dropping that answer and every one after it. */
export const backTo = (c: Conversation, index: number): Conversation => ({
  ...c,
  answers: c.answers.slice(0, Math.max(0, index)),
});
export const restart = (c: Conversation): Conversation => ({ ...c, answers: [] });
