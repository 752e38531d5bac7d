import { describe, expect, it } from 'vitest';
import { evaluate, evaluateScenario, readScenarios } from '../../src/cli/evaluate.js';
import { PACKAGE_ROOT } from '../../src/knowledge/load.js';
import { realGuide } from '../helpers/knowledge.js';

/**
 * The realistic questions in this folder, walked as each person would: the guide must reach the topic, the verdict
 * the law gives, the sources and the routes. A scenario marked known_miss names a limit that is explained there.
 */

const guide = realGuide();
const { scenarios, problems } = readScenarios([`${PACKAGE_ROOT}test/scenarios`]);
const expected = scenarios.filter((s) => !s.known_miss);

describe('the scenarios', () => {
  it('are all readable', () => {
    expect(problems).toEqual([]);
  });

  it('cover every flow with at least eight questions, and at least 160 in all', () => {
    const perFlow = new Map([...guide.kb.flows.keys()].map((f) => [f, 0]));
    for (const s of scenarios) perFlow.set(s.expect.flow, (perFlow.get(s.expect.flow) ?? 0) + 1);
    expect([...perFlow].filter(([, n]) => n < 8)).toEqual([]);
    expect(scenarios.length).toBeGreaterThanOrEqual(160);
  });

  it('come from every kind of asker, in both languages', () => {
    expect(new Set(scenarios.map((s) => s.asker)).size).toBe(6);
    expect(new Set(scenarios.map((s) => s.lang))).toEqual(new Set(['nl', 'en']));
  });

  it('end at the verdict the law gives in at least 90 % and cite every expected source in at least 95 %', () => {
    const e = evaluate(guide, scenarios);
    expect(e.verdict_exact).toBeGreaterThanOrEqual(90);
    expect(e.citations_present).toBeGreaterThanOrEqual(95);
  });
});

describe.each(expected.map((s) => [s.id, s] as const))('scenario %s', (_, scenario) => {
  it('reaches its topic, an accepted verdict, its sources and its routes', () => {
    const result = evaluateScenario(guide, scenario);
    expect(
      result.problems.filter((p) => !p.startsWith('verdict ')),
      'what went wrong',
    ).toEqual([]);
    expect(result.routedTop3).toBe(true);
    expect(result.verdictAcceptable, `verdict ${result.verdict}, expected ${scenario.expect.verdict}`).toBe(true);
    expect(result.citationsPresent).toBe(true);
    expect(result.routesPresent).toBe(true);
  });
});
