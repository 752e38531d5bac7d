import {
  answer,
  back,
  backTo,
  type Conversation,
  restart,
  type Step,
  start,
  UNKNOWN,
  walk,
  withAsker,
} from '../../guide/conversation.js';
import type { Guide } from '../../guide/guide.js';
import { decodeState, encodeState, peekState, type StateError } from '../../guide/state.js';
import { type Lead, suggest } from '../../guide/suggest.js';
import { askerView, type OutcomeView, topicViews, viewStep } from '../../guide/view.js';
import { ASKERS, type Asker, type Lang } from '../../knowledge/schema.js';
import { common, slack } from '../../messages/index.js';
import { pagePath } from '../../web/html.js';
import type { Request } from '../requests.js';
import { rateLimitSeconds } from '../web-client.js';
import { answerScreen, type Details, detailsModal, sharedScreen } from './answer.js';
import { button, type HomeView, type ModalView, type Screen } from './block-kit.js';
import {
  homeView,
  menuScreen,
  type Navigation,
  noticeScreen,
  privacyNotice,
  stepScreen,
  type Topic,
  topicListScreen,
} from './blocks.js';
import { ACTIONS, goAction, langValue } from './ids.js';

/** Which screen to show: the guide's answer for what the person did, with every button carrying where it leads. */

function navigation(guide: Guide, c: Conversation, step: Step): Navigation {
  const encode = (next: Conversation) => encodeState(guide.kb, next);
  const options =
    step.type === 'asker'
      ? step.askers.map((a) => encode(withAsker(c, a)))
      : step.type === 'question' && !step.question.multiple
        ? step.question.options.map((o) => encode(answer(c, o.id)))
        : [];
  const started = step.answered.length > 0 || (c.asker !== undefined && step.flow.askers.length > 1);
  return {
    current: encode(c),
    options,
    ...(step.type === 'question' && step.question.unknown && { unknown: encode(answer(c, UNKNOWN)) }),
    answered: step.answered.map((a) => encode(backTo(c, a))),
    ...(step.flow.askers.length > 1 && c.asker && { changeAsker: encode(withAsker(c, undefined)) }),
    ...(started && { back: encode(back(c, step)) }),
    restart: encode(restart(c)),
  };
}

/** The step a conversation is at, with every button carrying the state it leads to. */
export function conversationScreen(guide: Guide, c: Conversation, notice?: string): Screen {
  const walked = walk(guide.kb, c);
  if (!walked.ok) return stateProblemScreen(guide, { code: 'outdated', flow: c.flow }, c.lang);
  const view = viewStep(walked.step, { lang: c.lang, organisation: guide.organisation });
  const nav = navigation(guide, c, walked.step);
  return view.type === 'outcome' ? answerScreen(view, nav, c.lang) : stepScreen(view, nav, c.lang, notice);
}

/**
 * "Verder" under a question's checkboxes: moves on with the options ticked, read from the message's state.
 * With none ticked, the question is shown again with a word on what to do.
 */
export function pickedScreen(guide: Guide, c: Conversation, ticked: string[]): Screen {
  if (ticked.length === 0) return conversationScreen(guide, c, slack.tickOne(c.lang));
  return conversationScreen(guide, answer(c, ticked.length === 1 ? (ticked[0] as string) : ticked));
}

export type Decoded = { ok: true; conversation: Conversation; lang: Lang } | { ok: false; screen: Screen; lang: Lang };

/** Reads a button or view value; anything outdated, edited or unknown becomes a friendly screen with a way forward. */
export function decode(guide: Guide, value: unknown): Decoded {
  const decoded = decodeState(guide.kb, value);
  if (decoded.ok) return { ok: true, conversation: decoded.conversation, lang: decoded.conversation.lang };
  const { lang, flow, asker } = peekState(value);
  return { ok: false, screen: stateProblemScreen(guide, decoded.error, lang, flow, asker), lang };
}

/** A value that cannot be followed: what happened, and a fresh start (same flow and asker where known) or the menu. */
export function stateProblemScreen(guide: Guide, error: StateError, lang: Lang, flow?: string, asker?: Asker): Screen {
  const known = (id: string | undefined) => (id && guide.kb.flows.has(id) ? id : undefined);
  const restartable = error.code === 'outdated' || error.code === 'unknown_flow' ? known(error.flow) : known(flow);
  const text = (
    error.code === 'outdated'
      ? common.stateErrors.outdated
      : error.code === 'unknown_flow'
        ? common.stateErrors.unknown
        : common.stateErrors.invalid
  )(lang);
  const askerFits =
    restartable && asker && guide.kb.flows.get(restartable)?.flow.askers.includes(asker) ? asker : undefined;
  const forward = restartable
    ? button(
        goAction('start', restartable),
        slack.restartFlow(lang),
        encodeState(guide.kb, start(restartable, lang, askerFits)),
        'primary',
      )
    : button(ACTIONS.menu, slack.toMenu(lang), langValue(lang), 'primary');
  return noticeScreen(text, [forward]);
}

/** What to tell the person when Slack did not take our answer. */
export function failureScreen(error: unknown, lang: Lang): Screen {
  const seconds = rateLimitSeconds(error);
  return noticeScreen(seconds ? slack.slackBusy(lang, { seconds }) : slack.slackFailed(lang));
}

