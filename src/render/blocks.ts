import { msg } from '../i18n.js';
import type { Lang } from '../knowledge/schema.js';
import {
  actions,
  bullet,
  button,
  clip,
  context,
  divider,
  esc,
  header,
  LIMITS,
  link,
  listSections,
  plain,
  section,
  textLength,
  textSections,
  type Block,
  type Button,
  type HomeView,
  type ModalView,
  type Screen,
  type SelectInput,
} from './block-kit.js';
import type { AnsweredView, Citation, OutcomeView, QuestionView, RouteView, StepView } from './view.js';

/**
 * Block Kit for Slack, built from step views (see view.ts): the guided steps, sharing, menus, Home and
 * modals. Every text comes from the view or from i18n; nothing here imports Slack.
 */

export { button, type Block, type Button, type HomeView, type ModalView, type Screen } from './block-kit.js';

/** Action and callback ids; listeners register on these. Navigation ids all start with `mw.go.`. */
export const ACTIONS = {
  go: 'mw.go',
  share: 'mw.share',
  menu: 'mw.menu',
  audience: 'mw.audience',
  lang: 'mw.lang',
  link: 'mw.link',
} as const;
export const CALLBACKS = { guide: 'mw.guide', share: 'mw.share' } as const;
export const SHARE_INPUT = {
  colleague: { block: 'mw.share.colleague', action: 'mw.share.colleague' },
  channel: { block: 'mw.share.channel', action: 'mw.share.channel' },
} as const;

/** Encoded conversation states for every button on a step (see engine/state.ts); built by the caller. */
export interface Navigation {
  /** The state this step is at (for sharing an outcome). */
  current: string;
  /** One per `view.options`, in the same order. */
  options: string[];
  /** One per `view.answered`: going back to that question. */
  answered: string[];
  back?: string;
  restart: string;
}

/** A topic as listed in menus: its start state carries the language. */
export interface Topic {
  flow: string;
  title: string;
  description: string;
  start: string;
}

export interface TopicGroup {
  label: string;
  topics: Topic[];
}

const MAX_ANSWER_ROWS = 12;
const ANSWER_QUESTION_CHARS = 140;

// ---- guided steps --------------------------------------------------------------------------------

export function stepScreen(view: StepView, nav: Navigation, lang: Lang): Screen {
  return view.type === 'question' ? questionScreen(view, nav, lang) : outcomeScreen(view, nav, lang);
}

function questionScreen(view: QuestionView, nav: Navigation, lang: Lang): Screen {
  const blocks: Block[] = [
    context(`*${esc(view.title)}* · ${esc(view.progress.text)}`),
    ...textSections(undefined, view.text),
  ];
  if (view.help) blocks.push(context(`ℹ️ ${esc(view.help)}`));
  blocks.push(...actions(view.options.map((o, i) => button(`${ACTIONS.go}.option.${o.id}`, o.label, nav.options[i] ?? nav.restart))));
  blocks.push(...answeredBlocks(view.answered, nav, lang));
  blocks.push(...actions(navigationButtons(nav, lang, view.answered.length > 0)));
  return { text: clip(`${view.title}: ${view.text}`, LIMITS.notificationText), blocks };
}

function outcomeScreen(view: OutcomeView, nav: Navigation, lang: Lang): Screen {
  return withinBudget((routes) => ({
    text: outcomeText(view),
    blocks: [
      ...explanationBlocks(view, lang, routes, true),
      ...(view.letter ? letterBlocks(view.letter, lang) : []),
      context(esc(view.reviewed), esc(msg((m) => m.disclaimer, lang))),
      ...answeredBlocks(view.answered, nav, lang),
      ...actions([button(ACTIONS.share, msg((m) => m.slack.share, lang), nav.current, 'primary'), ...navigationButtons(nav, lang, true)]),
    ],
  }));
}

/** How much of each escalation route to show: everything, when to go there, or just who (with the link). */
type RouteDetail = 'full' | 'when' | 'name';
const ROUTE_DETAIL: readonly RouteDetail[] = ['full', 'when', 'name'];

/** The fullest version that fits Slack's per-message text budget; routes give way first, as their links hold the rest. */
function withinBudget(build: (routes: RouteDetail) => Screen): Screen {
  let screen = build('full');
  for (const detail of ROUTE_DETAIL.slice(1)) {
    if (textLength(screen.blocks) <= LIMITS.messageText) break;
    screen = build(detail);
  }
  return screen;
}

/**
 * The explanation of an outcome. Shared with others it holds nothing that comes from the person's answers:
 * no checklist of what they said is missing (`personal` adds it), and no letter (it is filled in with them).
 */
