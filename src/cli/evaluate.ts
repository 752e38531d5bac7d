import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import * as z from 'zod';
import { Answer, type Conversation, type Step, start, UNKNOWN, walk } from '../guide/conversation.js';
import type { Guide } from '../guide/guide.js';
import { leadFor } from '../guide/suggest.js';
import { Asker, Id, Lang, Verdict } from '../knowledge/schema.js';

/**
 * The end-to-end evaluation: realistic questions, each with who asks, what they would answer, and what the answer
 * should be (written from the law). Every scenario is routed as typed, then walked the way that person would:
 * taking the answers the question already gave (unless the person would change them), answering what they know,
 * and "weet ik niet" where they do not.
 */

export const Scenario = z.strictObject({
  id: z.string().min(1),
  asker: Asker,
  lang: Lang,
  question: z.string().min(1),
  /** The public page the question was modelled on. */
  source: z.string().optional(),
  /** The person's situation, in plain words (for readers of the scenario). */
  facts: z.array(z.union([z.string(), z.record(z.string(), z.string())])).optional(),
  /** What the person answers, by question id; a question not listed is answered "weet ik niet". */
  answers: z.record(Id, Answer).default({}),
  /** Why this scenario is known to end elsewhere than expected, for now. */
  known_miss: z.string().optional(),
  expect: z.strictObject({
    flow: Id,
    also_ok: z.array(Id).default([]),
    verdict: Verdict,
    verdict_alternatives: z.array(Verdict).default([]),
    citations: z.array(z.string()).default([]),
    routes: z.array(Id).default([]),
  }),
  why: z.string().optional(),
});
export type Scenario = z.infer<typeof Scenario>;

export interface ScenarioResult {
  id: string;
  flow: string;
  asker: Asker;
  routedTop1: boolean;
  routedTop3: boolean;
  /** Answers the question prefilled that the person confirms, and those they would change. */
  prefilled: { right: number; wrong: number };
  /** Whether the inferred asker was the right one, where one was inferred. */
  askerInferred?: boolean;
  verdict?: string;
  outcome?: string[];
  verdictExact: boolean;
  verdictAcceptable: boolean;
  citationsPresent: boolean;
  routesPresent: boolean;
  /** What went wrong, for a miss. */
  problems: string[];
  knownMiss?: string;
}

export interface Evaluation {
  scenarios: number;
  routing_top1: number;
  routing_top3: number;
  prefill_precision: number | null;
  asker_precision: number | null;
  verdict_exact: number;
  verdict_acceptable: number;
  citations_present: number;
  routes_present: number;
  results: ScenarioResult[];
}

/** Reads every scenario file (`*.yml`) in the given files and folders; a broken file is reported with its name. */
export function readScenarios(paths: string[]): { scenarios: Scenario[]; problems: string[] } {
  const files = paths.flatMap((p) =>
    existsSync(p) && statSync(p).isDirectory()
      ? readdirSync(p)
          .filter((f) => f.endsWith('.yml'))
          .sort()
          .map((f) => join(p, f))
      : [p],
  );
  const scenarios: Scenario[] = [];
  const problems: string[] = [];
  for (const file of files) {
    const parsed = z.array(Scenario).safeParse(parse(readFileSync(file, 'utf8')));
    if (parsed.success) scenarios.push(...parsed.data);
    else problems.push(...parsed.error.issues.map((i) => `${file}: ${i.path.join('.')}: ${i.message}`));
  }
  const seen = new Set<string>();
  for (const s of scenarios) {
    if (seen.has(s.id)) problems.push(`scenario id "${s.id}" is used twice`);
    seen.add(s.id);
  }
  return { scenarios, problems };
}

const sameAnswer = (a: Answer, b: Answer) => JSON.stringify([a].flat().sort()) === JSON.stringify([b].flat().sort());

