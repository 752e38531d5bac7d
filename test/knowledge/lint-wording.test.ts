import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFixture, VALID_ROOT } from '../helpers/fixtures.js';

const demoFlow = readFileSync(join(VALID_ROOT, 'flows/demo.yml'), 'utf8');

function edited(find: string, replace: string): string {
  if (!demoFlow.includes(find)) throw new Error(`fixture does not contain ${find}`);
  return demoFlow.replace(find, replace);
}

const problemsOf = (flow: string) =>
  loadFixture({ 'flows/demo.yml': flow }).diagnostics.map((d) => ({
    severity: d.severity,
    path: d.path,
    message: d.message,
  }));

describe('a flow that speaks to each of its askers', () => {
  it('refuses a question that neither offers "weet ik niet" nor says why not', () => {
    const problems = problemsOf(edited('    no_unknown: Who asks knows what the scan is for.\n', ''));
    expect(problems).toEqual([
      {
        severity: 'error',
        path: 'questions.purpose',
        message: expect.stringContaining('question "purpose" offers no "weet ik niet"'),
      },
    ]);
  });

  it('refuses an option in the first person on a manager’s way, unless it has a manager’s label', () => {
    const mine = edited('label: { nl: De kassa, en: The till }', 'label: { nl: Mijn kassa, en: My till }');
    expect(problemsOf(mine)).toEqual([
      {
        severity: 'error',
        path: 'questions.purpose.options[0].label',
        message: expect.stringContaining('but a manager can choose it: add for.manager.label'),
      },
    ]);
    const withVariant = mine.replace(
      'label: { nl: Mijn kassa, en: My till }',
      'label: { nl: Mijn kassa, en: My till }\n        for: { manager: { label: { nl: De kassa, en: The till } } }',
    );
    expect(problemsOf(withVariant)).toEqual([]);
  });

  it('does not count "weet ik niet" as speaking in the first person', () => {
    const label = edited('label: { nl: De kassa, en: The till }', "label: { nl: Weet ik niet, en: I don't know }");
    expect(problemsOf(label)).toEqual([]);
  });

  it('refuses a letter to "your employer" on a manager’s way, unless the manager has their own or none', () => {
    const problems = problemsOf(edited('    for:\n      manager: { letter: null }\n', ''));
    expect(problems).toEqual([
      {
        severity: 'error',
        path: 'outcomes.door_ok.letter',
        message: 'a manager reaches this letter to "your employer": give for.manager.letter (or null for none)',
      },
    ]);
  });
});

describe('the same conclusion written in two flows', () => {
  it('is pointed out, so it can be defined once and used by both', () => {
    const twin = demoFlow.replace('id: demo', 'id: twin').replace(/nl: \[vingerafdruk, kassa\]/, 'nl: [pasje]');
    const { kb, diagnostics } = loadFixture({ 'flows/twin.yml': twin });
    expect(kb).toBeDefined();
    expect(diagnostics.filter((d) => d.file === 'flows/twin.yml').map((d) => [d.severity, d.message])).toContainEqual([
      'warning',
      expect.stringContaining('says nearly what demo/till_no says'),
    ]);
  });
});
