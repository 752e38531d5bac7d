import { type Diagnostic, formatPath, type PathSegment } from './diagnostics.js';
import { longestPath, reachable } from './graph.js';
import {
  type Flow,
  type Ground,
  LETTER_FIELDS,
  LETTER_PLACEHOLDER,
  MAX_ANSWERS,
  type Route,
  type Ruling,
} from './schema.js';
import type { YamlFile } from './yaml.js';

/** A schema-valid item together with the file and the path it was read from. */
export interface Located<T> {
  value: T;
  source: YamlFile;
  path: readonly PathSegment[];
}

export interface LintInput {
  flows: Located<Flow>[];
  grounds: Located<Ground>[];
  rulings: Located<Ruling>[];
  routes: Located<Route>[];
}

export interface LintOptions {
  /** Today, as YYYY-MM-DD; reviews older than 12 months and passed re-check dates are warned about. */
  today: string;
}

type Report = (
  severity: Diagnostic['severity'],
  at: Located<unknown>,
  sub: readonly PathSegment[],
  message: string,
) => void;

/** Cross-file checks the schema cannot do: duplicates, references, and the shape of each flow's graph. */
export function lint(input: LintInput, options: LintOptions): Diagnostic[] {
  const out: Diagnostic[] = [];
  const report: Report = (severity, at, sub, message) => {
    const path = [...at.path, ...sub];
    out.push({ severity, file: at.source.file, ...at.source.locate(path), path: formatPath(path), message });
  };
  checkUnique('flow', input.flows, report);
  checkUnique('ground', input.grounds, report);
  checkUnique('ruling', input.rulings, report);
  checkUnique('route', input.routes, report);
  const known = {
    grounds: new Set(input.grounds.map((g) => g.value.id)),
    rulings: new Set(input.rulings.map((r) => r.value.id)),
    routes: new Set(input.routes.map((r) => r.value.id)),
  };
  for (const flow of input.flows) lintFlow(flow, known, report);
  for (const extra of input.flows.filter((f) => f.value.tool_check).slice(1)) {
    report('error', extra, ['tool_check'], 'only one flow can be the tool check before rollout');
  }
  for (const item of [...input.grounds, ...input.rulings]) checkReviewDates(item, options.today, report);
  return out;
}

function checkUnique(kind: string, items: Located<{ id: string }>[], report: Report): void {
  const seen = new Map<string, Located<{ id: string }>>();
  for (const item of items) {
    const first = seen.get(item.value.id);
    if (first) {
      const where = `${first.source.file}:${first.source.locate([...first.path, 'id']).line}`;
      report('error', item, ['id'], `duplicate ${kind} id "${item.value.id}" (first defined at ${where})`);
    } else {
      seen.set(item.value.id, item);
    }
  }
}

function lintFlow(
  at: Located<Flow>,
  known: Record<'grounds' | 'rulings' | 'routes', Set<string>>,
  report: Report,
): void {
  const flow = at.value;
  const questionIds = Object.keys(flow.questions);
  const outcomeIds = Object.keys(flow.outcomes);
  const nodes = new Set([...questionIds, ...outcomeIds]);
  const nodeList = () => suggest([...nodes]);

  for (const id of outcomeIds) {
    if (flow.questions[id])
      report('error', at, ['outcomes', id], `"${id}" is both a question and an outcome; node ids must be unique`);
  }
  if (!flow.questions[flow.start]) {
    const problem = flow.outcomes[flow.start]
      ? 'is an outcome; a flow starts with a question'
      : `is not a question in this flow (${nodeList()})`;
    report('error', at, ['start'], `start node "${flow.start}" ${problem}`);
  }
  let brokenLinks = false;
  for (const [qid, question] of Object.entries(flow.questions)) {
    const optionIds = new Set<string>();
    question.options.forEach((option, i) => {
      if (optionIds.has(option.id))
        report(
          'error',
          at,
          ['questions', qid, 'options', i, 'id'],
          `duplicate option id "${option.id}" in question "${qid}"`,
        );
      optionIds.add(option.id);
      if (!nodes.has(option.next)) {
        brokenLinks = true;
        report('error', at, ['questions', qid, 'options', i, 'next'], `unknown node "${option.next}" (${nodeList()})`);
      }
    });
  }
  for (const [oid, outcome] of Object.entries(flow.outcomes)) {
    for (const kind of ['grounds', 'rulings', 'routes'] as const) {
      (outcome[kind] ?? []).forEach((ref, i) => {
        if (!known[kind].has(ref))
          report(
            'error',
            at,
            ['outcomes', oid, kind, i],
            `unknown ${kind.slice(0, -1)} "${ref}" (not defined under knowledge/)`,
          );
      });
    }
    checkLetterPlaceholders(at, oid, report);
    if (outcome.if_gaps && !flow.outcomes[outcome.if_gaps]) {
      brokenLinks = true;
      report(
        'error',
        at,
        ['outcomes', oid, 'if_gaps'],
        `if_gaps must name another outcome of this flow; "${outcome.if_gaps}" is not one`,
      );
    }
  }
  const hasDetour = Object.values(flow.outcomes).some((o) => o.if_gaps);
  for (const [qid, question] of Object.entries(flow.questions)) {
    question.options.forEach((option, i) => {
      if (option.gap && !hasDetour)
        report(
          'error',
          at,
          ['questions', qid, 'options', i, 'gap'],
          'this gap is never shown: no outcome in the flow has if_gaps',
        );
    });
  }
  if (brokenLinks || !flow.questions[flow.start]) return;

  const reached = reachable(flow);
  for (const id of questionIds)
    if (!reached.has(id))
      report('error', at, ['questions', id], `question "${id}" cannot be reached from the start node`);
  for (const id of outcomeIds)
    if (!reached.has(id))
      report('error', at, ['outcomes', id], `outcome "${id}" cannot be reached from the start node`);
  const cyclic = checkCycles(at, report);
  checkDeadEnds(at, report);
  if (!cyclic) checkPathLength(at, report);
}

