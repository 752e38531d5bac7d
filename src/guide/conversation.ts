import * as z from 'zod';
import type { KnowledgeBase } from '../knowledge/base.js';
import { resolveNext } from '../knowledge/graph.js';
import {
  Asker,
  type Flow,
  type Ground,
  Id,
  Lang,
  type Letter,
  MAX_ANSWERS,
  type Option,
  type Outcome,
  type Question,
  type Route,
  type RouteRef,
  type Ruling,
  type Text,
  type Verdict,
} from '../knowledge/schema.js';

/** "Weet ik niet": an answer a question may offer. */
export const UNKNOWN = '?';

/** One answer: an option id, several (for a question that takes several), or "weet ik niet". */
export const Answer = z.union([Id, z.literal(UNKNOWN), z.array(Id).min(1).max(10)]);
export type Answer = z.infer<typeof Answer>;

/** Where a person is in a flow: everything needed to rebuild the current step. No session store holds it. */
export const Conversation = z.strictObject({
  flow: Id,
  lang: Lang,
  /** Who asks; until it is known the flow asks it first (when it serves more than one asker). */
  asker: Asker.optional(),
  /** Answers taken from what the person already said, by question: applied when the walk reaches that question. */
  facts: z.record(Id, Answer).default({}),
  /** The answers given, in the order the questions came. */
  answers: z.array(Answer).max(MAX_ANSWERS),
});
export type Conversation = z.infer<typeof Conversation>;

/** A question answered so far, for the "your answers" summary. */
export interface Answered {
  question: string;
  /** The question's text for this asker. */
  text: Text;
  /** The options chosen; none for "weet ik niet". */
  options: Option[];
  unknown: boolean;
  /** Answered by the person, or taken from their question (and changeable). */
  from: 'answer' | 'question';
  /** How many answers were given before this question: going back to it keeps those. */
  at: number;
}

export interface Progress {
  /** Number of this question, counting from 1. */
  current: number;
  /** Estimated total: the questions answered plus the longest way still ahead. */
  total: number;
}

interface StepBase {
  flow: Flow;
  asker?: Asker;
  answered: Answered[];
}

/** Who asks, for a flow that serves several askers and has not been told. */
export interface AskerStep extends StepBase {
  type: 'asker';
  askers: Asker[];
}

export interface QuestionStep extends StepBase {
  type: 'question';
  asker: Asker;
  node: string;
  /** The question as this asker sees it. */
  question: Question;
  progress: Progress;
}

/** One answer within an outcome: all of it, or what one of several chosen practices leads to. */
export interface OutcomePart {
  /** The option that started this part, when several were chosen. */
  practice?: Option;
  node: string;
  /** The outcome as this asker reads it. */
  outcome: Outcome;
  grounds: Ground[];
  rulings: Ruling[];
  routes: { route: Route; why?: Text }[];
}

/** A "weet ik niet" on the way: what the answer turns on, and how to find out. */
export interface OpenPoint {
  question: string;
  text: Text;
  findOut: Text;
}

export interface OutcomeStep extends StepBase {
  type: 'outcome';
  asker: Asker;
  /** One part, or one per practice chosen, strictest first. */
  parts: OutcomePart[];
  /** The strictest verdict of the parts. */
  verdict: Verdict;
  /** The routes of every part, each once, in the order they first appear. */
  routes: { route: Route; why?: Text }[];
  open: OpenPoint[];
  /** What the answers said is missing, in the order asked (for an outcome reached through `if_gaps`). */
  gaps: Text[];
  /** The oldest review date of the grounds and rulings behind this answer. */
  reviewed: string;
}

export type Step = AskerStep | QuestionStep | OutcomeStep;

export type WalkError =
  | { code: 'unknown_flow'; flow: string }
  | { code: 'unknown_asker'; flow: string; asker: string; valid: Asker[] }
  | { code: 'unknown_option'; flow: string; node: string; option: string; valid: string[] }
  | { code: 'not_multiple'; flow: string; node: string }
  | { code: 'no_unknown'; flow: string; node: string }
  | { code: 'past_outcome'; flow: string; node: string };

export type WalkResult = { ok: true; step: Step } | { ok: false; error: WalkError };

/** From strictest to most lenient: several practices are summed up by the strictest. */
export const STRICTNESS: readonly Verdict[] = [
  'not_allowed',
  'likely_not_allowed',
  'depends',
  'allowed_with_conditions',
  'allowed',
];
const strictness = (v: Verdict) => STRICTNESS.indexOf(v);

export function start(flow: string, lang: Lang = 'nl', asker?: Asker, facts: Conversation['facts'] = {}): Conversation {
  return { flow, lang, ...(asker && { asker }), facts, answers: [] };
}

