import { describe, expect, it } from 'vitest';
import type { OutcomeView } from '../../../src/guide/view.js';
import { ANSWER_BUDGET, answerScreen, detailsModal, sharedScreen } from '../../../src/slack/ui/answer.js';
import { textLength } from '../../../src/slack/ui/block-kit.js';
import type { Navigation } from '../../../src/slack/ui/blocks.js';
import { messageProblems, viewProblems } from '../../helpers/block-kit.js';
import { buttonsIn } from '../../helpers/buttons.js';
import { WIRE } from '../../helpers/wire-ids.js';

// A hand-made answer, to pin down what the real content may not show.
const nav: Navigation = { current: 'S', options: [], answered: ['Q0', 'Q1'], back: 'BACK', restart: 'R' };
const outcome = (overrides: Partial<OutcomeView> = {}): OutcomeView => ({
  type: 'outcome',
  flow: 'f',
  title: 'Titel',
  node: 'o',
  asker: { id: 'employee', label: 'Werknemer' },
  verdict: { code: 'depends', label: 'Hangt ervan af', marker: '⚖️' },
  summary: 'Samenvatting.',
  reasoning: 'Omdat.',
  conditions: { heading: 'Waar het van afhangt', items: ['Voorwaarde'] },
  gaps: { heading: 'Wat nog ontbreekt', items: ['Een DPIA'] },
  actions: ['Doe iets'],
  grounds: [{ id: 'g', citation: 'AVG art. 9', title: 'Verbod', url: 'https://eur-lex.europa.eu/x' }],
  rulings: [{ id: 'r', citation: 'ECLI:NL:X:1', title: 'Rechtbank', url: 'https://uitspraken.rechtspraak.nl/x' }],
  routes: [
    {
      id: 'ap',
      name: 'AP',
      purpose: 'p',
      when: 'Als.',
      how: 'Zo.',
      url: 'https://www.autoriteitpersoonsgegevens.nl/x',
      local: 'Bij ons: iemand',
    },
  ],
  letter: { title: 'Brief', body: 'Beste {organisation}, ik koos Ja.' },
  reviewed: 'Bronnen laatst nagekeken op 2026-11-23.',
  answered: [
    { index: 0, question: 'Eerste vraag?', answer: 'Ja', fromQuestion: false },
    { index: 1, question: 'Tweede vraag?', answer: 'Nee', fromQuestion: false },
  ],
  ...overrides,
});

const several = [
  {
    label: 'Toetsaanslagen',
    verdict: { code: 'not_allowed' as const, label: 'Niet toegestaan', marker: '⛔' },
    summary: 'Nee.',
    citations: [{ id: 'g', citation: 'AVG art. 5', title: 'Beginselen', url: 'https://eur-lex.europa.eu/x' }],
  },
  {
    label: 'Schermafbeeldingen',
    verdict: { code: 'depends' as const, label: 'Hangt ervan af', marker: '⚖️' },
    summary: 'Soms.',
    citations: [],
  },
];
const text = (blocks: unknown[]) => JSON.stringify(blocks);

