import { describe, expect, it } from 'vitest';
import { walk, type Conversation } from '../../src/engine/flow.js';
import { decodeState } from '../../src/engine/state.js';
import type { Lang } from '../../src/knowledge/schema.js';
import { homeView, screenModal, shareModal, sharedScreen, stepScreen, topicListScreen, withDmInvite, type Navigation } from '../../src/render/blocks.js';
import type { OutcomeView, QuestionView } from '../../src/render/view.js';
import { audienceTopics, AUDIENCE_GROUPS, conversationScreen, home, navigation, requestScreen, stepView, topicMenu, type AudienceGroup } from '../../src/slack/screens.js';
import { messageProblems, viewProblems } from '../helpers/block-kit.js';
import { buttonsIn, realGuide } from '../slack/helpers/harness.js';

const guide = realGuide();
const LANGS: Lang[] = ['nl', 'en'];

/**
 * Every step (question or outcome) of a flow, each reached by its heaviest path: the most answers, then the
 * most text. What a step shows varies by path only in the "your answers" rows and, for a checklist outcome,
 * in the gaps the answers recorded, so this is the largest each step can get. Paths with and without a gap
 * are kept apart, since a gap turns an outcome into its `if_gaps` detour. (Enumerating every path instead
 * would mean 17,000 renders for a checklist-like flow.)
 */
function everyStep(flowId: string, lang: Lang): Conversation[] {
  const flow = guide.kb.flows.get(flowId)!.flow;
  const order: string[] = [];
  const seen = new Set<string>();
  const visit = (node: string) => {
    if (seen.has(node)) return;
    seen.add(node);
    for (const o of flow.questions[node]?.options ?? []) visit(o.next);
    order.unshift(node);
  };
  visit(flow.start);
  type Path = { answers: string[]; weight: number };
  const best = new Map<string, Path>([[`${flow.start}|false`, { answers: [], weight: 0 }]]);
  const heavier = (a: Path, b: Path | undefined) => !b || a.answers.length > b.answers.length || (a.answers.length === b.answers.length && a.weight > b.weight);
  for (const node of order) {
    for (const gapSoFar of [false, true]) {
      const here = best.get(`${node}|${gapSoFar}`);
      const question = flow.questions[node];
      if (!here || !question) continue;
      for (const o of question.options) {
        const path = { answers: [...here.answers, o.id], weight: here.weight + question.question[lang].length + o.label[lang].length + (o.gap?.[lang].length ?? 0) };
        const key = `${o.next}|${gapSoFar || o.gap !== undefined}`;
        if (heavier(path, best.get(key))) best.set(key, path);
      }
    }
  }
  return [...best.values()].map(({ answers }) => ({ flow: flowId, lang, answers }));
}

const stepNode = (c: Conversation) => {
  const walked = walk(guide.kb, c);
  return walked.ok ? walked.step.node : `unwalkable: ${c.answers.join('.')}`;
};

describe.each([...guide.kb.flows.keys()])('every step of flow %s', (flow) => {
  it.each(LANGS)('renders as valid Block Kit within Slack’s limits, in messages and modals (%s)', (lang) => {
    const problems: string[] = [];
    const steps = everyStep(flow, lang);
    const { questions, outcomes } = guide.kb.flows.get(flow)!.flow;
    expect(new Set(steps.map(stepNode)), 'every question and outcome is rendered').toEqual(new Set([...Object.keys(questions), ...Object.keys(outcomes)]));
    for (const c of steps) {
      const screen = conversationScreen(guide, c);
      const at = `${flow} [${c.answers.join(', ')}] ${lang}`;
      problems.push(...messageProblems(screen).map((p) => `${at} message: ${p}`));
      problems.push(...viewProblems(screenModal(screen, lang)).map((p) => `${at} modal: ${p}`));
      for (const b of buttonsIn(screen.blocks).filter((b) => b.action_id.startsWith('mw.go.'))) {
        const next = decodeState(guide.kb, b.value);
        if (!next.ok || next.conversation.lang !== lang) problems.push(`${at}: button ${b.action_id} does not carry a valid ${lang} state`);
      }
      const view = stepView(guide, c);
      if (view?.type === 'outcome') {
        problems.push(...messageProblems(sharedScreen(view, 'U0USER0001', lang)).map((p) => `${at} shared: ${p}`));
        problems.push(...viewProblems(shareModal(view, navigation(guide.kb, c, view).current, lang)).map((p) => `${at} share modal: ${p}`));
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('menus, Home and notices', () => {
  it.each(LANGS)('are valid Block Kit within Slack’s limits (%s)', (lang) => {
    const messages = {
      menu: topicMenu(guide, lang),
      help: requestScreen(guide, { kind: 'help', lang }),
      privacy: requestScreen(guide, { kind: 'privacy', lang }),
      langUsage: requestScreen(guide, { kind: 'lang_usage', lang }),
      noMatch: requestScreen(guide, { kind: 'ask', text: 'xyzzy', lang }),
      mention: withDmInvite(topicMenu(guide, lang), 'https://slack.com/app_redirect?team=T0TEAM0001&app=A0APP00001', lang),
      ...Object.fromEntries((Object.keys(AUDIENCE_GROUPS) as AudienceGroup[]).map((g) => [`audience ${g}`, audienceTopics(guide, g, lang)])),
    };
    for (const [name, screen] of Object.entries(messages)) {
      expect(messageProblems(screen), name).toEqual([]);
      expect(viewProblems(screenModal(screen, lang)), `${name} as modal`).toEqual([]);
    }
    expect(viewProblems(home(guide, lang))).toEqual([]);
  });
});

// Small hand-made views for what the real content does not (yet) exercise.
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
  routes: [{ id: 'ap', name: 'AP', purpose: 'p', when: 'Als.', how: 'Zo.', url: 'https://www.autoriteitpersoonsgegevens.nl/x', local: 'Bij ons: iemand' }],
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
    const answered = Array.from({ length: 40 }, (_, index) => ({ index, question: `Vraag ${index}?`, answer: `Antwoord ${index}` }));
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
    const routes = Array.from({ length: 8 }, (_, i) => ({ id: `r${i}`, name: `Route ${i}`, purpose: 'p', when: long, how: long, url: 'https://example.org/x', local: `Contact ${i}` }));
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
    for (const hidden of ['Eerste vraag?', 'Tweede vraag?', 'Beste', 'Jouw antwoorden', 'Een DPIA']) expect(text).not.toContain(hidden);
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