/** Replays the conversation from the start and returns the step it is at. */
export function walk(kb: KnowledgeBase, c: Conversation): WalkResult {
  const entry = kb.flows.get(c.flow);
  if (!entry) return { ok: false, error: { code: 'unknown_flow', flow: c.flow } };
  const { flow } = entry;
  if (c.asker && !flow.askers.includes(c.asker))
    return { ok: false, error: { code: 'unknown_asker', flow: flow.id, asker: c.asker, valid: flow.askers } };
  const asker = c.asker ?? (flow.askers.length === 1 ? flow.askers[0] : undefined);
  if (!asker) {
    if (c.answers.length > 0) return { ok: false, error: { code: 'past_outcome', flow: flow.id, node: 'asker' } };
    return { ok: true, step: { type: 'asker', flow, askers: flow.askers, answered: [] } };
  }
  return new Walker(kb, flow, asker, c).run(entry.questionsLeft);
}

/** The replay itself: answers are taken in order, and a question taking several answers opens one branch for each. */
class Walker {
  private used = 0;
  private readonly answered: Answered[] = [];
  private readonly given = new Map<string, Answer>();
  private readonly open: OpenPoint[] = [];
  private readonly parts: { practice?: Option; node: string }[] = [];
  /** Branches still to walk, the next on top. */
  private readonly pending: { node: string; practice?: Option }[] = [];

  constructor(
    private readonly kb: KnowledgeBase,
    private readonly flow: Flow,
    private readonly asker: Asker,
    private readonly c: Conversation,
  ) {}

  run(questionsLeft: ReadonlyMap<string, number>): WalkResult {
    this.pending.push({ node: resolveNext(this.flow.start, this.asker) });
    while (this.pending.length > 0) {
      const branch = this.pending.pop() as { node: string; practice?: Option };
      let node = branch.node;
      for (let question = this.flow.questions[node]; question; question = this.flow.questions[node]) {
        const answer = this.answerFor(node);
        if (answer === undefined) {
          const ahead = [node, ...this.pending.map((p) => p.node)].reduce(
            (n, id) => n + (questionsLeft.get(id) ?? 1),
            0,
          );
          const current = this.answered.length + 1;
          const step: QuestionStep = {
            type: 'question',
            flow: this.flow,
            asker: this.asker,
            node,
            question: forAsker(question, this.asker),
            answered: this.answered,
            progress: { current, total: this.answered.length + ahead },
          };
          return { ok: true, step };
        }
        const moved = this.follow(node, question, answer);
        if (!moved.ok) return moved;
        if (moved.branches) {
          this.pending.push(...moved.branches.reverse());
          node = '';
          break;
        }
        node = moved.node;
      }
      if (node) this.parts.push({ ...branch, node });
    }
    if (this.used < this.c.answers.length)
      return { ok: false, error: { code: 'past_outcome', flow: this.flow.id, node: this.parts.at(-1)?.node ?? '' } };
    return { ok: true, step: this.outcome() };
  }

  /** The answer for a question: given earlier in another branch, taken from the question, or the next one given. */
  private answerFor(node: string): Answer | undefined {
    const earlier = this.given.get(node);
    if (earlier !== undefined) return earlier;
    const fact = this.c.facts[node];
    if (fact !== undefined && this.fits(node, fact)) return this.record(node, fact, 'question');
    if (this.used < this.c.answers.length) return this.record(node, this.c.answers[this.used++] as Answer, 'answer');
    return undefined;
  }

  private record(node: string, answer: Answer, from: Answered['from']): Answer {
    const question = this.flow.questions[node] as Question;
    const ids = answer === UNKNOWN ? [] : typeof answer === 'string' ? [answer] : answer;
    const at = from === 'answer' ? this.used - 1 : this.used;
    const options = ids
      .flatMap((id) => question.options.filter((o) => o.id === id))
      .map((o) => optionForAsker(o, this.asker));
    this.answered.push({
      question: node,
      text: forAsker(question, this.asker).question,
      options,
      unknown: answer === UNKNOWN,
      from,
      at,
    });
    this.given.set(node, answer);
    return answer;
  }

  /** A fact from the question counts only where it is a valid answer here. */
  private fits(node: string, answer: Answer): boolean {
    const question = this.flow.questions[node] as Question;
    if (answer === UNKNOWN) return false;
    const ids = typeof answer === 'string' ? [answer] : answer;
    return (
      (ids.length === 1 || question.multiple === true) && ids.every((id) => question.options.some((o) => o.id === id))
    );
  }

