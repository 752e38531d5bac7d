import { describe, expect, it } from 'vitest';
import { type Answer, type Conversation, UNKNOWN, walk } from '../../../src/guide/conversation.js';
import { decodeState, encodeState } from '../../../src/guide/state.js';
import type { OutcomeView } from '../../../src/guide/view.js';
import { resolveNext, topologicalOrder } from '../../../src/knowledge/graph.js';
import { ASKERS, type Asker, type Lang, type Next } from '../../../src/knowledge/schema.js';
import { ANSWER_BUDGET, detailsModal, sharedScreen, shareModal } from '../../../src/slack/ui/answer.js';
import type { Screen } from '../../../src/slack/ui/block-kit.js';
import { esc, link, textLength } from '../../../src/slack/ui/block-kit.js';
import { screenModal, withDmInvite } from '../../../src/slack/ui/blocks.js';
import {
  askerTopics,
  conversationScreen,
  home,
  outcomeOf,
  requestScreen,
  sharedMessage,
  topicMenu,
} from '../../../src/slack/ui/screens.js';
import { messageProblems, viewProblems } from '../../helpers/block-kit.js';
import { buttonsIn } from '../../helpers/buttons.js';
import { realGuide } from '../../helpers/knowledge.js';

const guide = realGuide();
const LANGS: Lang[] = ['nl', 'en'];

/**
 * Every step (question or outcome) of a flow for one asker, each reached by its heaviest path: the most answers,
 * then the most text. What a step shows varies by path only in the "your answers" rows and, for a checklist
 * outcome, in the gaps the answers recorded, so this is the largest each step can get. Paths with and without a
 * gap are kept apart, since a gap turns an outcome into its \`if_gaps\` detour. A question that takes several
 * answers is also answered with all of them, each branch then taking its first options, for the fullest answer.
 * (Enumerating every path instead would mean thousands of renders for a checklist-like flow.)
 */
function everyStep(flowId: string, asker: Asker, lang: Lang): Conversation[] {
  const flow = guide.kb.flows.get(flowId)!.flow;
  type Path = { answers: Answer[]; weight: number };
  const best = new Map<string, Path>([[`${resolveNext(flow.start, asker)}|false`, { answers: [], weight: 0 }]]);
  const heavier = (a: Path, b: Path | undefined) =>
    !b || a.answers.length > b.answers.length || (a.answers.length === b.answers.length && a.weight > b.weight);
  const all: Answer[][] = [];
  for (const node of topologicalOrder(flow, asker)) {
    for (const gapSoFar of [false, true]) {
      const here = best.get(`${node}|${gapSoFar}`);
      const question = flow.questions[node];
      if (!here || !question) continue;
      const ways: [Answer, Next, number, boolean][] = question.options.map((o) => [
        o.id,
        o.next,
        o.label[lang].length + (o.gap?.[lang].length ?? 0),
        o.gap !== undefined,
      ]);
      if (question.unknown) ways.push([UNKNOWN, question.unknown.next, 0, false]);
      for (const [answer, next, extra, gap] of ways) {
        const path = {
          answers: [...here.answers, answer],
          weight: here.weight + question.question[lang].length + extra,
        };
        const key = `${resolveNext(next, asker)}|${gapSoFar || gap}`;
        if (heavier(path, best.get(key))) best.set(key, path);
      }
      if (question.multiple) all.push([...here.answers, question.options.map((o) => o.id)]);
    }
  }
  const conversation = (answers: Answer[]): Conversation => ({ flow: flowId, lang, asker, facts: {}, answers });
  return [
    ...[...best.values()].map(({ answers }) => conversation(answers)),
    ...all.map((answers) => completed(conversation(answers))),
  ];
}

/** A conversation taken on to its outcome, always with the first option. */
function completed(c: Conversation): Conversation {
  let current = c;
  for (let step = walk(guide.kb, current); step.ok && step.step.type === 'question'; step = walk(guide.kb, current)) {
    current = { ...current, answers: [...current.answers, step.step.question.options[0]!.id] };
  }
  return current;
}

const stepNode = (c: Conversation) => {
  const walked = walk(guide.kb, c);
  if (!walked.ok) return `unwalkable: ${JSON.stringify(c.answers)}`;
  return walked.step.type === 'question'
    ? walked.step.node
    : walked.step.type === 'outcome'
      ? walked.step.parts.map((p) => p.node)
      : 'asker';
};