export function evaluateScenario(guide: Guide, scenario: Scenario): ScenarioResult {
  const { expect } = scenario;
  const fits = new Set([expect.flow, ...expect.also_ok]);
  const ranked = guide.router.route(scenario.question).matches.map((m) => m.flow);
  const lead = leadFor(guide, expect.flow, scenario.question);
  const facts: Conversation['facts'] = {};
  const prefilled = { right: 0, wrong: 0 };
  for (const [question, answer] of Object.entries(lead.facts)) {
    const meant = scenario.answers[question];
    if (meant !== undefined && !sameAnswer(meant, answer)) prefilled.wrong++;
    else {
      prefilled.right += meant === undefined ? 0 : 1;
      facts[question] = answer;
    }
  }
  const problems: string[] = [];
  const step = walkAsPerson(
    guide,
    { ...start(expect.flow, scenario.lang, scenario.asker, facts), answers: [] },
    scenario,
    problems,
  );
  const result: ScenarioResult = {
    id: scenario.id,
    flow: expect.flow,
    asker: scenario.asker,
    routedTop1: fits.has(ranked[0] ?? ''),
    routedTop3: ranked.slice(0, 3).some((f) => fits.has(f)),
    prefilled,
    ...(lead.asker && { askerInferred: lead.asker === scenario.asker }),
    verdictExact: false,
    verdictAcceptable: false,
    citationsPresent: false,
    routesPresent: false,
    problems,
    ...(scenario.known_miss && { knownMiss: scenario.known_miss }),
  };
  const questions = guide.kb.flows.get(expect.flow)?.flow.questions ?? {};
  const strays = Object.keys(scenario.answers).filter((q) => !(q in questions));
  if (strays.length) problems.push(`answers questions the flow does not have: ${strays.join(', ')}`);
  if (!result.routedTop3) problems.push(`routed to ${ranked.slice(0, 3).join(', ') || 'nothing'}`);
  if (prefilled.wrong) problems.push(`${prefilled.wrong} answer(s) taken from the question were wrong`);
  if (step?.type !== 'outcome') return result;
  const cited = new Set(step.parts.flatMap((p) => [...p.grounds, ...p.rulings].map((x) => x.citation)));
  const routes = new Set(step.routes.map((r) => r.route.id));
  const missingCitations = expect.citations.filter((c) => !cited.has(c));
  const missingRoutes = expect.routes.filter((r) => !routes.has(r));
  Object.assign(result, {
    verdict: step.verdict,
    outcome: step.parts.map((p) => p.node),
    verdictExact: step.verdict === expect.verdict,
    verdictAcceptable: step.verdict === expect.verdict || expect.verdict_alternatives.includes(step.verdict),
    citationsPresent: missingCitations.length === 0,
    routesPresent: missingRoutes.length === 0,
  });
  if (!result.verdictExact)
    problems.push(`verdict ${step.verdict} (${result.outcome?.join('+')}), expected ${expect.verdict}`);
  if (missingCitations.length) problems.push(`does not cite ${missingCitations.join(', ')}`);
  if (missingRoutes.length) problems.push(`does not point to ${missingRoutes.join(', ')}`);
  return result;
}

/** Walks the way the person would: their answer where they have one, "weet ik niet" where offered, else stops. */
function walkAsPerson(guide: Guide, c: Conversation, scenario: Scenario, problems: string[]): Step | undefined {
  let conversation = c;
  for (let i = 0; i <= 60; i++) {
    const walked = walk(guide.kb, conversation);
    if (!walked.ok) {
      problems.push(`cannot walk: ${JSON.stringify(walked.error)}`);
      return undefined;
    }
    const step = walked.step;
    if (step.type !== 'question') return step;
    const given = scenario.answers[step.node] ?? (step.question.unknown ? UNKNOWN : undefined);
    if (given === undefined) {
      problems.push(`no answer for question "${step.node}", which offers no "weet ik niet"`);
      return step;
    }
    conversation = { ...conversation, answers: [...conversation.answers, given] };
  }
  problems.push('more than 60 questions');
  return undefined;
}

const share = (n: number, of: number) => (of === 0 ? 0 : Math.round((1000 * n) / of) / 10);

export function evaluate(guide: Guide, scenarios: Scenario[]): Evaluation {
  const results = scenarios.map((s) => evaluateScenario(guide, s));
  const count = (f: (r: ScenarioResult) => boolean) => results.filter(f).length;
  const right = results.reduce((n, r) => n + r.prefilled.right, 0);
  const wrong = results.reduce((n, r) => n + r.prefilled.wrong, 0);
  const inferred = results.filter((r) => r.askerInferred !== undefined);
  return {
    scenarios: results.length,
    routing_top1: share(
      count((r) => r.routedTop1),
      results.length,
    ),
    routing_top3: share(
      count((r) => r.routedTop3),
      results.length,
    ),
    prefill_precision: right + wrong === 0 ? null : share(right, right + wrong),
    asker_precision:
      inferred.length === 0 ? null : share(inferred.filter((r) => r.askerInferred).length, inferred.length),
    verdict_exact: share(
      count((r) => r.verdictExact),
      results.length,
    ),
    verdict_acceptable: share(
      count((r) => r.verdictAcceptable),
      results.length,
    ),
    citations_present: share(
      count((r) => r.citationsPresent),
      results.length,
    ),
    routes_present: share(
      count((r) => r.routesPresent),
      results.length,
    ),
    results,
  };
}

/** The evaluation as a table of figures, then every miss with what went wrong. */
export function evaluationTable(e: Evaluation): string {
  const pct = (n: number | null) => (n === null ? 'n/a' : `${n.toFixed(1)} %`);
  const rows: [string, string][] = [
    ['scenarios', String(e.scenarios)],
    ['routing: right topic first', pct(e.routing_top1)],
    ['routing: right topic in the top 3', pct(e.routing_top3)],
    ['answers taken from the question that are right', pct(e.prefill_precision)],
    ['asker read from the question that is right', pct(e.asker_precision)],
    ['verdict exactly as expected', pct(e.verdict_exact)],
    ['verdict as expected or an accepted alternative', pct(e.verdict_acceptable)],
    ['every expected citation present', pct(e.citations_present)],
    ['every expected route present', pct(e.routes_present)],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  const misses = e.results.filter((r) => r.problems.length > 0);
  return [
    ...rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`),
    '',
    misses.length ? `misses (${misses.length}):` : 'no misses',
    ...misses.map(
      (r) => `  ${r.id} [${r.asker}]: ${r.problems.join('; ')}${r.knownMiss ? ` (known: ${r.knownMiss})` : ''}`,
    ),
  ].join('\n');
}
