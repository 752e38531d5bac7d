import { describe, expect, it } from 'vitest';
import { detailsText, stepText } from '../../src/cli/text.js';
import { type Conversation, walk } from '../../src/guide/conversation.js';
import { type OutcomeView, viewStep } from '../../src/guide/view.js';
import type { Organisation } from '../../src/knowledge/schema.js';
import { validKb } from '../helpers/fixtures.js';

const kb = validKb();
const acme: Organisation = {
  name: 'Acme',
  representation: 'or',
  contacts: { hr: { name: 'HR-desk', how: '#hr' }, or: { name: 'OR Acme' } },
};

function outcome(answers: Conversation['answers'], lang: 'nl' | 'en', organisation?: Organisation): OutcomeView {
  const result = walk(kb, { flow: 'demo', lang, asker: 'employee', facts: {}, answers } satisfies Conversation);
  if (!result.ok) throw new Error('walk failed');
  const view = viewStep(result.step, { lang, organisation, today: '2026-11-23' });
  if (view.type !== 'outcome') throw new Error('not an outcome');
  return view;
}

describe('outcome views', () => {
  it('put the verdict in words with a marker that does not rely on colour', () => {
    expect(outcome(['till', 'no'], 'nl').verdict).toEqual({
      code: 'not_allowed',
      label: 'Niet toegestaan',
      marker: '⛔',
    });
    expect(outcome(['till', 'yes'], 'en').verdict).toEqual({ code: 'depends', label: 'It depends', marker: '⚖️' });
  });

  it('head the conditions by verdict: what it depends on, or conditions', () => {
    expect(outcome(['till', 'yes'], 'nl').conditions).toEqual({
      heading: 'Waar het van afhangt',
      items: ['Echt vrije keuze.'],
    });
    expect(outcome(['door'], 'en').conditions?.heading).toBe('Conditions and points to watch');
    expect(outcome(['till', 'no'], 'nl').conditions).toBeUndefined();
  });

  it("fill in the organisation's own contacts where set, and leave generic routes otherwise", () => {
    const routes = outcome(['till', 'no'], 'nl', acme).routes;
    expect(routes.map((r) => r.local)).toEqual(['Bij Acme: HR-desk (#hr)', 'Bij Acme: OR Acme']);
    expect(outcome(['till', 'no'], 'nl').routes.every((r) => r.local === undefined)).toBe(true);
  });

  it('say that a PVT has no consent right when the organisation has no works council', () => {
    const pvt: Organisation = { ...acme, representation: 'pvt' };
    const [, or] = outcome(['till', 'no'], 'en', pvt).routes;
    expect(or!.local).toBe(
      'According to the settings, Acme has no works council but a PVT (staff representation), which has no consent right over monitoring.',
    );
  });

  it('fill a letter with the chosen answers, the organisation and the date', () => {
    expect(outcome(['door'], 'nl', acme).letter).toEqual({
      title: 'Verzoek',
      body: 'Aan Acme, 2026-11-23: ik koos De deur.',
    });
    expect(outcome(['door'], 'en').letter?.body).toBe('To [employer name], 2026-11-23: I chose The door.');
  });

  it('show the review date and, in the terminal, the disclaimer and the sources, with every URL in the details', () => {
    const view = outcome(['till', 'no'], 'en');
    expect(view.reviewed).toBe('Sources last reviewed on 2026-11-01.');
    const text = stepText(view, 'en');
    expect(text).toContain('This is general information, not legal advice for your situation.');
    expect(text).toContain('AVG art. 9 · ECLI:NL:RBAMS:2019:6005');
    const why = detailsText(view, 'why', 'en');
    expect(why).toContain('https://uitspraken.rechtspraak.nl/details?id=ECLI:NL:RBAMS:2019:6005');
    expect(why).toContain('https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:32016R0679');
  });
});

describe('outcomes reached through "weet ik niet"', () => {
  it('say what is still uncertain and how to find out', () => {
    expect(outcome(['till', '?'], 'en').open).toEqual({
      heading: 'What is still uncertain, and how to find out',
      items: [{ question: 'Is there an alternative?', findOut: 'Ask HR.' }],
    });
    expect(outcome(['till', 'no'], 'en').open).toBeUndefined();
    expect(stepText(outcome(['till', '?'], 'nl'), 'nl')).toContain('Wat nog onzeker is, en hoe je erachter komt:');
  });
});

describe('question views', () => {
  it('say who asks and offer "weet ik niet" where the question does', () => {
    const result = walk(kb, { flow: 'demo', lang: 'nl', asker: 'manager', facts: { purpose: 'till' }, answers: [] });
    if (!result.ok) throw new Error('walk failed');
    const view = viewStep(result.step, { lang: 'nl' });
    expect(view).toMatchObject({
      type: 'question',
      kind: 'single',
      text: 'Bieden jullie een alternatief?',
      unknown: { label: 'Weet ik niet' },
      asker: { id: 'manager', label: 'Leidinggevende of HR', changeable: true },
      answered: [{ index: 0, answer: 'De kassa', fromQuestion: true }],
    });
    const text = stepText(view, 'nl');
    expect(text).toContain('Uit je vraag: Waarvoor? → De kassa (w1 = wijzig)');
    expect(text).toContain('  ?. Weet ik niet');
    expect(text).toContain('Je vraagt als: Leidinggevende of HR (a = wijzig)');
  });

  it('carry help, numbered options in the terminal, progress and the answers so far', () => {
    const result = walk(kb, { flow: 'demo', lang: 'en', asker: 'employee', facts: {}, answers: ['till'] });
    if (!result.ok) throw new Error('walk failed');
    const view = viewStep(result.step, { lang: 'en' });
    expect(view).toMatchObject({
      type: 'question',
      text: 'Is there an alternative?',
      progress: { text: 'question 2 of about 2' },
      answered: [{ index: 0, question: 'What for?', answer: 'The till', fromQuestion: false }],
    });
    expect(stepText(view, 'en')).toContain('  1. No\n  2. Yes');
  });
});
