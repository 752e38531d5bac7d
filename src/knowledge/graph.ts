import type { Asker, FlowSpec, Next, Question } from './schema.js';

/**
 * The shape of a flow as a graph: a question leads on through its options (and its "weet ik niet"), an outcome may
 * detour to its `if_gaps` outcome. Where the next node depends on who asks, a walk for one asker follows that
 * asker's way and a walk for nobody in particular follows every way. Every walk is iterative, so a long chain of
 * questions cannot overflow the stack.
 */

/** What the graph needs of a flow: a flow as written, or with its shared conclusions filled in. */
export type FlowGraph = Pick<FlowSpec, 'start' | 'questions'> & { outcomes: Record<string, object> };

/** The node `next` leads to for an asker; without one, every node it can lead to. */
export function targets(next: Next, asker?: Asker): string[] {
  if (typeof next === 'string') return [next];
  if (asker) return [next[asker] ?? next.default];
  return [...new Set(Object.values(next).filter((id): id is string => typeof id === 'string'))];
}

/** The node `next` leads to for this asker. */
export const resolveNext = (next: Next, asker: Asker): string =>
  typeof next === 'string' ? next : (next[asker] ?? next.default);

/** Every way on from a question: its options' and its "weet ik niet"'s. */
const ways = (question: Question): Next[] => [
  ...question.options.map((o) => o.next),
  ...(question.unknown ? [question.unknown.next] : []),
];

const detourOf = (outcome: object | undefined): string | undefined =>
  outcome && 'if_gaps' in outcome && typeof outcome.if_gaps === 'string' ? outcome.if_gaps : undefined;

/** The nodes one step on from `node`. */
export function successors(flow: FlowGraph, node: string, asker?: Asker): string[] {
  const question = flow.questions[node];
  if (question) return [...new Set(ways(question).flatMap((next) => targets(next, asker)))];
  const detour = detourOf(flow.outcomes[node]);
  return detour ? [detour] : [];
}

/** Every node that can be reached from the start (for one asker, or for anyone), the start included. */
export function reachable(flow: FlowGraph, asker?: Asker): Set<string> {
  const seen = new Set<string>();
  const todo = targets(flow.start, asker);
  while (todo.length > 0) {
    const id = todo.pop() as string;
    if (seen.has(id)) continue;
    seen.add(id);
    todo.push(...successors(flow, id, asker));
  }
  return seen;
}

/** The reachable nodes, each before every node it leads to. Needs a graph without cycles. */
export function topologicalOrder(flow: FlowGraph, asker?: Asker): string[] {
  const order: string[] = [];
  const seen = new Set<string>();
  const todo = targets(flow.start, asker).map((id) => ({ id, expanded: false }));
  while (todo.length > 0) {
    const item = todo.pop() as { id: string; expanded: boolean };
    if (item.expanded) {
      order.push(item.id);
      continue;
    }
    if (seen.has(item.id)) continue;
    seen.add(item.id);
    todo.push({ id: item.id, expanded: true });
    for (const next of successors(flow, item.id, asker)) if (!seen.has(next)) todo.push({ id: next, expanded: false });
  }
  return order.reverse();
}

/** For every reachable node: the most questions that can still be asked from it, itself included (0 for an outcome). */
export function questionsLeft(flow: FlowGraph): Map<string, number> {
  const left = new Map<string, number>();
  for (const id of topologicalOrder(flow).reverse()) {
    const question = flow.questions[id];
    const after = question ? successors(flow, id).map((next) => left.get(next) ?? 0) : [];
    left.set(id, question ? 1 + Math.max(0, ...after) : 0);
  }
  return left;
}

/** The most questions on any path from the start. */
export const longestPath = (flow: FlowGraph): number =>
  Math.max(0, ...targets(flow.start).map((id) => questionsLeft(flow).get(id) ?? 0));

/** One way through a flow: the answers given, in order (an option id, or `?` for "weet ik niet"), and the outcome. */
export interface FlowPath {
  answers: string[];
  outcome: string;
}

/**
 * Every path from the start to an outcome for one asker, depth first. A question that takes several answers is
 * walked with one answer at a time (a real answer may combine them). A flow with many branches has many paths:
 * iterate, don't collect.
 */
export function* paths(flow: FlowGraph, asker: Asker): Generator<FlowPath> {
  const todo: { node: string; answers: string[] }[] = targets(flow.start, asker).map((node) => ({ node, answers: [] }));
  while (todo.length > 0) {
    const { node, answers } = todo.pop() as { node: string; answers: string[] };
    const question = flow.questions[node];
    if (!question) {
      yield { answers, outcome: node };
      continue;
    }
    const choices: [string, Next][] = [
      ...question.options.map((o): [string, Next] => [o.id, o.next]),
      ...(question.unknown ? [['?', question.unknown.next] as [string, Next]] : []),
    ];
    for (const [answer, next] of choices.reverse())
      todo.push({ node: resolveNext(next, asker), answers: [...answers, answer] });
  }
}
