import type { PathSegment } from './diagnostics.js';
import { longestPath, reachable, successors, targets } from './graph.js';
import type { Located, Report } from './lint.js';
import { type Asker, type FlowSpec, MAX_ANSWERS, type Next } from './schema.js';

/** The shape of one flow: every way leads somewhere, every node can be reached, nothing loops. True when sound. */
export function lintFlowGraph(at: Located<FlowSpec>, report: Report): boolean {
  const flow = at.value;
  const nodes = new Set([...Object.keys(flow.questions), ...Object.keys(flow.outcomes)]);
  const nodeList = () => (nodes.size > 12 ? `${nodes.size} nodes in this flow` : `known: ${[...nodes].join(', ')}`);
  let sound = true;
  const checkNext = (next: Next, path: PathSegment[]) => {
    for (const id of targets(next)) {
      if (nodes.has(id)) continue;
      sound = false;
      report(
        'error',
        at,
        typeof next === 'string' ? path : [...path, keyOf(next, id)],
        `unknown node "${id}" (${nodeList()})`,
      );
    }
    checkAskers(at, next, path, report);
  };

  for (const id of Object.keys(flow.outcomes)) {
    if (flow.questions[id])
      report('error', at, ['outcomes', id], `"${id}" is both a question and an outcome; node ids must be unique`);
  }
  for (const id of targets(flow.start)) {
    if (!flow.questions[id]) {
      sound = false;
      const problem = flow.outcomes[id]
        ? 'is an outcome; a flow starts with a question'
        : `is not a question in this flow (${nodeList()})`;
      report('error', at, ['start'], `start node "${id}" ${problem}`);
    }
  }
  checkAskers(at, flow.start, ['start'], report);
  for (const [qid, question] of Object.entries(flow.questions)) {
    const optionIds = new Set<string>();
    question.options.forEach((option, i) => {
      const path = ['questions', qid, 'options', i];
      if (optionIds.has(option.id))
        report('error', at, [...path, 'id'], `duplicate option id "${option.id}" in question "${qid}"`);
      optionIds.add(option.id);
      checkNext(option.next, [...path, 'next']);
      checkVariantAskers(at, option.for, [...path, 'for'], report);
    });
    if (question.unknown) {
      checkNext(question.unknown.next, ['questions', qid, 'unknown', 'next']);
      checkVariantAskers(at, question.unknown.for, ['questions', qid, 'unknown', 'for'], report);
    }
    checkVariantAskers(at, question.for, ['questions', qid, 'for'], report);
  }
  const hasDetour = Object.values(flow.outcomes).some((o) => 'if_gaps' in o && o.if_gaps);
  for (const [oid, outcome] of Object.entries(flow.outcomes)) {
    if ('use' in outcome) continue;
    checkVariantAskers(at, outcome.for, ['outcomes', oid, 'for'], report);
    if (outcome.if_gaps && !flow.outcomes[outcome.if_gaps]) {
      sound = false;
      report(
        'error',
        at,
        ['outcomes', oid, 'if_gaps'],
        `if_gaps must name another outcome of this flow; "${outcome.if_gaps}" is not one`,
      );
    }
  }
  for (const [qid, question] of Object.entries(flow.questions)) {
    question.options.forEach((option, i) => {
      if (option.gap && !hasDetour) {
        report(
          'error',
          at,
          ['questions', qid, 'options', i, 'gap'],
          'this gap is never shown: no outcome in the flow has if_gaps',
        );
      }
    });
  }
  if (!sound) return false;

  const reached = reachable(flow);
  for (const id of Object.keys(flow.questions)) {
    if (!reached.has(id))
      report('error', at, ['questions', id], `question "${id}" cannot be reached from the start node`);
  }
  for (const id of Object.keys(flow.outcomes)) {
    if (!reached.has(id))
      report('error', at, ['outcomes', id], `outcome "${id}" cannot be reached from the start node`);
  }
  const cyclic = checkCycles(at, report);
  checkDeadEnds(at, report);
  if (cyclic) return false;
  const longest = longestPath(flow);
  if (longest > MAX_ANSWERS) {
    report(
      'error',
      at,
      ['start'],
      `the longest path through this flow asks ${longest} questions; a conversation holds at most ${MAX_ANSWERS} answers`,
    );
  }
  return true;
}

