import { type Diagnostic, formatPath, type PathSegment } from './diagnostics.js';
import { lintFlowGraph } from './lint-graph.js';
import { lintWording, similarOutcomes } from './lint-wording.js';
import {
  type AskerCues,
  type Conclusion,
  type FlowSpec,
  type Ground,
  LETTER_FIELDS,
  LETTER_PLACEHOLDER,
  type Letter,
  type Outcome,
  type Route,
  type RouteRef,
  type Ruling,
  type Term,
} from './schema.js';
import type { YamlFile } from './yaml.js';

/** A schema-valid item together with the file and the path it was read from. */
export interface Located<T> {
  value: T;
  source: YamlFile;
  path: readonly PathSegment[];
}

export interface LintInput {
  flows: Located<FlowSpec>[];
  grounds: Located<Ground>[];
  rulings: Located<Ruling>[];
  routes: Located<Route>[];
  conclusions: Located<Conclusion>[];
  askers: Located<AskerCues>[];
  terms: Located<Term>[];
}

export interface LintOptions {
  /** Today, as YYYY-MM-DD; reviews older than 12 months and passed re-check dates are warned about. */
  today: string;
}

export type Report = (
  severity: Diagnostic['severity'],
  at: Located<unknown>,
  sub: readonly PathSegment[],
  message: string,
) => void;

/** The ids every reference can name. */
export interface Known {
  grounds: Set<string>;
  rulings: Set<string>;
  routes: Set<string>;
  conclusions: Map<string, Conclusion>;
}

/** Cross-file checks the schema cannot do: duplicates, references, the shape of each flow, and its wording. */
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
  checkUnique('conclusion', input.conclusions, report);
  checkUnique('asker', input.askers, report);
  const known: Known = {
    grounds: new Set(input.grounds.map((g) => g.value.id)),
    rulings: new Set(input.rulings.map((r) => r.value.id)),
    routes: new Set(input.routes.map((r) => r.value.id)),
    conclusions: new Map(input.conclusions.map((c) => [c.value.id, c.value])),
  };
  for (const conclusion of input.conclusions) checkReferences(conclusion, [], conclusion.value, known, report);
  for (const flow of input.flows) {
    const outcomes = outcomesOf(flow.value, known);
    for (const [id, outcome] of outcomes) {
      if ('use' in (flow.value.outcomes[id] ?? {})) continue;
      checkReferences(flow, ['outcomes', id], outcome, known, report);
    }
    for (const [id, outcome] of outcomes) checkLetters(flow, id, outcome, report);
    checkShared(flow, known, report);
    if (lintFlowGraph(flow, report)) lintWording(flow, outcomes, report);
  }
  similarOutcomes(input.flows, known, report);
  for (const extra of input.flows.filter((f) => f.value.tool_check).slice(1)) {
    report('error', extra, ['tool_check'], 'only one flow can be the tool check before rollout');
  }
  for (const item of [...input.grounds, ...input.rulings]) checkReviewDates(item, options.today, report);
  return out;
}

/** A flow's outcomes with every shared conclusion it uses filled in (an unknown one left out). */
export function outcomesOf(flow: FlowSpec, known: Known): Map<string, Outcome> {
  const out = new Map<string, Outcome>();
  for (const [id, spec] of Object.entries(flow.outcomes)) {
    const outcome = 'use' in spec ? known.conclusions.get(spec.use) : spec;
    if (outcome) out.set(id, outcome);
  }
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

const routeId = (ref: RouteRef): string => (typeof ref === 'string' ? ref : ref.id);

function checkReferences(
  at: Located<unknown>,
  base: PathSegment[],
  outcome: Outcome | Conclusion,
  known: Known,
  report: Report,
): void {
  const check = (kind: 'grounds' | 'rulings' | 'routes', ids: readonly string[], path: PathSegment[]) => {
    ids.forEach((ref, i) => {
      if (!known[kind].has(ref))
        report('error', at, [...path, i], `unknown ${kind.slice(0, -1)} "${ref}" (not defined under knowledge/)`);
    });
  };
  check('grounds', outcome.grounds, [...base, 'grounds']);
  check('rulings', outcome.rulings ?? [], [...base, 'rulings']);
  check('routes', outcome.routes.map(routeId), [...base, 'routes']);
  for (const [asker, variant] of Object.entries(outcome.for ?? {})) {
    if (variant.routes) check('routes', variant.routes.map(routeId), [...base, 'for', asker, 'routes']);
  }
  if ('if_gaps' in outcome && outcome.if_gaps && base.length === 0) {
    report('error', at, ['if_gaps'], 'a shared conclusion cannot detour to an outcome of one flow (if_gaps)');
  }
}

function checkShared(at: Located<FlowSpec>, known: Known, report: Report): void {
  for (const [id, spec] of Object.entries(at.value.outcomes)) {
    if ('use' in spec && !known.conclusions.has(spec.use)) {
      report('error', at, ['outcomes', id, 'use'], `unknown conclusion "${spec.use}" (not defined under knowledge/)`);
    }
  }
}

/** Every letter of an outcome, its variants' too, names only fields it can be filled with. */
function checkLetters(at: Located<FlowSpec>, outcomeId: string, outcome: Outcome, report: Report): void {
  const letters: [PathSegment[], Letter][] = [];
  if (outcome.letter) letters.push([['outcomes', outcomeId, 'letter'], outcome.letter]);
  for (const [asker, variant] of Object.entries(outcome.for ?? {})) {
    if (variant.letter) letters.push([['outcomes', outcomeId, 'for', asker, 'letter'], variant.letter]);
  }
  for (const [path, letter] of letters) {
    for (const lang of ['nl', 'en'] as const) {
      for (const [, field, arg] of letter.body[lang].matchAll(LETTER_PLACEHOLDER)) {
        const ok =
          field === 'answer'
            ? arg !== undefined && at.value.questions[arg] !== undefined
            : (LETTER_FIELDS as readonly string[]).includes(field ?? '') && !arg;
        if (!ok) {
          report(
            'error',
            at,
            [...path, 'body', lang],
            `unknown placeholder "{${field}${arg ? `:${arg}` : ''}}"; use {organisation}, {date} or {answer:<question id>}`,
          );
        }
      }
    }
  }
}

function checkReviewDates(at: Located<Ground | Ruling>, today: string, report: Report): void {
  const item = at.value;
  if (item.reviewed > today) report('warning', at, ['reviewed'], `reviewed date ${item.reviewed} is in the future`);
  else if (item.reviewed < monthsBefore(today, 12)) {
    report(
      'warning',
      at,
      ['reviewed'],
      `last reviewed ${item.reviewed}, more than 12 months ago: check it is still correct`,
    );
  }
  const recheck = item.time_sensitive?.recheck;
  if (recheck && recheck <= today) {
    report(
      'warning',
      at,
      ['time_sensitive', 'recheck'],
      `re-check date ${recheck} has passed: ${item.time_sensitive?.note.en}`,
    );
  }
}

function monthsBefore(isoDate: string, months: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d.toISOString().slice(0, 10);
}