function explanationBlocks(view: OutcomeView, lang: Lang, routes: RouteDetail, personal: boolean): Block[] {
  const blocks: Block[] = [header(view.title), section(`${view.verdict.marker} *${esc(view.verdict.label)}*\n${esc(view.summary)}`)];
  blocks.push(...textSections(msg((m) => m.why, lang), view.reasoning));
  if (personal && view.gaps) blocks.push(...listSections(view.gaps.heading, view.gaps.items.map((g) => `☐ ${esc(g)}`)));
  if (view.conditions) blocks.push(...listSections(view.conditions.heading, view.conditions.items.map((c) => bullet(esc(c)))));
  blocks.push(...listSections(msg((m) => m.actions, lang), view.actions.map((a) => bullet(esc(a)))));
  const note = (c: Citation) => (c.note ? `\n   _${esc(c.note)}_` : '');
  if (view.grounds.length) blocks.push(...listSections(msg((m) => m.grounds, lang), view.grounds.map((g) => bullet(`${link(g.url, g.citation)}: ${esc(g.title)}${note(g)}`))));
  if (view.rulings.length) blocks.push(...listSections(msg((m) => m.rulings, lang), view.rulings.map((r) => bullet(`${link(r.url, r.citation)} (${esc(r.title)})${note(r)}`))));
  if (view.routes.length) blocks.push(...listSections(msg((m) => m.routes, lang), view.routes.map((r) => routeItem(r, routes))));
  return blocks;
}

function routeItem(r: RouteView, detail: RouteDetail): string {
  const about = detail === 'full' ? `${r.when} ${r.how}` : detail === 'when' ? r.when : '';
  const lines = [`*${esc(r.name)}*`, r.local && esc(r.local), about && esc(about), r.url && link(r.url, new URL(r.url).hostname.replace(/^www\./, ''))];
  return bullet(lines.filter(Boolean).join('\n   '));
}

function letterBlocks(letter: NonNullable<OutcomeView['letter']>, lang: Lang): Block[] {
  const fence = '```';
  return [section(`*${esc(msg((m) => m.letter, lang))}: ${esc(letter.title)}*`), section(`${fence}${clip(esc(letter.body), LIMITS.sectionText - 2 * fence.length)}${fence}`)];
}

const outcomeText = (view: OutcomeView) => clip(`${view.verdict.marker} ${view.verdict.label}: ${view.summary}`, LIMITS.notificationText);

/** The answers so far, one compact row each with a button to go back and change it. */
function answeredBlocks(answered: AnsweredView[], nav: Navigation, lang: Lang): Block[] {
  if (answered.length === 0) return [];
  const row = (a: AnsweredView) =>
    section(`${a.index + 1}. ${esc(clip(a.question, ANSWER_QUESTION_CHARS))}\n→ *${esc(a.answer)}*`, button(`${ACTIONS.go}.answer.${a.index}`, msg((m) => m.slack.change, lang), nav.answered[a.index] ?? nav.restart));
  // Very long paths keep the message within 50 blocks: the earliest answers are summed up in one line.
  const hidden = answered.slice(0, Math.max(0, answered.length - MAX_ANSWER_ROWS));
  const shown = answered.slice(hidden.length);
  return [
    divider,
    context(`*${esc(msg((m) => m.yourAnswers, lang))}*`),
    ...(hidden.length ? [context(esc(hidden.map((a) => `${a.index + 1}. ${a.answer}`).join(' · ')))] : []),
    ...shown.map(row),
  ];
}

function navigationButtons(nav: Navigation, lang: Lang, started: boolean): Button[] {
  const buttons: Button[] = [];
  if (nav.back) buttons.push(button(`${ACTIONS.go}.back`, `← ${msg((m) => m.slack.back, lang)}`, nav.back));
  if (started) buttons.push(button(`${ACTIONS.go}.restart`, `↺ ${msg((m) => m.slack.restart, lang)}`, nav.restart));
  buttons.push(button(ACTIONS.menu, msg((m) => m.slack.otherTopic, lang), lang));
  return buttons;
}

// ---- sharing -------------------------------------------------------------------------------------

/** The explanation as posted to a colleague or channel: no answers, no letter, no buttons. */
export function sharedScreen(view: OutcomeView, sharer: string, lang: Lang): Screen {
  return withinBudget((routes) => ({
    text: outcomeText(view),
    blocks: [
      context(msg((m) => m.slack.sharedBy, lang, { user: sharer })),
      ...explanationBlocks(view, lang, routes, false),
      context(esc(view.reviewed), esc(msg((m) => m.disclaimer, lang))),
    ],
  }));
}

export function shareModal(view: OutcomeView, state: string, lang: Lang): ModalView {
  const select = (kind: keyof typeof SHARE_INPUT, label: string, element: Omit<SelectInput, 'action_id'>): Block => ({
    type: 'input',
    block_id: SHARE_INPUT[kind].block,
    optional: true,
    label: plain(label, 2000),
    element: { ...element, action_id: SHARE_INPUT[kind].action },
  });
  return {
    ...modalFrame(CALLBACKS.share, msg((m) => m.slack.share, lang), lang),
    submit: plain(msg((m) => m.slack.shareSubmit, lang), LIMITS.modalTitle),
    close: plain(msg((m) => m.slack.cancel, lang), LIMITS.modalTitle),
    private_metadata: state,
    blocks: [
      section(msg((m) => m.slack.shareIntro, lang, { title: esc(view.title) })),
      select('colleague', msg((m) => m.slack.shareColleague, lang), { type: 'users_select' }),
      select('channel', msg((m) => m.slack.shareChannel, lang), { type: 'conversations_select', filter: { include: ['public', 'private'], exclude_bot_users: true } }),
    ],
  };
}

