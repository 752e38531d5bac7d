import { describe, expect, it } from 'vitest';
import type { AskerStepView, OutcomeView, QuestionView } from '../../../src/guide/view.js';
import { homeView, type Navigation, sharedScreen, stepScreen, topicListScreen } from '../../../src/slack/ui/blocks.js';
import { tickBlock } from '../../../src/slack/ui/ids.js';
import { messageProblems, viewProblems } from '../../helpers/block-kit.js';
import { buttonsIn } from '../../helpers/buttons.js';

// Small hand-made views for what the real content does not exercise.
const nav: Navigation = { current: 'S', options: ['A', 'B'], answered: ['Q0', 'Q1'], back: 'BACK', restart: 'R' };
const question = (overrides: Partial<QuestionView> = {}): QuestionView => ({
  type: 'question',
  flow: 'f',
  title: 'Titel',
  node: 'q',
  text: 'Vraag <met> & tekens?',
  options: [
    { id: 'a', label: 'Ja' },
    { id: 'b', label: 'Nee' },
  ],
  kind: 'single',
  progress: { current: 1, total: 2, text: 'vraag 1 van ongeveer 2' },
  asker: { id: 'employee', label: 'Werknemer', changeable: true },
  answered: [],
  ...overrides,
});
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

describe('a question', () => {
  it('shows the title, progress, the question escaped for mrkdwn and one button per option carrying its next state', () => {
    const { blocks, text } = stepScreen(question(), nav, 'nl');
    const all = JSON.stringify(blocks);
    expect(all).toContain('vraag 1 van ongeveer 2');
    expect(all).toContain('Vraag &lt;met&gt; &amp; tekens?');
    const options = buttonsIn(blocks).filter((b) => b.action_id.startsWith('mw.go.option.'));
    expect(options.map((b) => [b.text.text, b.value])).toEqual([
      ['Ja', 'A'],
      ['Nee', 'B'],
    ]);
    expect(text).toContain('Titel');
  });

  it('at the start offers no Back or Restart, only another topic', () => {
    const ids = buttonsIn(stepScreen(question(), { ...nav, back: undefined }, 'nl').blocks).map((b) => b.action_id);
    expect(ids).not.toContain('mw.go.back');
    expect(ids).not.toContain('mw.go.restart');
    expect(ids).toContain('mw.menu');
  });

  it('lists the answers so far with a button to change each one', () => {
    const answered = [
      { index: 0, question: 'Eerste?', answer: 'Ja', fromQuestion: true },
      { index: 1, question: 'Tweede?', answer: 'Nee', fromQuestion: false },
    ];
    const { blocks } = stepScreen(question({ answered }), nav, 'nl');
    const change = buttonsIn(blocks).filter((b) => b.action_id.startsWith('mw.go.answer.'));
    expect(change.map((b) => b.value)).toEqual(['Q0', 'Q1']);
    expect(JSON.stringify(blocks)).toContain('Jouw antwoorden');
  });

  it('keeps a very long path within 50 blocks by summing up the earliest answers', () => {
    const answered = Array.from({ length: 40 }, (_, index) => ({
      index,
      question: `Vraag ${index}?`,
      answer: `Antwoord ${index}`,
      fromQuestion: false,
    }));
    const screen = stepScreen(question({ answered }), { ...nav, answered: answered.map((a) => `Q${a.index}`) }, 'nl');
    expect(messageProblems(screen)).toEqual([]);
    expect(JSON.stringify(screen.blocks)).toContain('1. Antwoord 0');
  });

  it('splits a long text into sections of at most 3000 characters', () => {
    const long = Array.from({ length: 120 }, (_, i) => `Dit is zin ${i} van een lange uitleg.`).join(' ');
    const screen = stepScreen(question({ text: long, help: long }), nav, 'nl');
    expect(messageProblems(screen)).toEqual([]);
    expect(screen.blocks.filter((b) => b.type === 'section').length).toBeGreaterThan(1);
  });
});