/** An option that leads back to a question already on the path makes the flow loop forever. Returns whether one does. */
function checkCycles(at: Located<Flow>, report: Report): boolean {
  const flow = at.value;
  const state = new Map<string, 'open' | 'done'>();
  // Depth-first, with the path kept as an explicit stack of (question, next option to follow).
  const path: { id: string; next: number }[] = [{ id: flow.start, next: 0 }];
  state.set(flow.start, 'open');
  let cyclic = false;
  while (path.length > 0) {
    const top = path[path.length - 1]!;
    const options = flow.questions[top.id]?.options ?? [];
    if (top.next === options.length) {
      state.set(top.id, 'done');
      path.pop();
      continue;
    }
    const i = top.next++;
    const target = options[i]!.next;
    const s = state.get(target);
    if (s === 'open') {
      cyclic = true;
      const ids = path.map((p) => p.id);
      const loop = [...ids.slice(ids.indexOf(target)), target].join(' → ');
      report(
        'error',
        at,
        ['questions', top.id, 'options', i, 'next'],
        `cycle: ${loop}; a flow must always move towards an outcome`,
      );
    } else if (!s) {
      state.set(target, 'open');
      path.push({ id: target, next: 0 });
    }
  }
  return cyclic;
}

/** A question from which no outcome can be reached leaves the person without an answer. */
function checkDeadEnds(at: Located<Flow>, report: Report): void {
  const flow = at.value;
  const leadingTo = new Map<string, string[]>();
  for (const [id, question] of Object.entries(flow.questions)) {
    for (const option of question.options) {
      const from = leadingTo.get(option.next);
      if (from) from.push(id);
      else leadingTo.set(option.next, [id]);
    }
  }
  // Walk backwards from the outcomes: a question leads to an outcome when one of its options leads to one.
  const leadsToOutcome = new Set(Object.keys(flow.outcomes));
  const todo = [...leadsToOutcome];
  while (todo.length > 0) {
    for (const id of leadingTo.get(todo.pop()!) ?? []) {
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

/** The conversation state carries every answer, up to MAX_ANSWERS; a longer path could not be walked to its end. */
function checkPathLength(at: Located<Flow>, report: Report): void {
  const longest = longestPath(at.value);
  if (longest > MAX_ANSWERS) {
    report(
      'error',
      at,
      ['start'],
      `the longest path through this flow asks ${longest} questions; a conversation holds at most ${MAX_ANSWERS} answers`,
    );
  }
}

function checkLetterPlaceholders(at: Located<Flow>, outcomeId: string, report: Report): void {
  const letter = at.value.outcomes[outcomeId]?.letter;
  if (!letter) return;
  for (const lang of ['nl', 'en'] as const) {
    for (const [, field, arg] of letter.body[lang].matchAll(LETTER_PLACEHOLDER)) {
      const ok =
        field === 'answer'
          ? arg !== undefined && at.value.questions[arg] !== undefined
          : (LETTER_FIELDS as readonly string[]).includes(field ?? '') && !arg;
      if (!ok)
        report(
          'error',
          at,
          ['outcomes', outcomeId, 'letter', 'body', lang],
          `unknown placeholder "{${field}${arg ? `:${arg}` : ''}}"; use {organisation}, {date} or {answer:<question id>}`,
        );
    }
  }
}

function checkReviewDates(at: Located<Ground | Ruling>, today: string, report: Report): void {
  const item = at.value;
  if (item.reviewed > today) report('warning', at, ['reviewed'], `reviewed date ${item.reviewed} is in the future`);
  else if (item.reviewed < monthsBefore(today, 12))
    report(
      'warning',
      at,
      ['reviewed'],
      `last reviewed ${item.reviewed}, more than 12 months ago: check it is still correct`,
    );
  const recheck = item.time_sensitive?.recheck;
  if (recheck && recheck <= today)
    report(
      'warning',
      at,
      ['time_sensitive', 'recheck'],
      `re-check date ${recheck} has passed: ${item.time_sensitive?.note.en}`,
    );
}

function monthsBefore(isoDate: string, months: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d.toISOString().slice(0, 10);
}

const suggest = (ids: string[]) => (ids.length > 12 ? `${ids.length} nodes in this flow` : `known: ${ids.join(', ')}`);