/** A button value that matches no listener or state: "this button no longer works", in the language it names. */
export function unknownButtonScreen(guide: Guide, value: unknown): Screen {
  const { lang } = peekState(value);
  return stateProblemScreen(guide, { code: 'malformed' }, lang);
}

/** Topics with the state that starts each: for one asker (who is then not asked again), or for anyone. */
function topics(guide: Guide, lang: Lang, asker?: Asker): Topic[] {
  return topicViews(guide.kb, lang, asker && [asker]).map((topic) => ({
    ...topic,
    start: encodeState(guide.kb, start(topic.flow, lang, asker)),
  }));
}

const askers = (lang: Lang) => ASKERS.map((a) => askerView(a, lang));

export function topicMenu(guide: Guide, lang: Lang, intro?: string): Screen {
  return menuScreen(topics(guide, lang), askers(lang), lang, intro);
}

/** The topics for one asker, each with its description. */
export function askerTopics(guide: Guide, asker: Asker, lang: Lang, intro?: string): Screen {
  const heading = intro ?? common.topicsFor(lang, { asker: common.asker[asker](lang) });
  return topicListScreen(heading, topics(guide, lang, asker), lang);
}

/** Topics a question led to, each starting with what the question already said for it. */
function leadTopics(guide: Guide, leads: Lead[], lang: Lang): Topic[] {
  const views = new Map(topicViews(guide.kb, lang).map((t) => [t.flow, t]));
  return leads.flatMap((lead) => {
    const view = views.get(lead.flow);
    return view ? [{ ...view, start: encodeState(guide.kb, start(lead.flow, lang, lead.asker, lead.facts)) }] : [];
  });
}

/** A screen that may have started a conversation: which one, for the topic counts (slack/counting.ts). */
export type MaybeStarted = Screen & { started?: Conversation };

const startedScreen = (guide: Guide, c: Conversation): MaybeStarted => ({
  ...conversationScreen(guide, c),
  started: c,
});

/** A question in the person's own words: the topic itself, "A or B?", the topics that fit, or all topics. */
export function questionScreen(guide: Guide, text: string, lang: Lang): MaybeStarted {
  const suggestion = suggest(guide, text);
  switch (suggestion.kind) {
    case 'start':
      return startedScreen(guide, start(suggestion.flow, lang, suggestion.asker, suggestion.facts));
    case 'clarify':
      return topicListScreen(common.clarify(lang), leadTopics(guide, suggestion.leads, lang), lang);
    case 'choose':
      return topicListScreen(common.matches(lang), leadTopics(guide, suggestion.leads, lang), lang);
    case 'none':
      return topicMenu(guide, lang, common.noMatch(lang));
  }
}

/** `counting`: whether the workspace switched the topic counts on, which the privacy notice says. */
export function requestScreen(guide: Guide, request: Request, counting = false): MaybeStarted {
  const { lang } = request;
  switch (request.kind) {
    case 'menu':
      return topicMenu(guide, lang);
    case 'help':
      return noticeScreen(slack.help(lang), [button(ACTIONS.menu, common.allTopics(lang), langValue(lang))]);
    case 'privacy':
      return noticeScreen(privacyNotice(lang, counting));
    case 'lang_usage':
      return noticeScreen(slack.langUsage(lang));
    case 'ask':
      return questionScreen(guide, request.text, lang);
  }
}

/** Home for one person: the settings and the year overview only for those who may see them. */
export function home(
  guide: Guide,
  lang: Lang,
  access: { settings?: boolean; counts?: boolean; counting?: boolean } = {},
): HomeView {
  return homeView({ lang, askers: askers(lang), topics: topics(guide, lang), ...access });
}

/** The manager's shortcut: the rollout check, or the managers' topics when the knowledge has no such flow. */
export function checkToolScreen(guide: Guide, lang: Lang): MaybeStarted {
  const check = [...guide.kb.flows.values()].find((e) => e.flow.tool_check);
  return check
    ? startedScreen(guide, start(check.flow.id, lang, check.flow.askers.includes('manager') ? 'manager' : undefined))
    : askerTopics(guide, 'manager', lang, slack.checkToolIntro(lang));
}

/** The outcome a shared state points at, or nothing when it is not (or no longer) an outcome. */
export function outcomeOf(guide: Guide, c: Conversation): OutcomeView | undefined {
  const walked = walk(guide.kb, c);
  if (!walked.ok || walked.step.type !== 'outcome') return undefined;
  return viewStep(walked.step, { lang: c.lang, organisation: guide.organisation }) as OutcomeView;
}

/** One part of an answer's details, in a modal; nothing when the state is not (or no longer) an answer. */
export function detailsOf(guide: Guide, c: Conversation, details: Details): ModalView | undefined {
  const view = outcomeOf(guide, c);
  return view && detailsModal(view, details, c.lang);
}

/**
 * The shared explanation links to the topic's web page where the organisation publishes them: to the topic, not to
 * this answer, because the link to an answer carries the answers that led to it, and a share never does.
 */
export function sharedMessage(guide: Guide, c: Conversation, sharer: string): Screen | undefined {
  const view = outcomeOf(guide, c);
  const site = guide.organisation?.site_url;
  const topic = site && new URL(pagePath(c.lang, c.flow), site.endsWith('/') ? site : `${site}/`).href;
  return view && sharedScreen(view, sharer, c.lang, topic);
}
