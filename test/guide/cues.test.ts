import { describe, expect, it } from 'vitest';
import { askerIn, factsIn, phraseWords, states } from '../../src/guide/cues.js';
import { buildKnowledgeBase } from '../../src/knowledge/base.js';
import { loadFixture, TOOLS_FLOW, validKb } from '../helpers/fixtures.js';

const kb = validKb();
const demo = kb.flows.get('demo')!.flow;

describe('facts from a question', () => {
  it('take an answer whose cue stands in the question as a whole phrase', () => {
    expect(factsIn(demo, 'Mijn baas wil een vingerafdruk bij de kassa')).toEqual({ purpose: 'till' });
    expect(factsIn(demo, 'fingerprint at the till')).toEqual({ purpose: 'till' });
  });

  it('take nothing from a near miss or a negation', () => {
    expect(factsIn(demo, 'vingerafdruk bij de kassabon')).toEqual({});
    expect(factsIn(demo, 'het is niet voor de kassa maar iets anders')).toEqual({});
  });

  it('take nothing when the cues point at two answers of a question that takes one', () => {
    expect(factsIn(demo, 'voor de kassa en de deur')).toEqual({});
  });

  it('take every stated answer of a question that takes several', () => {
    const tools = loadFixture({
      'flows/tools.yml': TOOLS_FLOW.replace(
        'label: { nl: Toetsaanslagen, en: Keystrokes }',
        'label: { nl: Toetsaanslagen, en: Keystrokes }, cues: { nl: [toetsaanslagen] }',
      ).replace(
        'label: { nl: Inactieve tijd, en: Idle time }',
        'label: { nl: Inactieve tijd, en: Idle time }, cues: { nl: [inactieve tijd] }',
      ),
    }).kb!;
    expect(factsIn(tools.flows.get('tools')!.flow, 'De tool telt toetsaanslagen en meet inactieve tijd')).toEqual({
      what: ['keys', 'idle'],
    });
  });

  it('match whole words after stemming, in order', () => {
    expect(states(phraseWords('ik moest een formulier tekenen'), 'formulieren tekenen')).toBe(true);
    expect(states(phraseWords('tekenen formulier'), 'formulier tekenen')).toBe(false);
  });
});

describe('who is asking, from the question', () => {
  const withCues = buildKnowledgeBase({
    flows: [...kb.flows.values()].map((e) => e.spec),
    grounds: [...kb.grounds.values()],
    rulings: [...kb.rulings.values()],
    routes: [...kb.routes.values()],
    askers: [
      { id: 'manager', cues: { nl: ['we willen'] } },
      { id: 'employee', cues: { nl: ['mijn baas'] } },
    ],
  });

  it('is read where exactly one asker the flow serves is named', () => {
    expect(askerIn(withCues, 'We willen vingerafdrukken bij de kassa', ['employee', 'manager'])).toBe('manager');
    expect(askerIn(withCues, 'Mijn baas wil vingerafdrukken', ['employee', 'manager'])).toBe('employee');
  });

  it('is not guessed when two are named, none is, or the flow does not serve that asker', () => {
    expect(askerIn(withCues, 'We willen weten wat mijn baas mag', ['employee', 'manager'])).toBeUndefined();
    expect(askerIn(withCues, 'vingerafdruk kassa', ['employee', 'manager'])).toBeUndefined();
    expect(askerIn(withCues, 'We willen vingerafdrukken', ['employee'])).toBeUndefined();
  });
});
