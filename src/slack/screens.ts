import { answer, back, backTo, restart, start, walk, type Conversation } from '../engine/flow.js';
import type { Router } from '../engine/router.js';
import { decodeState, encodeState, type StateError } from '../engine/state.js';
import { msg, t } from '../i18n.js';
import type { KnowledgeBase } from '../knowledge/base.js';
import type { Audience, Lang, Organisation } from '../knowledge/schema.js';
import {
  ACTIONS,
  button,
  homeView,
  menuScreen,
  noticeScreen,
  sharedScreen,
  stepScreen,
  topicListScreen,
  type HomeView,
  type Navigation,
  type Screen,
  type Topic,
  type TopicGroup,
} from '../render/blocks.js';
import { viewStep, type OutcomeView, type StepView } from '../render/view.js';
import type { Request } from './requests.js';

/** What every listener needs from the core: the knowledge, its router and the organisation's contacts. */
export interface Guide {
  kb: KnowledgeBase;
  router: Router;
  organisation?: Organisation;
}

/** The three ways people find their topics in Slack. */
export const AUDIENCE_GROUPS = {
  employee: ['employee'],
  manager: ['manager'],
  representative: ['confidential_counsellor', 'works_council'],
} as const satisfies Record<string, readonly Audience[]>;
export type AudienceGroup = keyof typeof AUDIENCE_GROUPS;
export const isAudienceGroup = (key: string): key is AudienceGroup => Object.hasOwn(AUDIENCE_GROUPS, key);

/** The flow a manager's "check a monitoring tool" shortcut walks, once the content has it. */
export const ROLLOUT_FLOW = 'rollout-check';

export function navigation(kb: KnowledgeBase, c: Conversation, view: StepView): Navigation {
  const encode = (next: Conversation) => encodeState(kb, next);
  return {
    current: encode(c),
    options: view.type === 'question' ? view.options.map((o) => encode(answer(c, o.id))) : [],
    answered: view.answered.map((a) => encode(backTo(c, a.index))),
    ...(c.answers.length > 0 && { back: encode(back(c)) }),
    restart: encode(restart(c)),
  };
}

/** The step a conversation is at, with every button carrying the state it leads to. */
export function conversationScreen(guide: Guide, c: Conversation): Screen {
  const view = stepView(guide, c);
  return view ? stepScreen(view, navigation(guide.kb, c, view), c.lang) : stateProblemScreen(guide, { code: 'outdated', flow: c.flow }, c.lang);
}

export function stepView(guide: Guide, c: Conversation): StepView | undefined {
  const walked = walk(guide.kb, c);
  return walked.ok ? viewStep(walked.step, { lang: c.lang, organisation: guide.organisation }) : undefined;
}

export type Decoded = { ok: true; conversation: Conversation } | { ok: false; screen: Screen };

/** Reads a button or view value; anything outdated, edited or unknown becomes a friendly screen with a way forward. */
export function decode(guide: Guide, value: unknown): Decoded {
  const decoded = decodeState(guide.kb, value);
  if (decoded.ok) return { ok: true, conversation: decoded.conversation };
  return { ok: false, screen: stateProblemScreen(guide, decoded.error, langHint(value), flowHint(value)) };
}

export function stateProblemScreen(guide: Guide, error: StateError, lang: Lang, flow?: string): Screen {
  const known = (id: string | undefined) => (id && guide.kb.flows.has(id) ? id : undefined);
  const restartable = error.code === 'outdated' || error.code === 'unknown_flow' ? known(error.flow) : known(flow);
  const text = msg((m) => (error.code === 'outdated' ? m.stateErrors.outdated : error.code === 'unknown_flow' ? m.stateErrors.unknown : m.stateErrors.invalid), lang);
  const forward = restartable
    ? button(`${ACTIONS.go}.start.${restartable}`, msg((m) => m.slack.restartFlow, lang), encodeState(guide.kb, start(restartable, lang)), 'primary')
    : button(ACTIONS.menu, msg((m) => m.slack.toMenu, lang), lang, 'primary');
  return noticeScreen(text, [forward]);
}

