import { describe, expect, it } from 'vitest';
import { walk } from '../../src/engine/flow.js';
import { LANGS } from '../../src/knowledge/schema.js';
import { terminalText } from '../../src/render/terminal.js';
import { viewStep } from '../../src/render/view.js';
import { allPaths, realKb } from '../helpers/real.js';

const kb = realKb();

describe.each([...kb.flows.keys()])('every path through flow %s', (flowId) => {
  const paths = allPaths(kb, flowId);

  it('has between 3 and 8 questions and at least two outcomes', () => {
    const flow = kb.flows.get(flowId)!.flow;
    expect(Object.keys(flow.questions).length).toBeGreaterThanOrEqual(3);
    expect(Object.keys(flow.questions).length).toBeLessThanOrEqual(8);
    expect(Object.keys(flow.outcomes).length).toBeGreaterThanOrEqual(2);
  });

  it.each(paths.map((p) => [p.join(' → ')]))('%s ends in a cited outcome with a route', (joined) => {
    const answers = joined.split(' → ');
    for (const lang of LANGS) {
      const result = walk(kb, { flow: flowId, lang, answers });
      expect(result.ok).toBe(true);
      if (!result.ok || result.step.type !== 'outcome') throw new Error(`path ${joined} does not end in an outcome`);
      const { step } = result;
      expect(step.grounds.length).toBeGreaterThan(0);
      expect(step.routes.length).toBeGreaterThan(0);
      for (const g of [...step.grounds, ...step.rulings]) expect(g.url).toMatch(/^https:\/\//);
      const text = terminalText(viewStep(step, { lang }), lang);
      expect(text).toContain(step.grounds[0]!.url);
      expect(text).not.toMatch(/\{(organisation|date|answer)[^}]*\}/);
    }
  });
});
