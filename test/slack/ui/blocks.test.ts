import { describe, expect, it } from 'vitest';
import type { AskerStepView, QuestionView } from '../../../src/guide/view.js';
import { homeView, type Navigation, stepScreen, topicListScreen } from '../../../src/slack/ui/blocks.js';
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

describe('topics with titles too long for a button', () => {
  it('keep them within 75 characters', () => {
    const topic = { flow: 'f', title: 'T'.repeat(200), description: 'D', start: 'S' };
    expect(messageProblems(topicListScreen('Intro', [topic], 'nl'))).toEqual([]);
    expect(viewProblems(homeView({ lang: 'nl', askers: [], topics: [topic] }))).toEqual([]);
  });
});