/** The language a state value was made in, read without trusting the rest of it. */
export function langHint(value: unknown): Lang {
  return typeof value === 'string' && value.split(':')[1] === 'en' ? 'en' : 'nl';
}

function flowHint(value: unknown): string | undefined {
  return typeof value === 'string' ? value.split(':')[2] : undefined;
}

export function topics(guide: Guide, lang: Lang, audiences?: readonly Audience[]): Topic[] {
  return [...guide.kb.flows.values()]
    .filter(({ flow }) => !audiences || flow.audiences.some((a) => audiences.includes(a)))
    .map(({ flow }) => ({ flow: flow.id, title: t(flow.title, lang), description: t(flow.description, lang), start: encodeState(guide.kb, start(flow.id, lang)) }));
}

export const audienceLabel = (group: AudienceGroup, lang: Lang) => msg((m) => m.slack.audienceGroup[group], lang);

function topicGroups(guide: Guide, lang: Lang): TopicGroup[] {
  return (Object.keys(AUDIENCE_GROUPS) as AudienceGroup[]).map((group) => ({ label: audienceLabel(group, lang), topics: topics(guide, lang, AUDIENCE_GROUPS[group]) }));
}

export function topicMenu(guide: Guide, lang: Lang, intro?: string): Screen {
  return menuScreen(topicGroups(guide, lang), lang, intro);
}

/** The topics for one audience, each with its description. */
export function audienceTopics(guide: Guide, group: AudienceGroup, lang: Lang, intro?: string): Screen {
  const heading = intro ?? msg((m) => m.topicsFor, lang, { audience: audienceLabel(group, lang) });
  return topicListScreen(heading, topics(guide, lang, AUDIENCE_GROUPS[group]), lang);
}

/**
 * The router reads only a question's first 40 words, and its typo matching grows with the square of a
 * word's length: one 40,000-character word (Slack's message limit) would hold the process for over a second.
 */
const MAX_QUESTION_CHARS = 1000;

/** Free text: the flow itself when one topic clearly fits, otherwise the topics that fit, otherwise all topics. */
export function answerText(guide: Guide, text: string, lang: Lang): Screen {
  const { matches, confident } = guide.router.route(text.slice(0, MAX_QUESTION_CHARS));
  const [first] = matches;
  if (confident && first) return conversationScreen(guide, start(first.flow, lang));
  if (matches.length === 0) return topicMenu(guide, lang, msg((m) => m.noMatch, lang));
  const all = topics(guide, lang);
  const fitting = matches.flatMap((m) => all.filter((topic) => topic.flow === m.flow));
  return topicListScreen(msg((m) => m.matches, lang), fitting, lang);
}

export function requestScreen(guide: Guide, request: Request): Screen {
  const { lang } = request;
  switch (request.kind) {
    case 'menu':
      return topicMenu(guide, lang);
    case 'help':
      return noticeScreen(msg((m) => m.slack.help, lang), [button(ACTIONS.menu, msg((m) => m.allTopics, lang), lang)]);
    case 'privacy':
      return noticeScreen(msg((m) => m.slack.privacy, lang));
    case 'lang_usage':
      return noticeScreen(msg((m) => m.slack.langUsage, lang));
    case 'ask':
      return answerText(guide, request.text, lang);
  }
}

export function home(guide: Guide, lang: Lang): HomeView {
  const audiences = (Object.keys(AUDIENCE_GROUPS) as AudienceGroup[]).map((key) => ({ key, label: audienceLabel(key, lang) }));
  return homeView({ lang, audiences, topics: topics(guide, lang) });
}

/** The outcome a shared state points at, or nothing when it is not (or no longer) an outcome. */
export function outcomeOf(guide: Guide, c: Conversation): OutcomeView | undefined {
  const view = stepView(guide, c);
  return view?.type === 'outcome' ? view : undefined;
}

export function sharedMessage(guide: Guide, c: Conversation, sharer: string): Screen | undefined {
  const view = outcomeOf(guide, c);
  return view && sharedScreen(view, sharer, c.lang);
}