describe('a question that takes several answers', () => {
  const screen = stepScreen(
    question({ kind: 'multiple', unknown: { label: 'Weet ik niet' } }),
    { ...nav, unknown: 'UNK' },
    'nl',
  );

  it('shows checkboxes in a block named after the step, and "Verder" carrying the step itself', () => {
    const tick = screen.blocks.find((b) => b.type === 'actions' && b.elements.some((e) => e.type === 'checkboxes'));
    expect(tick).toMatchObject({
      block_id: tickBlock('S'),
      elements: [{ type: 'checkboxes', action_id: 'mw.tick', options: [{ value: 'a' }, { value: 'b' }] }],
    });
    expect(buttonsIn(screen.blocks).find((b) => b.action_id === 'mw.pick')).toMatchObject({
      value: 'S',
      style: 'primary',
    });
    expect(buttonsIn(screen.blocks).some((b) => b.action_id.startsWith('mw.go.option.'))).toBe(false);
    expect(messageProblems(screen)).toEqual([]);
  });

  it('names a fresh block for every step, so Slack keeps no ticks from another step', () => {
    expect(tickBlock('S')).not.toBe(tickBlock('T'));
  });

  it('offers "Weet ik niet" beside "Verder"', () => {
    expect(buttonsIn(screen.blocks).find((b) => b.action_id === 'mw.go.unknown')).toMatchObject({
      value: 'UNK',
      text: { text: 'Weet ik niet' },
    });
  });
});

describe('who is asking', () => {
  it('is shown under a question, with a button to change it when the flow serves others too', () => {
    const screen = stepScreen(question(), { ...nav, changeAsker: 'ASK' }, 'nl');
    expect(JSON.stringify(screen.blocks)).toContain('Je vraagt als: Werknemer');
    expect(buttonsIn(screen.blocks).find((b) => b.action_id === 'mw.go.change-asker')).toMatchObject({ value: 'ASK' });
    const fixed = stepScreen(question({ asker: { id: 'employee', label: 'Werknemer', changeable: false } }), nav, 'nl');
    expect(buttonsIn(fixed.blocks).some((b) => b.action_id === 'mw.go.change-asker')).toBe(false);
  });

  it('is asked with one button per asker, each carrying its state', () => {
    const view: AskerStepView = {
      type: 'asker',
      flow: 'f',
      title: 'Titel',
      text: 'Wie stelt de vraag?',
      askers: [
        { id: 'employee', label: 'Werknemer' },
        { id: 'manager', label: 'Leidinggevende of HR' },
      ],
      answered: [],
    };
    const screen = stepScreen(view, { ...nav, options: ['E', 'M'] }, 'nl');
    expect(
      buttonsIn(screen.blocks)
        .filter((b) => b.action_id.startsWith('mw.go.asker.'))
        .map((b) => [b.text.text, b.value]),
    ).toEqual([
      ['Werknemer', 'E'],
      ['Leidinggevende of HR', 'M'],
    ]);
    expect(messageProblems(screen)).toEqual([]);
  });

  it('marks an answer taken from the question, which can be changed like any other', () => {
    const screen = stepScreen(
      question({ answered: [{ index: 0, question: 'Waarvoor?', answer: 'De kassa', fromQuestion: true }] }),
      nav,
      'nl',
    );
    expect(JSON.stringify(screen.blocks)).toContain('_Uit je vraag:_ *De kassa*');
    expect(buttonsIn(screen.blocks).find((b) => b.action_id === 'mw.go.answer.0')).toMatchObject({ value: 'Q0' });
  });
});

