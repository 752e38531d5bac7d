import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, evaluateScenario, evaluationTable, readScenarios, type Scenario } from '../../src/cli/evaluate.js';
import { guideOf } from '../../src/guide/guide.js';
import { validKb } from '../helpers/fixtures.js';

const guide = guideOf(validKb());
const scenario = (
  overrides: Omit<Partial<Scenario>, 'expect'> & { expect?: Partial<Scenario['expect']> } = {},
): Scenario => ({
  id: 'demo-till',
  asker: 'employee',
  lang: 'nl',
  question: 'moet ik mijn vingerafdruk geven bij de kassa',
  answers: { choice: 'no' },
  ...overrides,
  expect: {
    flow: 'demo',
    also_ok: [],
    verdict: 'not_allowed',
    verdict_alternatives: [],
    citations: ['AVG art. 9'],
    routes: ['or'],
    ...overrides.expect,
  },
});

describe('evaluating a scenario', () => {
  it('routes the question, takes the answers it states, walks the rest as the person would, and checks the answer', () => {
    expect(evaluateScenario(guide, scenario())).toMatchObject({
      routedTop1: true,
      routedTop3: true,
      prefilled: { right: 0, wrong: 0 },
      verdict: 'not_allowed',
      outcome: ['till_no'],
      verdictExact: true,
      citationsPresent: true,
      routesPresent: true,
      problems: [],
    });
  });

  it('answers "weet ik niet" where the person has no answer and the question offers it', () => {
    const result = evaluateScenario(guide, scenario({ answers: {}, expect: { verdict: 'depends' } }));
    expect(result).toMatchObject({ outcome: ['till_depends'], verdictExact: true });
  });

  it('counts an answer taken from the question as right or wrong against what the person would answer', () => {
    expect(evaluateScenario(guide, scenario({ answers: { purpose: 'till', choice: 'no' } })).prefilled).toEqual({
      right: 1,
      wrong: 0,
    });
    const changed = evaluateScenario(
      guide,
      scenario({
        question: 'vingerafdruk bij de kassa',
        answers: { purpose: 'door' },
        expect: { verdict: 'allowed_with_conditions' },
      }),
    );
    expect(changed.prefilled).toEqual({ right: 0, wrong: 1 });
    expect(changed.outcome).toEqual(['door_ok']);
  });

  it('names every miss: topic, verdict, citation and route', () => {
    const result = evaluateScenario(
      guide,
      scenario({
        question: 'hoe laat sluit de kantine',
        answers: { purpose: 'till', choice: 'no' },
        expect: { verdict: 'allowed', citations: ['WOR art. 27'], routes: ['ap'] },
      }),
    );
    expect(result.problems).toEqual([
      'routed to nothing',
      'verdict not_allowed (till_no), expected allowed',
      'does not cite WOR art. 27',
      'does not point to ap',
    ]);
  });

  it('accepts a verdict a lawyer could also reasonably give, but not as exact', () => {
    const result = evaluateScenario(
      guide,
      scenario({ expect: { verdict: 'likely_not_allowed', verdict_alternatives: ['not_allowed'] } }),
    );
    expect([result.verdictExact, result.verdictAcceptable]).toEqual([false, true]);
  });

  it('says where the person has no answer to a question that offers no "weet ik niet"', () => {
    expect(evaluateScenario(guide, scenario({ question: 'iets anders', answers: {} })).problems[0]).toBe(
      'no answer for question "purpose", which offers no "weet ik niet"',
    );
  });

  it('names answers to questions the flow does not have, so a renamed question does not go unnoticed', () => {
    expect(evaluateScenario(guide, scenario({ answers: { choice: 'no', reason: 'fraud' } })).problems).toEqual([
      'answers questions the flow does not have: reason',
    ]);
  });

  it('says where a scenario cannot be walked', () => {
    expect(evaluateScenario(guide, scenario({ asker: 'applicant' })).problems[0]).toMatch(
      /^cannot walk: .*unknown_asker/,
    );
  });
});

describe('an evaluation', () => {
  it('adds up the share of scenarios on each measure, and lists the misses', () => {
    const result = evaluate(guide, [
      scenario(),
      scenario({ id: 'b', question: 'hoe laat sluit de kantine', answers: { purpose: 'till', choice: 'no' } }),
    ]);
    expect(result).toMatchObject({
      scenarios: 2,
      routing_top1: 50,
      routing_top3: 50,
      verdict_exact: 100,
      citations_present: 100,
    });
    const table = evaluationTable(result);
    expect(table).toMatch(/^routing: right topic in the top 3 +50\.0 %$/m);
    expect(table).toContain('misses (1):\n  b [employee]: routed to nothing');
  });

  it('reads scenario files from a folder, refusing a broken one with its name and a repeated id', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mw-scenarios-'));
    writeFileSync(
      join(dir, 'a.yml'),
      `- id: x\n  asker: employee\n  lang: nl\n  question: q\n  expect: { flow: demo, verdict: allowed }\n`,
    );
    writeFileSync(
      join(dir, 'b.yml'),
      `- id: x\n  asker: boss\n  lang: nl\n  question: q\n  expect: { flow: demo, verdict: allowed }\n`,
    );
    const { scenarios, problems } = readScenarios([dir]);
    expect(scenarios.map((s) => s.id)).toEqual(['x']);
    expect(problems).toEqual([expect.stringMatching(/b\.yml: 0\.asker: /)]);
  });
});