const keyOf = (next: Exclude<Next, string>, id: string): string =>
  Object.entries(next).find(([, target]) => target === id)?.[0] ?? 'default';

/** A way per asker names only askers the flow serves. */
function checkAskers(at: Located<FlowSpec>, next: Next, path: PathSegment[], report: Report): void {
  if (typeof next === 'string') return;
  for (const asker of Object.keys(next)) {
    if (asker !== 'default' && !at.value.askers.includes(asker as Asker)) {
      report(
        'error',
        at,
        [...path, asker],
        `"${asker}" is not one of this flow's askers (${at.value.askers.join(', ')})`,
      );
    }
  }
}

function checkVariantAskers(
  at: Located<FlowSpec>,
  variants: object | undefined,
  path: PathSegment[],
  report: Report,
): void {
  for (const asker of Object.keys(variants ?? {})) {
    if (!at.value.askers.includes(asker as Asker)) {
      report(
        'error',
        at,
        [...path, asker],
        `a variant for "${asker}", who is not one of this flow's askers (${at.value.askers.join(', ')})`,
      );
    }
  }
}

/** A way that leads back to a question already on the path makes the flow loop forever. Returns whether one does. */
function checkCycles(at: Located<FlowSpec>, report: Report): boolean {
  const flow = at.value;
  const state = new Map<string, 'open' | 'done'>();
  let cyclic = false;
  for (const start of targets(flow.start)) {
    if (state.has(start)) continue;
    // Depth-first, with the path kept as an explicit stack of (node, its successors, the next one to follow).
    const path: { id: string; next: string[]; at: number }[] = [{ id: start, next: successors(flow, start), at: 0 }];
    state.set(start, 'open');
    while (path.length > 0) {
      const top = path[path.length - 1] as { id: string; next: string[]; at: number };
      if (top.at === top.next.length) {
        state.set(top.id, 'done');
        path.pop();
        continue;
      }
      const target = top.next[top.at++] as string;
      const s = state.get(target);
      if (s === 'open') {
        cyclic = true;
        const ids = path.map((p) => p.id);
        const loop = [...ids.slice(ids.indexOf(target)), target].join(' → ');
        report('error', at, wayTo(flow, top.id, target), `cycle: ${loop}; a flow must always move towards an outcome`);
      } else if (!s) {
        state.set(target, 'open');
        path.push({ id: target, next: successors(flow, target), at: 0 });
      }
    }
  }
  return cyclic;
}

/** Where in a question the way to `target` is written: the option, or its "weet ik niet". */
function wayTo(flow: FlowSpec, question: string, target: string): PathSegment[] {
  const q = flow.questions[question];
  const option = q?.options.findIndex((o) => targets(o.next).includes(target)) ?? -1;
  if (option >= 0) return ['questions', question, 'options', option, 'next'];
  return q?.unknown ? ['questions', question, 'unknown', 'next'] : ['questions', question];
}

/** A question from which no outcome can be reached leaves the person without an answer. */
function checkDeadEnds(at: Located<FlowSpec>, report: Report): void {
  const flow = at.value;
  const leadingTo = new Map<string, string[]>();
  for (const id of Object.keys(flow.questions)) {
    for (const next of successors(flow, id)) leadingTo.set(next, [...(leadingTo.get(next) ?? []), id]);
  }
  // Walk backwards from the outcomes: a question leads to an outcome when one of its ways leads to one.
  const leadsToOutcome = new Set(Object.keys(flow.outcomes));
  const todo = [...leadsToOutcome];
  while (todo.length > 0) {
    for (const id of leadingTo.get(todo.pop() as string) ?? []) {
      if (!leadsToOutcome.has(id)) {
        leadsToOutcome.add(id);
        todo.push(id);
      }
    }
  }
  for (const id of Object.keys(flow.questions)) {
    if (!leadsToOutcome.has(id))
      report('error', at, ['questions', id], `dead end: no outcome can be reached from question "${id}"`);
  }
}
