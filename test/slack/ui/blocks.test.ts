import { describe, expect, it } from 'vitest';
import type { OutcomeView, QuestionView } from '../../../src/guide/view.js';
import { homeView, type Navigation, sharedScreen, stepScreen, topicListScreen } from '../../../src/slack/ui/blocks.js';
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
  progress: { current: 1, total: 2, text: 'vraag 1 van ongeveer 2' },
  answered: [],
  ...overrides,
});
const outcome = (overrides: Partial<OutcomeView> = {}): OutcomeView => ({
  type: 'outcome',
  flow: 'f',
  title: 'Titel',
  node: 'o',
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
    { index: 0, question: 'Eerste vraag?', answer: 'Ja' },
    { index: 1, question: 'Tweede vraag?', answer: 'Nee' },
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
      { index: 0, question: 'Eerste?', answer: 'Ja' },
      { index: 1, question: 'Tweede?', answer: 'Nee' },
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
    expect(viewProblems(homeView({ lang: 'nl', audiences: [], topics: [topic] }))).toEqual([]);
  });
});
