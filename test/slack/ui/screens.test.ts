import { describe, expect, it } from 'vitest';
import { type Conversation, walk } from '../../../src/guide/conversation.js';
import { decodeState, encodeState } from '../../../src/guide/state.js';
import { topologicalOrder } from '../../../src/knowledge/graph.js';
import type { Lang } from '../../../src/knowledge/schema.js';
import { screenModal, sharedScreen, shareModal, withDmInvite } from '../../../src/slack/ui/blocks.js';
import { AUDIENCE_GROUPS, type AudienceGroup } from '../../../src/slack/ui/ids.js';
import {
  audienceTopics,
  conversationScreen,
  home,
  outcomeOf,
  requestScreen,
  topicMenu,
} from '../../../src/slack/ui/screens.js';
import { messageProblems, viewProblems } from '../../helpers/block-kit.js';
import { buttonsIn } from '../../helpers/buttons.js';
import { realGuide } from '../../helpers/knowledge.js';

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
  const order = topologicalOrder(flow);
  type Path = { answers: string[]; weight: number };
  const best = new Map<string, Path>([[`${flow.start}|false`, { answers: [], weight: 0 }]]);
  const heavier = (a: Path, b: Path | undefined) =>
    !b || a.answers.length > b.answers.length || (a.answers.length === b.answers.length && a.weight > b.weight);
  for (const node of order) {
    for (const gapSoFar of [false, true]) {
      const here = best.get(`${node}|${gapSoFar}`);
      const question = flow.questions[node];
      if (!here || !question) continue;
      for (const o of question.options) {
        const path = {
          answers: [...here.answers, o.id],
          weight: here.weight + question.question[lang].length + o.label[lang].length + (o.gap?.[lang].length ?? 0),
        };
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
    expect(new Set(steps.map(stepNode)), 'every question and outcome is rendered').toEqual(
      new Set([...Object.keys(questions), ...Object.keys(outcomes)]),
    );
    for (const c of steps) {
      const screen = conversationScreen(guide, c);
      const at = `${flow} [${c.answers.join(', ')}] ${lang}`;
      problems.push(...messageProblems(screen).map((p) => `${at} message: ${p}`));
      problems.push(...viewProblems(screenModal(screen, lang)).map((p) => `${at} modal: ${p}`));
      for (const b of buttonsIn(screen.blocks).filter((b) => b.action_id.startsWith('mw.go.'))) {
        const next = decodeState(guide.kb, b.value);
        if (!next.ok || next.conversation.lang !== lang)
          problems.push(`${at}: button ${b.action_id} does not carry a valid ${lang} state`);
      }
      const view = outcomeOf(guide, c);
      if (view) {
        problems.push(...messageProblems(sharedScreen(view, 'U0USER0001', lang)).map((p) => `${at} shared: ${p}`));
        problems.push(
          ...viewProblems(shareModal(view, encodeState(guide.kb, c), lang)).map((p) => `${at} share modal: ${p}`),
        );
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
      mention: withDmInvite(
        topicMenu(guide, lang),
        'https://slack.com/app_redirect?team=T0TEAM0001&app=A0APP00001',
        lang,
      ),
      ...Object.fromEntries(
        (Object.keys(AUDIENCE_GROUPS) as AudienceGroup[]).map((g) => [`audience ${g}`, audienceTopics(guide, g, lang)]),
      ),
    };
    for (const [name, screen] of Object.entries(messages)) {
      expect(messageProblems(screen), name).toEqual([]);
      expect(viewProblems(screenModal(screen, lang)), `${name} as modal`).toEqual([]);
    }
    expect(viewProblems(home(guide, lang))).toEqual([]);
  });
});