describe('an answer for several practices', () => {
  const practices = [
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
  const screen = stepScreen(outcome({ practices, verdict: practices[0]!.verdict }), nav, 'nl');

  it('shows the strictest verdict first, then a line per practice with its verdict and sources', () => {
    const text = JSON.stringify(screen.blocks);
    expect(text.indexOf('⛔ *Niet toegestaan*')).toBeLessThan(text.indexOf('Per onderdeel'));
    expect(text).toContain('*Toetsaanslagen*: ⛔ Niet toegestaan. Nee.');
    expect(text).toContain('<https://eur-lex.europa.eu/x|AVG art. 5>');
    expect(text).toContain('*Schermafbeeldingen*: ⚖️ Hangt ervan af. Soms.');
    expect(messageProblems(screen)).toEqual([]);
  });
});

describe('an outcome', () => {
  const screen = stepScreen(outcome(), nav, 'nl');
  const all = JSON.stringify(screen.blocks);

  it('shows the verdict in words with its marker, so it does not rely on colour', () => {
    expect(all).toContain('⚖️ *Hangt ervan af*');
    expect(screen.text).toBe('⚖️ Hangt ervan af: Samenvatting.');
  });

  it('lists what the answers said is missing as a checklist', () => {
    expect(all).toContain('*Wat nog ontbreekt*\\n☐ Een DPIA');
  });

  it('links grounds, rulings and routes, and names the organisation’s contact', () => {
    expect(all).toContain('<https://eur-lex.europa.eu/x|AVG art. 9>: Verbod');
    expect(all).toContain('<https://uitspraken.rechtspraak.nl/x|ECLI:NL:X:1> (Rechtbank)');
    expect(all).toContain('<https://www.autoriteitpersoonsgegevens.nl/x|autoriteitpersoonsgegevens.nl>');
    expect(all).toContain('Bij ons: iemand');
  });

  it('ends with the review date and the one-line disclaimer, then Share first', () => {
    expect(all).toContain('Bronnen laatst nagekeken op 2026-11-23.');
    expect(all).toContain('geen juridisch advies');
    const [share] = buttonsIn(screen.blocks).filter((b) => !b.action_id.startsWith('mw.go.answer.'));
    expect(share).toMatchObject({ action_id: 'mw.share', value: 'S', style: 'primary' });
  });

  it('too long for one message, shows less of each route (when to go, then only who and the link) to stay within budget', () => {
    const long = 'Lange uitleg over wanneer je hierheen gaat en hoe dat werkt. '.repeat(20);
    const routes = Array.from({ length: 8 }, (_, i) => ({
      id: `r${i}`,
      name: `Route ${i}`,
      purpose: 'p',
      when: long,
      how: long,
      url: 'https://example.org/x',
      local: `Contact ${i}`,
    }));
    const screen = stepScreen(outcome({ routes }), nav, 'nl');
    expect(messageProblems(screen)).toEqual([]);
    const text = JSON.stringify(screen.blocks);
    for (let i = 0; i < 8; i++) expect(text).toContain(`Contact ${i}`);
    expect(text).toContain('<https://example.org/x|example.org>');
  });

  it('shared, holds the explanation but not the answers, what they said is missing, the letter or any button', () => {
    const shared = sharedScreen(outcome(), 'U0USER0001', 'nl');
    const text = JSON.stringify(shared.blocks);
    expect(text).toContain('Omdat.');
    expect(text).toContain('<@U0USER0001>');
    for (const hidden of ['Eerste vraag?', 'Tweede vraag?', 'Beste', 'Jouw antwoorden', 'Een DPIA'])
      expect(text).not.toContain(hidden);
    expect(buttonsIn(shared.blocks)).toEqual([]);
  });
});

describe('topics with titles too long for a button', () => {
  it('keep them within 75 characters', () => {
    const topic = { flow: 'f', title: 'T'.repeat(200), description: 'D', start: 'S' };
    expect(messageProblems(topicListScreen('Intro', [topic], 'nl'))).toEqual([]);
    expect(viewProblems(homeView({ lang: 'nl', askers: [], topics: [topic] }))).toEqual([]);
  });
});