describe('the answer message', () => {
  const screen = answerScreen(outcome(), nav, 'nl');

  it('shows the verdict in words with its marker, so it does not rely on colour, and the summary', () => {
    expect(text(screen.blocks)).toContain('⚖️ *Hangt ervan af*\\nSamenvatting.');
    expect(screen.text).toBe('⚖️ Hangt ervan af: Samenvatting.');
  });

  it('holds at most three things to do now and the first two routes, each with why to go there', () => {
    const actions = ['Een', 'Twee', 'Drie', 'Vier'];
    const routes = ['a', 'b', 'c'].map((id) => ({
      id,
      name: `Route ${id}`,
      purpose: 'p',
      when: `Wanneer ${id}.`,
      how: 'Zo.',
      why: `Omdat ${id}.`,
    }));
    const all = text(answerScreen(outcome({ actions, routes }), nav, 'nl').blocks);
    expect(all).toContain('• Drie');
    expect(all).not.toContain('• Vier');
    expect(all).toContain('*Route a*: Omdat a.');
    expect(all).toContain('*Route b*: Omdat b.');
    expect(all).not.toContain('Route c');
  });

  it('names the organisation’s own contact for a route to go to first', () => {
    expect(text(screen.blocks)).toContain('Bij ons: iemand');
  });

  it('lists the sources as one line of links', () => {
    expect(text(screen.blocks)).toContain(
      '<https://eur-lex.europa.eu/x|AVG art. 9> · <https://uitspraken.rechtspraak.nl/x|ECLI:NL:X:1>',
    );
  });

  it('keeps what the answers said is missing as a checklist, and what is still uncertain', () => {
    const open = {
      heading: 'Wat nog onzeker is',
      items: [{ question: 'Heeft de OR ingestemd?', findOut: 'Vraag het OR-secretariaat.' }],
    };
    const all = text(answerScreen(outcome({ open }), nav, 'nl').blocks);
    expect(all).toContain('☐ Een DPIA');
    expect(all).toContain('Heeft de OR ingestemd? Vraag het OR-secretariaat.');
  });

  it('leaves the reasons, every route and the letter one tap away, with share and the ways back', () => {
    const ids = buttonsIn(screen.blocks).map((b) => b.action_id);
    expect(ids).toEqual([
      'mw.details.why',
      'mw.details.routes',
      'mw.details.letter',
      WIRE.share,
      WIRE.back,
      WIRE.restart,
      WIRE.menu,
    ]);
    expect(
      buttonsIn(screen.blocks)
        .filter((b) => b.action_id.startsWith('mw.details.'))
        .every((b) => b.value === 'S'),
    ).toBe(true);
    expect(text(screen.blocks)).not.toContain('Omdat.');
    expect(text(answerScreen(outcome({ letter: undefined }), nav, 'nl').blocks)).not.toContain('mw.details.letter');
  });

  it('shows the strictest verdict first, then a line per practice with its verdict', () => {
    const all = text(answerScreen(outcome({ practices: several, verdict: several[0]!.verdict }), nav, 'nl').blocks);
    expect(all.indexOf('⛔ *Niet toegestaan*')).toBeLessThan(all.indexOf('Per onderdeel'));
    expect(all).toContain('*Toetsaanslagen*: ⛔ Niet toegestaan. Nee.');
    expect(all).toContain('*Schermafbeeldingen*: ⚖️ Hangt ervan af. Soms.');
  });

  it('stays within 10 blocks and 3,000 characters, cutting long items whose full text is in the details', () => {
    const long = 'Een lange zin over wat je kunt doen en waarom, met alle bijzonderheden erbij. '.repeat(12);
    const heavy = outcome({
      actions: [long, long, long, long],
      gaps: { heading: 'Wat nog ontbreekt', items: Array(8).fill(long) },
      practices: several,
      open: { heading: 'Open', items: [{ question: long, findOut: long }] },
    });
    const screen = answerScreen(heavy, nav, 'nl');
    expect(screen.blocks.length).toBeLessThanOrEqual(ANSWER_BUDGET.blocks);
    expect(textLength(screen.blocks)).toBeLessThanOrEqual(ANSWER_BUDGET.text);
    expect(messageProblems(screen)).toEqual([]);
  });
});

describe('the details of an answer', () => {
  it('give the reasons, conditions, every ground and ruling with its notes, and the answers given', () => {
    const view = detailsModal(outcome(), 'why', 'nl');
    const all = text(view.blocks);
    for (const part of [
      'Omdat.',
      'Voorwaarde',
      '<https://eur-lex.europa.eu/x|AVG art. 9>: Verbod',
      '(Rechtbank)',
      'Eerste vraag?',
      'Doe iets',
    ])
      expect(all).toContain(part);
    expect(viewProblems(view)).toEqual([]);
    expect(view.title.text).toBe('Waarom en bronnen');
  });

  it('give every route with what it is for, when and how', () => {
    const all = text(detailsModal(outcome(), 'routes', 'en').blocks);
    for (const part of [
      '*AP*',
      'Bij ons: iemand',
      'p',
      'Als. Zo.',
      '<https://www.autoriteitpersoonsgegevens.nl/x|autoriteitpersoonsgegevens.nl>',
    ])
      expect(all).toContain(part);
  });

  it('give the letter to copy, or say there is none', () => {
    expect(text(detailsModal(outcome(), 'letter', 'nl').blocks)).toContain('```Beste {organisation}, ik koos Ja.```');
    expect(text(detailsModal(outcome({ letter: undefined }), 'letter', 'nl').blocks)).toContain('geen voorbeeldbrief');
  });
});

describe('a shared explanation', () => {
  it('is the short answer with its sources: none of the sharer’s answers, checklist, letter or buttons', () => {
    const shared = sharedScreen(outcome(), 'U0USER0001', 'nl');
    const all = text(shared.blocks);
    expect(all).toContain('<@U0USER0001>');
    expect(all).toContain('Samenvatting.');
    expect(all).toContain('<https://eur-lex.europa.eu/x|AVG art. 9>');
    for (const hidden of ['Eerste vraag?', 'Tweede vraag?', 'Beste', 'Een DPIA']) expect(all).not.toContain(hidden);
    expect(buttonsIn(shared.blocks)).toEqual([]);
    expect(messageProblems(shared)).toEqual([]);
  });

  it('links to the whole explanation where the self-help pages are', () => {
    const shared = sharedScreen(outcome(), 'U0USER0001', 'en', 'https://hulp.example.nl/hulp/#x');
    expect(text(shared.blocks)).toContain('<https://hulp.example.nl/hulp/#x|The whole explanation with every source>');
  });
});