// ---- menus, notices and surfaces -----------------------------------------------------------------

const startButton = (topic: Topic, lang: Lang, label?: string) => button(`${ACTIONS.go}.start.${topic.flow}`, label ?? msg((m) => m.slack.start, lang), topic.start);

const topicRow = (topic: Topic, lang: Lang) => section(`*${esc(topic.title)}*\n${esc(topic.description)}`, startButton(topic, lang));

/** All topics, grouped by audience: a heading and a row of buttons per group, to stay compact in a message. */
export function menuScreen(groups: TopicGroup[], lang: Lang, intro: string = msg((m) => m.slack.menuIntro, lang)): Screen {
  const blocks: Block[] = [section(esc(intro))];
  for (const group of groups) {
    if (group.topics.length === 0) continue;
    blocks.push(context(`*${esc(group.label)}*`), ...actions(group.topics.map((topic) => startButton(topic, lang, topic.title))));
  }
  blocks.push(...actions([button(ACTIONS.lang, lang === 'nl' ? 'English' : 'Nederlands', lang === 'nl' ? 'en' : 'nl')]));
  return { text: clip(intro, LIMITS.notificationText), blocks };
}

/** A list of topics under an intro, each with its description and a Start button, then a way to all topics. */
export function topicListScreen(intro: string, topics: Topic[], lang: Lang): Screen {
  return {
    text: clip(intro, LIMITS.notificationText),
    blocks: [section(esc(intro)), ...topics.map((topic) => topicRow(topic, lang)), ...actions([button(ACTIONS.menu, msg((m) => m.allTopics, lang), lang)])],
  };
}

/** A short message with optional buttons: help, privacy, state problems, Slack trouble. */
export function noticeScreen(text: string, buttons: Button[] = []): Screen {
  return { text: clip(text.replace(/[*_`]/g, ''), LIMITS.notificationText), blocks: [section(text), ...actions(buttons)] };
}

/** Adds the invitation to continue in a direct message (after an @mention in a channel). */
export function withDmInvite(screen: Screen, dmUrl: string, lang: Lang): Screen {
  return {
    text: screen.text,
    blocks: [
      context(esc(msg((m) => m.slack.onlyYou, lang))),
      ...screen.blocks,
      divider,
      section(esc(msg((m) => m.slack.dmInvite, lang)), { ...button(ACTIONS.link, msg((m) => m.slack.openDm, lang), 'dm'), url: dmUrl }),
    ],
  };
}

function modalFrame(callbackId: string, title: string, lang: Lang): Omit<ModalView, 'blocks'> {
  return { type: 'modal', callback_id: callbackId, title: plain(title, LIMITS.modalTitle), close: plain(msg((m) => m.slack.close, lang), LIMITS.modalTitle) };
}

/** Any screen as a modal (the guided flow from Home or a shortcut, topic lists). */
export function screenModal(screen: Screen, lang: Lang): ModalView {
  return { ...modalFrame(CALLBACKS.guide, 'monitorwijzer', lang), blocks: screen.blocks };
}

export interface HomeContent {
  lang: Lang;
  audiences: { key: string; label: string }[];
  topics: Topic[];
}

/** The App Home tab: what this is and is not, start by audience, all topics, privacy, language. */
export function homeView({ lang, audiences, topics }: HomeContent): HomeView {
  const languages = (['nl', 'en'] as const).map((l) => button(`${ACTIONS.lang}.${l}`, l === 'nl' ? 'Nederlands' : 'English', l, l === lang ? 'primary' : undefined));
  return {
    type: 'home',
    private_metadata: JSON.stringify({ lang }),
    blocks: [
      header('monitorwijzer'),
      section(esc(msg((m) => m.slack.intro, lang))),
      context(esc(msg((m) => m.slack.notAdvice, lang))),
      section(`*${esc(msg((m) => m.slack.startByAudience, lang))}*`),
      ...actions(audiences.map((a) => button(`${ACTIONS.audience}.${a.key}`, a.label, `${lang}:${a.key}`))),
      divider,
      section(`*${esc(msg((m) => m.allTopics, lang))}*`),
      ...topics.map((topic) => topicRow(topic, lang)),
      divider,
      section(msg((m) => m.slack.privacy, lang)),
      divider,
      section(msg((m) => m.slack.help, lang)),
      context(`*${esc(msg((m) => m.slack.language, lang))}*`),
      ...actions(languages),
    ],
  };
}
