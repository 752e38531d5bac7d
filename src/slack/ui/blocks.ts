import type { AnsweredView, AskerStepView, AskerView, QuestionView, TopicView } from '../../guide/view.js';
import { LANGS, type Lang } from '../../knowledge/schema.js';
import { common, slack } from '../../messages/index.js';
import {
  actions,
  type Block,
  type Button,
  button,
  checkboxes,
  clip,
  context,
  divider,
  esc,
  type HomeView,
  header,
  LIMITS,
  type ModalView,
  plain,
  type Screen,
  section,
  textSections,
} from './block-kit.js';
import { ACTIONS, askerValue, CALLBACKS, goAction, LINK_VALUE, langValue, tickBlock } from './ids.js';

/** Block Kit for Slack, built from the guide's views: the guided steps, sharing, menus, Home and modals. */

/** Encoded conversation states for every button on a step (see guide/state.ts); built by the caller. */
export interface Navigation {
  /** The state this step is at (for sharing an outcome, and for "Verder" under checkboxes). */
  current: string;
  /** One per `view.options` of a single-choice question, or per asker on the asker step, in the same order. */
  options: string[];
  /** "Weet ik niet", where the question offers it. */
  unknown?: string;
  /** One per `view.answered`: going back to that question. */
  answered: string[];
  /** Asking as someone else. */
  changeAsker?: string;
  back?: string;
  restart: string;
}

/** A topic as listed in menus, with the state that starts it. */
export interface Topic extends TopicView {
  start: string;
}

const MAX_ANSWER_ROWS = 12;
const ANSWER_QUESTION_CHARS = 140;

// ---- guided steps --------------------------------------------------------------------------------

/** A step before the answer: who is asking, or a question. The answer itself is in answer.ts. */
export function stepScreen(view: AskerStepView | QuestionView, nav: Navigation, lang: Lang, notice?: string): Screen {
  return view.type === 'asker' ? askerScreen(view, nav, lang) : questionScreen(view, nav, lang, notice);
}

function askerScreen(view: AskerStepView, nav: Navigation, lang: Lang): Screen {
  return {
    text: clip(`${view.title}: ${view.text}`, LIMITS.notificationText),
    blocks: [
      context(`*${esc(view.title)}*`),
      section(esc(view.text)),
      ...actions(view.askers.map((a, i) => button(goAction('asker', a.id), a.label, nav.options[i] ?? nav.restart))),
      ...actions(navigationButtons(nav, lang, false)),
    ],
  };
}

function questionScreen(view: QuestionView, nav: Navigation, lang: Lang, notice?: string): Screen {
  const blocks: Block[] = [
    context(`*${esc(view.title)}* · ${esc(view.progress.text)}`),
    ...textSections(undefined, view.text),
  ];
  if (view.help) blocks.push(context(`ℹ️ ${esc(view.help)}`));
  if (notice) blocks.push(context(`⚠️ ${esc(notice)}`));
  const unknown = view.unknown && nav.unknown ? [button(goAction('unknown'), view.unknown.label, nav.unknown)] : [];
  if (view.kind === 'multiple') {
    blocks.push(context(esc(common.severalAnswers(lang))));
    blocks.push({
      type: 'actions',
      block_id: tickBlock(nav.current),
      elements: [checkboxes(ACTIONS.tick, view.options)],
    });
    blocks.push(...actions([button(ACTIONS.pick, `${common.continue(lang)} →`, nav.current, 'primary'), ...unknown]));
  } else {
    const options = view.options.map((o, i) =>
      button(goAction('option', o.id), o.label, nav.options[i] ?? nav.restart),
    );
    blocks.push(...actions([...options, ...unknown]));
  }
  blocks.push(...askerBlocks(view, nav, lang));
  blocks.push(...answeredBlocks(view.answered, nav, lang));
  blocks.push(...actions(navigationButtons(nav, lang, view.answered.length > 0)));
  return { text: clip(`${view.title}: ${view.text}`, LIMITS.notificationText), blocks };
}

/** "Je vraagt als: werknemer", with a way to ask as someone else when the flow serves others too. */
function askerBlocks(view: QuestionView, nav: Navigation, lang: Lang): Block[] {
  const line = esc(common.askingAs(lang, { asker: view.asker.label }));
  if (!view.asker.changeable || !nav.changeAsker) return [context(line)];
  return [section(line, button(goAction('change-asker'), common.change(lang), nav.changeAsker))];
}

/** The answers so far, one compact row each with a button to go back and change it. */
function answeredBlocks(answered: AnsweredView[], nav: Navigation, lang: Lang): Block[] {
  if (answered.length === 0) return [];
  const row = (a: AnsweredView) => {
    const from = a.fromQuestion ? `_${esc(common.fromQuestion(lang))}:_ ` : '';
    return section(
      `${a.index + 1}. ${esc(clip(a.question, ANSWER_QUESTION_CHARS))}\n→ ${from}*${esc(a.answer)}*`,
      button(goAction('answer', a.index), common.change(lang), nav.answered[a.index] ?? nav.restart),
    );
  };
  // Very long paths keep the message within 50 blocks: the earliest answers are summed up in one line.
  const hidden = answered.slice(0, Math.max(0, answered.length - MAX_ANSWER_ROWS));
  const shown = answered.slice(hidden.length);
  return [
    divider,
    context(`*${esc(common.yourAnswers(lang))}*`),
    ...(hidden.length ? [context(esc(hidden.map((a) => `${a.index + 1}. ${a.answer}`).join(' · ')))] : []),
    ...shown.map(row),
  ];
}