describe.each([...guide.kb.flows.keys()])('every step of flow %s', (flow) => {
  it.each(LANGS)(
    'renders as valid Block Kit within Slack’s limits, in messages and modals, for every asker (%s)',
    (lang) => {
      const problems: string[] = [];
      const { questions, outcomes, askers } = guide.kb.flows.get(flow)!.flow;
      const steps = askers.flatMap((asker) => everyStep(flow, asker, lang));
      expect(new Set(steps.flatMap(stepNode)), 'every question and outcome is rendered').toEqual(
        new Set([...Object.keys(questions), ...Object.keys(outcomes)]),
      );
      steps.push({ flow, lang, facts: {}, answers: [] });
      for (const c of steps) {
        const screen = conversationScreen(guide, c);
        const at = `${flow} ${c.asker ?? 'nobody'} [${JSON.stringify(c.answers)}] ${lang}`;
        problems.push(...messageProblems(screen).map((p) => `${at} message: ${p}`));
        problems.push(...viewProblems(screenModal(screen, lang)).map((p) => `${at} modal: ${p}`));
        for (const b of buttonsIn(screen.blocks).filter(
          (b) => b.action_id.startsWith('mw.go.') || b.action_id === 'mw.pick',
        )) {
          const next = decodeState(guide.kb, b.value);
          if (!next.ok || next.conversation.lang !== lang)
            problems.push(`${at}: button ${b.action_id} does not carry a valid ${lang} state`);
        }
        const view = outcomeOf(guide, c);
        if (view) {
          problems.push(...glanceProblems(screen, view).map((p) => `${at} answer: ${p}`));
          problems.push(...detailsProblems(view, lang).map((p) => `${at} details: ${p}`));
          problems.push(...messageProblems(sharedScreen(view, 'U0USER0001', lang)).map((p) => `${at} shared: ${p}`));
          problems.push(
            ...viewProblems(shareModal(view, encodeState(guide.kb, c), lang)).map((p) => `${at} share modal: ${p}`),
          );
        }
      }
      expect(problems).toEqual([]);
    },
  );
});

/** An answer to take in at a glance: within its budget, with the verdict, a ground as a link, and a route. */
function glanceProblems(screen: Screen, view: OutcomeView): string[] {
  const problems: string[] = [];
  const all = JSON.stringify(screen.blocks);
  if (screen.blocks.length > ANSWER_BUDGET.blocks) problems.push(`${screen.blocks.length} blocks`);
  if (textLength(screen.blocks) > ANSWER_BUDGET.text) problems.push(`${textLength(screen.blocks)} characters`);
  if (!all.includes(`*${view.verdict.label}*`)) problems.push('no verdict');
  if (!view.grounds.some((g) => all.includes(JSON.stringify(link(g.url, g.citation)).slice(1, -1))))
    problems.push('no ground as a link');
  if (!view.routes.some((r) => all.includes(JSON.stringify(`*${esc(r.name)}*`).slice(1, -1))))
    problems.push('no route');
  return problems;
}

/** The details of an answer hold every ground, ruling and route it names, as valid modals. */
function detailsProblems(view: OutcomeView, lang: Lang): string[] {
  const why = detailsModal(view, 'why', lang);
  const routes = detailsModal(view, 'routes', lang);
  const problems = [...viewProblems(why), ...viewProblems(routes), ...viewProblems(detailsModal(view, 'letter', lang))];
  const whyText = JSON.stringify(why.blocks);
  for (const c of [...view.grounds, ...view.rulings])
    if (!whyText.includes(JSON.stringify(link(c.url, c.citation)).slice(1, -1))) problems.push(`no ${c.citation}`);
  const routeText = JSON.stringify(routes.blocks);
  for (const r of view.routes)
    if (!routeText.includes(JSON.stringify(esc(r.name)).slice(1, -1))) problems.push(`no route ${r.id}`);
  return problems;
}

describe('menus, Home and notices', () => {
  it.each(LANGS)('are valid Block Kit within Slack’s limits (%s)', (lang) => {
    const messages = {
      menu: topicMenu(guide, lang),
      help: requestScreen(guide, { kind: 'help', lang }),
      privacy: requestScreen(guide, { kind: 'privacy', lang }),
      langUsage: requestScreen(guide, { kind: 'lang_usage', lang }),
      noMatch: requestScreen(guide, { kind: 'ask', text: 'xyzzy', lang }),
      mention: withDmInvite(
        topicMenu(guide, lang),
        'https://slack.com/app_redirect?team=T0TEAM0001&app=A0APP00001',
        lang,
      ),
      ...Object.fromEntries(ASKERS.map((a) => [`asker ${a}`, askerTopics(guide, a, lang)])),
    };
    for (const [name, screen] of Object.entries(messages)) {
      expect(messageProblems(screen), name).toEqual([]);
      expect(viewProblems(screenModal(screen, lang)), `${name} as modal`).toEqual([]);
    }
    expect(viewProblems(home(guide, lang))).toEqual([]);
  });
});

describe('a shared explanation and the web pages', () => {
  const answered: Conversation = {
    flow: 'biometrics',
    lang: 'en',
    asker: 'employee',
    facts: {},
    answers: ['till', 'required'],
  };
  const linksIn = (screen: Screen | undefined) => JSON.stringify(screen?.blocks ?? []).match(/<https?:[^|>]+/g) ?? [];

  it('links to the topic on the organisation’s pages, never to the answer (its link would carry the answers)', () => {
    const organisation = { ...(guide.organisation as NonNullable<typeof guide.organisation>) };
    const published = { ...guide, organisation: { ...organisation, site_url: 'https://intranet.example.nl/mw' } };
    const links = linksIn(sharedMessage(published, answered, 'U0USER0001'));
    expect(links).toContain('<https://intranet.example.nl/mw/en/biometrics.html');
    expect(links.filter((l) => l.includes('#'))).toEqual([]);
  });

  it('has no such link where the organisation publishes no pages', () => {
    const links = linksIn(sharedMessage(guide, answered, 'U0USER0001'));
    expect(links.filter((l) => l.includes('biometrics.html'))).toEqual([]);
  });
});
