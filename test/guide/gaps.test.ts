import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stepText } from '../../src/cli/text.js';
import { walk } from '../../src/guide/conversation.js';
import { mermaid } from '../../src/guide/mermaid.js';
import { viewStep } from '../../src/guide/view.js';
import { loadFixture, VALID_ROOT } from '../helpers/fixtures.js';

const demo = readFileSync(join(VALID_ROOT, 'flows/demo.yml'), 'utf8');
/** The demo flow as a checklist: "till" and "no" each record a gap, and the go outcome detours when any is open. */
const checklist = demo
  .replace(
    '        next: choice\n',
    '        next: choice\n        gap: { nl: Kassa-alternatief regelen., en: Arrange a till alternative. }\n',
  )
  .replace(
    '        next: till_no\n',
    '        next: till_depends\n        gap: { nl: Een alternatief bieden., en: Offer an alternative. }\n',
  )
  .replace('    routes: [employer]\n', '    routes: [employer]\n    if_gaps: till_no\n');

describe('checklist outcomes (if_gaps)', () => {
  const { kb, diagnostics } = loadFixture({ 'flows/demo.yml': checklist });

  it('load without problems', () => {
    expect(diagnostics).toEqual([]);
  });

  it('shows the detour outcome with every gap on the path, in the order asked', () => {
    const result = walk(kb!, { flow: 'demo', lang: 'en', asker: 'employee', facts: {}, answers: ['till', 'no'] });
    if (!result.ok || result.step.type !== 'outcome') throw new Error('expected an outcome');
    expect(result.step.parts.map((p) => p.node)).toEqual(['till_no']);
    const view = viewStep(result.step, { lang: 'en' });
    expect(view.type === 'outcome' && view.gaps).toEqual({
      heading: 'What is still missing',
      items: ['Arrange a till alternative.', 'Offer an alternative.'],
    });
    expect(stepText(view, 'en')).toContain(
      'What is still missing:\n  ☐ Arrange a till alternative.\n  ☐ Offer an alternative.',
    );
  });

  it('shows the outcome itself, without a checklist, when nothing is missing', () => {
    const clean = loadFixture({
      'flows/demo.yml': checklist.replace(
        '        gap: { nl: Kassa-alternatief regelen., en: Arrange a till alternative. }\n',
        '',
      ),
    }).kb!;
    const result = walk(clean, { flow: 'demo', lang: 'nl', asker: 'employee', facts: {}, answers: ['till', 'yes'] });
    if (!result.ok || result.step.type !== 'outcome') throw new Error('expected an outcome');
    expect(result.step).toMatchObject({ parts: [{ node: 'till_depends' }], gaps: [] });
  });

  it('draws the detour in the Mermaid graph', () => {
    expect(mermaid(kb!.flows.get('demo')!.flow, 'nl')).toContain('n_till_depends -.->|"Wat nog ontbreekt"| n_till_no');
  });

  it('refuses a detour to something that is not an outcome, and a gap nobody will see', () => {
    const badDetour = loadFixture({ 'flows/demo.yml': checklist.replace('if_gaps: till_no', 'if_gaps: choice') });
    expect(badDetour.diagnostics.map((d) => d.message)).toContain(
      'if_gaps must name another outcome of this flow; "choice" is not one',
    );
    const lostGap = loadFixture({ 'flows/demo.yml': checklist.replace('    if_gaps: till_no\n', '') });
    expect(lostGap.diagnostics.map((d) => d.message)).toEqual([
      'this gap is never shown: no outcome in the flow has if_gaps',
      'this gap is never shown: no outcome in the flow has if_gaps',
      'outcome "till_no" cannot be reached from the start node',
    ]);
  });
});