export function navigationButtons(nav: Navigation, lang: Lang, started: boolean): Button[] {
  const buttons: Button[] = [];
  if (nav.back) buttons.push(button(goAction('back'), `← ${slack.back(lang)}`, nav.back));
  if (started) buttons.push(button(goAction('restart'), `↺ ${slack.restart(lang)}`, nav.restart));
  buttons.push(button(ACTIONS.menu, slack.otherTopic(lang), langValue(lang)));
  return buttons;
}

// ---- menus, notices and surfaces -----------------------------------------------------------------

const startButton = (topic: Topic, lang: Lang, label?: string) =>
  button(goAction('start', topic.flow), label ?? slack.start(lang), topic.start);

const topicRow = (topic: Topic, lang: Lang) =>
  section(`*${esc(topic.title)}*\n${esc(topic.description)}`, startButton(topic, lang));

/** The topic menu: start by who you are, or pick any topic (its first question is then who is asking). */
export function menuScreen(
  topics: Topic[],
  askers: AskerView[],
  lang: Lang,
  intro: string = slack.menuIntro(lang),
): Screen {
  return {
    text: clip(intro, LIMITS.notificationText),
    blocks: [
      section(esc(intro)),
      context(`*${esc(slack.startByAsker(lang))}*`),
      ...actions(askerButtons(askers, lang)),
      context(`*${esc(common.allTopics(lang))}*`),
      ...actions(topics.map((topic) => startButton(topic, lang, topic.title))),
      ...actions([
        button(ACTIONS.lang, lang === 'nl' ? 'English' : 'Nederlands', langValue(lang === 'nl' ? 'en' : 'nl')),
      ]),
    ],
  };
}

const askerButtons = (askers: AskerView[], lang: Lang) =>
  askers.map((a) => button(`${ACTIONS.asker}.${a.id}`, a.label, askerValue(lang, a.id)));

/** A list of topics under an intro, each with its description and a Start button, then a way to all topics. */
export function topicListScreen(intro: string, topics: Topic[], lang: Lang): Screen {
  return {
    text: clip(intro, LIMITS.notificationText),
    blocks: [
      section(esc(intro)),
      ...topics.map((topic) => topicRow(topic, lang)),
      ...actions([button(ACTIONS.menu, common.allTopics(lang), langValue(lang))]),
    ],
  };
}

/** A short message with optional buttons: help, privacy, state problems, Slack trouble. */
export function noticeScreen(text: string, buttons: Button[] = []): Screen {
  return {
    text: clip(text.replace(/[*_`]/g, ''), LIMITS.notificationText),
    blocks: [section(text), ...actions(buttons)],
  };
}

/** Adds the invitation to continue in a direct message (after an @mention in a channel). */
export function withDmInvite(screen: Screen, dmUrl: string, lang: Lang): Screen {
  return {
    text: screen.text,
    blocks: [
      context(esc(slack.onlyYou(lang))),
      ...screen.blocks,
      divider,
      section(esc(slack.dmInvite(lang)), { ...button(ACTIONS.link, slack.openDm(lang), LINK_VALUE), url: dmUrl }),
    ],
  };
}

export function modalFrame(callbackId: string, title: string, lang: Lang): Omit<ModalView, 'blocks'> {
  return {
    type: 'modal',
    callback_id: callbackId,
    title: plain(title, LIMITS.modalTitle),
    close: plain(slack.close(lang), LIMITS.modalTitle),
  };
}

/** Any screen as a modal (the guided flow from Home or a shortcut, topic lists). */
export function screenModal(screen: Screen, lang: Lang): ModalView {
  return { ...modalFrame(CALLBACKS.guide, 'monitorwijzer', lang), blocks: screen.blocks };
}

export interface HomeContent {
  lang: Lang;
  askers: AskerView[];
  topics: Topic[];
  /** The button to the workspace's settings, for those who may change them. */
  settings?: boolean;
  /** The button to the year overview, for those who may read the counts. */
  counts?: boolean;
  /** Whether the workspace counts topics, which the privacy notice says. */
  counting?: boolean;
}

/** The privacy notice, with what the workspace counts. */
export const privacyNotice = (lang: Lang, counting: boolean): string =>
  `${slack.privacy(lang)}\n${(counting ? slack.privacyCounting : slack.privacyNotCounting)(lang)}`;

/** The App Home tab: what this is and is not, start by who you are, all topics, privacy, language. */
export function homeView({ lang, askers, topics, settings, counts, counting = false }: HomeContent): HomeView {
  const languages = LANGS.map((l) =>
    button(
      `${ACTIONS.lang}.${l}`,
      l === 'nl' ? 'Nederlands' : 'English',
      langValue(l),
      l === lang ? 'primary' : undefined,
    ),
  );
  return {
    type: 'home',
    private_metadata: JSON.stringify({ lang }),
    blocks: [
      header('monitorwijzer'),
      section(esc(slack.intro(lang))),
      context(esc(slack.notAdvice(lang))),
      section(`*${esc(slack.startByAsker(lang))}*`),
      ...actions(askerButtons(askers, lang)),
      divider,
      section(`*${esc(common.allTopics(lang))}*`),
      ...topics.map((topic) => topicRow(topic, lang)),
      divider,
      section(privacyNotice(lang, counting)),
      divider,
      section(slack.help(lang)),
      context(`*${esc(slack.language(lang))}*`),
      ...actions(languages),
      ...(settings
        ? [
            divider,
            section(slack.settings.home(lang), button(ACTIONS.settings, slack.settings.button(lang), langValue(lang))),
          ]
        : []),
      ...(counts
        ? [
            divider,
            section(slack.counts.home(lang), button(ACTIONS.counts, slack.counts.button(lang), langValue(lang))),
          ]
        : []),
    ],
  };
}