  private follow(
    node: string,
    question: Question,
    answer: Answer,
  ):
    | { ok: true; node: string; branches?: undefined }
    | { ok: true; branches: { node: string; practice: Option }[] }
    | { ok: false; error: WalkError } {
    const where = { flow: this.flow.id, node };
    if (answer === UNKNOWN) {
      if (!question.unknown) return { ok: false, error: { code: 'no_unknown', ...where } };
      this.open.push({
        question: node,
        text: forAsker(question, this.asker).question,
        findOut: question.unknown.for?.[this.asker]?.find_out ?? question.unknown.find_out,
      });
      return { ok: true, node: resolveNext(question.unknown.next, this.asker) };
    }
    const ids = typeof answer === 'string' ? [answer] : answer;
    if (ids.length > 1 && !question.multiple) return { ok: false, error: { code: 'not_multiple', ...where } };
    const options: Option[] = [];
    for (const id of ids) {
      const option = question.options.find((o) => o.id === id);
      if (!option)
        return {
          ok: false,
          error: { code: 'unknown_option', ...where, option: id, valid: question.options.map((o) => o.id) },
        };
      options.push(option);
    }
    if (question.multiple && options.length > 1) {
      return {
        ok: true,
        branches: options.map((o) => ({
          node: resolveNext(o.next, this.asker),
          practice: optionForAsker(o, this.asker),
        })),
      };
    }
    return { ok: true, node: resolveNext((options[0] as Option).next, this.asker) };
  }

  private outcome(): OutcomeStep {
    const gaps = this.answered.flatMap((a) => a.options.flatMap((o) => (o.gap ? [o.gap] : [])));
    let detoured = false;
    const parts = this.parts.map(({ practice, node: reached }) => {
      const detour = this.flow.outcomes[reached]?.if_gaps;
      const node = gaps.length > 0 && detour ? detour : reached;
      detoured ||= node !== reached;
      return this.part(node, practice);
    });
    parts.sort((a, b) => strictness(a.outcome.verdict) - strictness(b.outcome.verdict));
    const routes = new Map<string, { route: Route; why?: Text }>();
    for (const part of parts) for (const r of part.routes) if (!routes.has(r.route.id)) routes.set(r.route.id, r);
    const reviewed =
      parts
        .flatMap((p) => [...p.grounds, ...p.rulings])
        .map((x) => x.reviewed)
        .sort()[0] ?? '';
    return {
      type: 'outcome',
      flow: this.flow,
      asker: this.asker,
      parts,
      verdict: (parts[0] as OutcomePart).outcome.verdict,
      routes: [...routes.values()],
      open: this.open,
      gaps: detoured ? gaps : [],
      answered: this.answered,
      reviewed,
    };
  }

  private part(node: string, practice?: Option): OutcomePart {
    const outcome = outcomeForAsker(this.flow.outcomes[node] as Outcome, this.asker);
    const pick = <T>(ids: readonly string[] | undefined, from: ReadonlyMap<string, T>): T[] =>
      (ids ?? []).map((id) => from.get(id) as T);
    const routes = outcome.routes.map((ref: RouteRef) => {
      const id = typeof ref === 'string' ? ref : ref.id;
      return { route: this.kb.routes.get(id) as Route, ...(typeof ref !== 'string' && { why: ref.why }) };
    });
    return {
      ...(practice && { practice }),
      node,
      outcome,
      grounds: pick(outcome.grounds, this.kb.grounds),
      rulings: pick(outcome.rulings, this.kb.rulings),
      routes,
    };
  }
}

/** A question's texts for one asker. */
export function forAsker(question: Question, asker: Asker): Question {
  const variant = question.for?.[asker];
  return variant
    ? { ...question, question: variant.question ?? question.question, help: variant.help ?? question.help }
    : question;
}

export function optionForAsker(option: Option, asker: Asker): Option {
  const label = option.for?.[asker]?.label;
  return label ? { ...option, label } : option;
}

/** An outcome's texts for one asker; `letter: null` in a variant leaves that asker without a letter. */
export function outcomeForAsker(outcome: Outcome, asker: Asker): Outcome {
  const variant = outcome.for?.[asker];
  if (!variant) return outcome;
  const { letter, ...texts } = variant;
  const merged: Outcome = {
    ...outcome,
    ...Object.fromEntries(Object.entries(texts).filter(([, v]) => v !== undefined)),
  };
  if (letter === null) delete merged.letter;
  else if (letter) merged.letter = letter as Letter;
  return merged;
}

export const answer = (c: Conversation, given: Answer): Conversation => ({ ...c, answers: [...c.answers, given] });

/** Goes back to an answered question: that answer and every one after it are dropped; a fact taken from the question too. */
export function backTo(c: Conversation, answered: Answered): Conversation {
  const facts = { ...c.facts };
  if (answered.from === 'question') delete facts[answered.question];
  return { ...c, facts, answers: c.answers.slice(0, answered.at) };
}

/** One step back: the last answer given (or taken from the question); before the first, back to who is asking. */
export function back(c: Conversation, step: Step): Conversation {
  const last = step.answered.at(-1);
  if (last) return backTo(c, last);
  const { asker: _, ...rest } = c;
  return rest;
}

/** The same flow from the beginning, for the same asker. */
export const restart = (c: Conversation): Conversation => ({ ...c, facts: {}, answers: [] });

/** Someone else is asking: the flow starts again for them, keeping what their question said. */
export function withAsker(c: Conversation, asker: Asker | undefined): Conversation {
  const { asker: _, ...rest } = c;
  return { ...rest, ...(asker && { asker }), answers: [] };
}
