import type { Flow } from './schema.js';

/**
 * The shape of a flow as a graph: questions lead to other nodes through their options, an outcome may detour to
 * its `if_gaps` outcome. Every walk here is iterative, so a long chain of questions cannot overflow the stack.
 */

/** The nodes one step on from `node`: the options' targets of a question, the detour of an outcome. */
export function successors(flow: Flow, node: string): string[] {
  const question = flow.questions[node];
  if (question) return question.options.map((o) => o.next);
  const detour = flow.outcomes[node]?.if_gaps;
  return detour ? [detour] : [];
}

/** Every node that can be reached from the start, the start included. */
export function reachable(flow: Flow): Set<string> {
  const seen = new Set<string>();
  const todo = [flow.start];
  while (todo.length > 0) {
    const id = todo.pop() as string;
    if (seen.has(id)) continue;
    seen.add(id);
    todo.push(...successors(flow, id));
  }
  return seen;
}

/** The nodes reachable from the start, each before every node it leads to. Needs a graph without cycles. */
export function topologicalOrder(flow: Flow): string[] {
  const order: string[] = [];
  const seen = new Set<string>();
  const todo: { id: string; expanded: boolean }[] = [{ id: flow.start, expanded: false }];
  while (todo.length > 0) {
    const item = todo.pop() as { id: string; expanded: boolean };
    if (item.expanded) {
      order.push(item.id);
      continue;
    }
    if (seen.has(item.id)) continue;
    seen.add(item.id);
    todo.push({ id: item.id, expanded: true });
    for (const next of successors(flow, item.id)) if (!seen.has(next)) todo.push({ id: next, expanded: false });
  }
  return order.reverse();
}

/** For every reachable node: the most questions that can still be asked from it, itself included (0 for an outcome). */
export function questionsLeft(flow: Flow): Map<string, number> {
  const left = new Map<string, number>();
  for (const id of topologicalOrder(flow).reverse()) {
    const question = flow.questions[id];
    left.set(id, question ? 1 + Math.max(...question.options.map((o) => left.get(o.next) ?? 0)) : 0);
  }
  return left;
}

/** The most questions on any path from the start. */
export const longestPath = (flow: Flow): number => questionsLeft(flow).get(flow.start) ?? 0;

/** One way through a flow: the option ids chosen, in order, and the outcome they reach. */
export interface FlowPath {
  answers: string[];
  outcome: string;
}

/** Every path from the start to an outcome, depth first (a flow with many branches has many: iterate, don't collect). */
export function* paths(flow: Flow): Generator<FlowPath> {
  const todo: { node: string; answers: string[] }[] = [{ node: flow.start, answers: [] }];
  while (todo.length > 0) {
    const { node, answers } = todo.pop() as { node: string; answers: string[] };
    const question = flow.questions[node];
    if (!question) {
      yield { answers, outcome: node };
      continue;
    }
    for (const option of [...question.options].reverse())
      todo.push({ node: option.next, answers: [...answers, option.id] });
  }
}
