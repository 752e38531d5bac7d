import { answer, back, backTo, type Conversation, restart, start, walk } from '../../guide/conversation.js';
import type { Guide } from '../../guide/guide.js';
import { decodeState, encodeState, peekState, type StateError } from '../../guide/state.js';
import { suggest } from '../../guide/suggest.js';
import { type OutcomeView, type StepView, topicViews, viewStep } from '../../guide/view.js';
import type { Lang } from '../../knowledge/schema.js';
import { common, slack } from '../../messages/index.js';
import type { Request } from '../requests.js';
import { rateLimitSeconds } from '../web-client.js';
import { button, type HomeView, type Screen } from './block-kit.js';
import {
  homeView,
  menuScreen,
  type Navigation,
  noticeScreen,
  sharedScreen,
  stepScreen,
  type Topic,
  type TopicGroup,
  topicListScreen,
} from './blocks.js';
import { ACTIONS, AUDIENCE_GROUPS, type AudienceGroup, goAction, langValue } from './ids.js';

/** Which screen to show: the guide's answer for what the person did, with every button carrying where it leads. */

function navigation(guide: Guide, c: Conversation, view: StepView): Navigation {
  const encode = (next: Conversation) => encodeState(guide.kb, next);
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
  return view
    ? stepScreen(view, navigation(guide, c, view), c.lang)
    : stateProblemScreen(guide, { code: 'outdated', flow: c.flow }, c.lang);
}

function stepView(guide: Guide, c: Conversation): StepView | undefined {
  const walked = walk(guide.kb, c);
  return walked.ok ? viewStep(walked.step, { lang: c.lang, organisation: guide.organisation }) : undefined;
}

export type Decoded = { ok: true; conversation: Conversation; lang: Lang } | { ok: false; screen: Screen; lang: Lang };

/** Reads a button or view value; anything outdated, edited or unknown becomes a friendly screen with a way forward. */
export function decode(guide: Guide, value: unknown): Decoded {
  const decoded = decodeState(guide.kb, value);
  if (decoded.ok) return { ok: true, conversation: decoded.conversation, lang: decoded.conversation.lang };
  const { lang, flow } = peekState(value);
  return { ok: false, screen: stateProblemScreen(guide, decoded.error, lang, flow), lang };
}

export function stateProblemScreen(guide: Guide, error: StateError, lang: Lang, flow?: string): Screen {
  const known = (id: string | undefined) => (id && guide.kb.flows.has(id) ? id : undefined);
  const restartable = error.code === 'outdated' || error.code === 'unknown_flow' ? known(error.flow) : known(flow);
  const text = (
    error.code === 'outdated'
      ? common.stateErrors.outdated
      : error.code === 'unknown_flow'
        ? common.stateErrors.unknown
        : common.stateErrors.invalid
  )(lang);
  const forward = restartable
    ? button(
        goAction('start', restartable),
        slack.restartFlow(lang),
        encodeState(guide.kb, start(restartable, lang)),
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

function topics(guide: Guide, lang: Lang, group?: AudienceGroup): Topic[] {
  return topicViews(guide.kb, lang, group && AUDIENCE_GROUPS[group]).map((topic) => ({
    ...topic,
    start: encodeState(guide.kb, start(topic.flow, lang)),
  }));
}

export const audienceLabel = (group: AudienceGroup, lang: Lang): string =>
  group === 'representative' ? slack.representatives(lang) : common.audience[group](lang);

function topicGroups(guide: Guide, lang: Lang): TopicGroup[] {
  return (Object.keys(AUDIENCE_GROUPS) as AudienceGroup[]).map((group) => ({
    label: audienceLabel(group, lang),
    topics: topics(guide, lang, group),
  }));
}

export function topicMenu(guide: Guide, lang: Lang, intro?: string): Screen {
  return menuScreen(topicGroups(guide, lang), lang, intro);
}

/** The topics for one audience, each with its description. */
export function audienceTopics(guide: Guide, group: AudienceGroup, lang: Lang, intro?: string): Screen {
  const heading = intro ?? common.topicsFor(lang, { audience: audienceLabel(group, lang) });
  return topicListScreen(heading, topics(guide, lang, group), lang);
}

/** A question in the person's own words: the topic itself, the topics that fit, or all topics. */
export function questionScreen(guide: Guide, text: string, lang: Lang): Screen {
  const suggestion = suggest(guide, text);
  if (suggestion.kind === 'start') return conversationScreen(guide, start(suggestion.flow, lang));
  if (suggestion.kind === 'none') return topicMenu(guide, lang, common.noMatch(lang));
  const all = topics(guide, lang);
  const fitting = suggestion.flows.flatMap((flow) => all.filter((topic) => topic.flow === flow));
  return topicListScreen(common.matches(lang), fitting, lang);
}

export function requestScreen(guide: Guide, request: Request): Screen {
  const { lang } = request;
  switch (request.kind) {
    case 'menu':
      return topicMenu(guide, lang);
    case 'help':
      return noticeScreen(slack.help(lang), [button(ACTIONS.menu, common.allTopics(lang), langValue(lang))]);
    case 'privacy':
      return noticeScreen(slack.privacy(lang));
    case 'lang_usage':
      return noticeScreen(slack.langUsage(lang));
    case 'ask':
      return questionScreen(guide, request.text, lang);
  }
}

export function home(guide: Guide, lang: Lang): HomeView {
  const audiences = (Object.keys(AUDIENCE_GROUPS) as AudienceGroup[]).map((group) => ({
    group,
    label: audienceLabel(group, lang),
  }));
  return homeView({ lang, audiences, topics: topics(guide, lang) });
}

/** The manager's shortcut: the rollout check, or the managers' topics when the knowledge has no such flow. */
export function checkToolScreen(guide: Guide, lang: Lang): Screen {
  const check = [...guide.kb.flows.values()].find((e) => e.flow.tool_check);
  return check
    ? conversationScreen(guide, start(check.flow.id, lang))
    : audienceTopics(guide, 'manager', lang, slack.checkToolIntro(lang));
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
