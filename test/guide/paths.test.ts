import { describe, expect, it } from 'vitest';
import { detailsText, stepText } from '../../src/cli/text.js';
import { walk } from '../../src/guide/conversation.js';
import { viewStep } from '../../src/guide/view.js';
import { longestPath, paths } from '../../src/knowledge/graph.js';
import { LANGS } from '../../src/knowledge/schema.js';
import { realKb } from '../helpers/knowledge.js';

const kb = realKb();

describe.each([...kb.flows.keys()])('every path through flow %s', (flowId) => {
  const flow = kb.flows.get(flowId)!.flow;

  it('asks at least two and at most 12 questions on its longest way, and has at least two outcomes', () => {
    // A flow may hold many questions (a way per asker); what a person feels is the length of their own way.
    expect(longestPath(flow)).toBeGreaterThanOrEqual(2);
    expect(longestPath(flow)).toBeLessThanOrEqual(12);
    expect(Object.keys(flow.outcomes).length).toBeGreaterThanOrEqual(2);
  });

  it('ends in a cited outcome with a route, for every asker, in both languages, with every placeholder filled', () => {
    const problems: string[] = [];
    let walked = 0;
    // What an outcome says depends on the path only through its letter: others are put into words once per asker.
    const rendered = new Set<string>();
    for (const asker of flow.askers) {
      for (const { answers } of paths(flow, asker)) {
        // Both languages hold the same structure; each path is put into words in one of them, in turn.
        const lang = LANGS[walked % LANGS.length] as (typeof LANGS)[number];
        const at = `${asker}: ${answers.join(' → ')} (${lang})`;
        const result = walk(kb, { flow: flowId, lang, asker, facts: {}, answers });
        if (!result.ok || result.step.type !== 'outcome') {
          problems.push(`${at}: does not end in an outcome`);
          continue;
        }
        const { step } = result;
        const [part] = step.parts;
        if (!part || part.grounds.length === 0) problems.push(`${at}: no legal ground`);
        if (step.routes.length === 0) problems.push(`${at}: no route`);
        for (const g of step.parts.flatMap((p) => [...p.grounds, ...p.rulings]))
          if (!g.url.startsWith('https://')) problems.push(`${at}: ${g.id} has no https link`);
        walked++;
        const key = `${asker}:${lang}:${step.parts.map((p) => p.node).join('+')}`;
        if (rendered.has(key) && !step.parts.some((p) => p.outcome.letter)) continue;
        rendered.add(key);
        const view = viewStep(step, { lang });
        if (view.type !== 'outcome') continue;
        const text = [stepText(view, lang), detailsText(view, 'why', lang), detailsText(view, 'letter', lang)].join(
          '\n',
        );
        if (!text.includes(part?.grounds[0]?.url ?? '')) problems.push(`${at}: the first ground's link is not shown`);
        if (/\{(organisation|date|answer)[^}]*\}/.test(text))
          problems.push(`${at}: a letter placeholder is left unfilled`);
      }
    }
    expect(problems).toEqual([]);
    expect(walked).toBeGreaterThan(0);
  });
});
