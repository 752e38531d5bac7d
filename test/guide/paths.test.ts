import { describe, expect, it } from 'vitest';
import { stepText } from '../../src/cli/text.js';
import { walk } from '../../src/guide/conversation.js';
import { viewStep } from '../../src/guide/view.js';
import { paths } from '../../src/knowledge/graph.js';
import { LANGS } from '../../src/knowledge/schema.js';
import { realKb } from '../helpers/knowledge.js';

const kb = realKb();

describe.each([...kb.flows.keys()])('every path through flow %s', (flowId) => {
  const flow = kb.flows.get(flowId)!.flow;

  it('has between 3 and 8 questions and at least two outcomes', () => {
    expect(Object.keys(flow.questions).length).toBeGreaterThanOrEqual(3);
    expect(Object.keys(flow.questions).length).toBeLessThanOrEqual(8);
    expect(Object.keys(flow.outcomes).length).toBeGreaterThanOrEqual(2);
  });

  it('ends in a cited outcome with a route, in both languages, with every placeholder filled', () => {
    const problems: string[] = [];
    let walked = 0;
    for (const { answers } of paths(flow)) {
      for (const lang of LANGS) {
        const at = `${answers.join(' → ')} (${lang})`;
        const result = walk(kb, { flow: flowId, lang, answers });
        if (!result.ok || result.step.type !== 'outcome') {
          problems.push(`${at}: does not end in an outcome`);
          continue;
        }
        const { step } = result;
        if (step.grounds.length === 0) problems.push(`${at}: no legal ground`);
        if (step.routes.length === 0) problems.push(`${at}: no route`);
        for (const g of [...step.grounds, ...step.rulings])
          if (!g.url.startsWith('https://')) problems.push(`${at}: ${g.id} has no https link`);
        const text = stepText(viewStep(step, { lang }), lang);
        if (!text.includes(step.grounds[0]?.url ?? '')) problems.push(`${at}: the first ground's link is not shown`);
        if (/\{(organisation|date|answer)[^}]*\}/.test(text))
          problems.push(`${at}: a letter placeholder is left unfilled`);
        walked++;
      }
    }
    expect(problems).toEqual([]);
    expect(walked).toBeGreaterThan(0);
  });
});
