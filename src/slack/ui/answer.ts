import type { AnsweredView, Citation, OutcomeView, PracticeView, RouteView } from '../../guide/view.js';
import type { Lang } from '../../knowledge/schema.js';
import { common, slack } from '../../messages/index.js';
import {
  actions,
  type Block,
  bullet,
  button,
  clip,
  context,
  esc,
  header,
  LIMITS,
  link,
  listSections,
  type ModalView,
  plain,
  type Screen,
  type SelectInput,
  section,
  textLength,
  textSections,
} from './block-kit.js';
import { modalFrame, type Navigation, navigationButtons } from './blocks.js';
import { ACTIONS, CALLBACKS, detailsAction, SHARE_INPUT } from './ids.js';

/**
 * An answer in Slack, to take in at a glance: the verdict and the summary for the asker, at most three things to do
 * now, where to go first, the sources as one line of links. The reasons, every source, every route and the letter
 * are one tap away, in a modal built from the same view.
 */

/** What the answer message may hold: people read the first lines and act; Slack folds longer messages. */
export const ANSWER_BUDGET = { blocks: 10, text: 3000 } as const;
const FIRST_ACTIONS = 3;
const FIRST_ROUTES = 2;
/**
 * How much of each item to show, fullest first: where the message is over budget its items are cut, then its lists
 * shortened, until it fits; what is left out is in the details, one tap away.
 */
const FITS: readonly { chars: number; items: number }[] = [
  { chars: Infinity, items: Infinity },
  { chars: 240, items: Infinity },
  { chars: 140, items: 6 },
  { chars: 80, items: 4 },
];

/** The details behind an answer, each in its own modal. */
export type Details = 'why' | 'routes' | 'letter';

export function answerScreen(view: OutcomeView, nav: Navigation, lang: Lang): Screen {
  let blocks: Block[] = [];
  for (const fit of FITS) {
    blocks = answerBlocks(view, nav, lang, fit);
    if (textLength(blocks) <= ANSWER_BUDGET.text) break;
  }
  return { text: notification(view), blocks };
}

/** At most `max` items, the rest counted: "… en nog 3 in de details". */
const firstOf = (items: string[], max: number, lang: Lang) =>
  items.length <= max
    ? items
    : [...items.slice(0, max), `… ${slack.moreInDetails(lang, { count: items.length - max })}`];

function answerBlocks(view: OutcomeView, nav: Navigation, lang: Lang, fit: (typeof FITS)[number]): Block[] {
  const item = (text: string) => esc(clip(text, fit.chars));
  const list = (items: string[]) => firstOf(items, fit.items, lang);
  const blocks: Block[] = [context(`*${esc(view.title)}*`), verdictBlock(view, fit.chars)];
  if (view.practices) {
    blocks.push(section(headed(common.practices(lang), list(view.practices.map((p) => practiceLine(p, fit.chars))))));
  }
  if (view.open) {
    blocks.push(
      section(
        headed(view.open.heading, list(view.open.items.map((o) => bullet(`${item(o.question)} ${item(o.findOut)}`)))),
      ),
    );
  }
  if (view.gaps) blocks.push(section(headed(view.gaps.heading, list(view.gaps.items.map((g) => `☐ ${item(g)}`)))));
  blocks.push(
    section(
      headed(
        common.actions(lang),
        view.actions.slice(0, FIRST_ACTIONS).map((a) => bullet(item(a))),
      ),
    ),
  );
  const first = view.routes.slice(0, FIRST_ROUTES).map((r) => bullet(firstRoute(r, fit.chars)));
  if (first.length) blocks.push(section(headed(common.goFirst(lang), first)));
  blocks.push(citationLine(view, lang, fit.items));
  blocks.push(
    context(
      esc(common.askingAs(lang, { asker: view.asker.label })),
      esc(view.reviewed),
      esc(common.disclaimer(lang)),
      ...(view.helpSite ? [link(view.helpSite.url, view.helpSite.label)] : []),
    ),
  );
  const buttons = [
    ...detailButtons(view, nav.current, lang),
    button(ACTIONS.share, slack.share(lang), nav.current, 'primary'),
  ];
  blocks.push(...actions([...buttons, ...navigationButtons(nav, lang, true)]));
  return blocks;
}

const headed = (heading: string, lines: string[]) => [`*${esc(heading)}*`, ...lines].join('\n');

function verdictBlock(view: OutcomeView, chars: number): Block {
  return section(
    `${view.verdict.marker} *${esc(view.verdict.label)}*\n${esc(clip(view.summary, Math.max(chars, 300)))}`,
  );
}

const practiceLine = (p: PracticeView, chars: number) =>
  bullet(`*${esc(p.label)}*: ${p.verdict.marker} ${esc(p.verdict.label)}. ${esc(clip(p.summary, chars))}`);

/** A route to go to first: who, why for this answer, and the organisation's own contact. */
function firstRoute(r: RouteView, chars: number): string {
  const why = r.why ?? r.when;
  const lines = [`*${esc(r.name)}*: ${esc(clip(why, chars))}`, r.local && esc(r.local)];
  return lines.filter(Boolean).join('\n   ');
}

/**
 * "AVG art. 9 · UAVG art. 29 · ECLI:NL:RBAMS:2019:6005", each a link to the official text; where the answer must be
 * shortened, the first few and a count of the rest (every source is in the details).
 */
function citationLine(view: OutcomeView, lang: Lang, max = Infinity): Block {
  const citations = [...view.grounds, ...view.rulings].map((c) => link(c.url, c.citation));
  let shown = Math.min(max, citations.length);
  // A link cut in half is broken: drop whole citations until the line fits Slack's limit.
  while (shown > 1 && firstOf(citations, shown, lang).join(' · ').length > LIMITS.sectionText) shown--;
  return context(firstOf(citations, shown, lang).join(' · '));
}

function detailButtons(view: OutcomeView, state: string, lang: Lang) {
  return [
    button(detailsAction('why'), common.detailsWhy(lang), state),
    button(detailsAction('routes'), common.detailsRoutes(lang), state),
    ...(view.letter ? [button(detailsAction('letter'), common.detailsLetter(lang), state)] : []),
  ];
}

const notification = (view: OutcomeView) =>
  clip(`${view.verdict.marker} ${view.verdict.label}: ${view.summary}`, LIMITS.notificationText);

// ---- the details, one tap away -----------------------------------------------------------------------------------

const note = (c: Citation) => (c.note ? `\n   _${esc(c.note)}_` : '');

/** A modal with one part of the details: the reasons and every source, every route, or the letter. */
export function detailsModal(view: OutcomeView, details: Details, lang: Lang): ModalView {
  const blocks =
    details === 'why'
      ? whyBlocks(view, lang)
      : details === 'routes'
        ? routeBlocks(view, lang)
        : letterBlocks(view, lang);
  const title = { why: common.detailsWhy, routes: common.detailsRoutes, letter: common.detailsLetter }[details](lang);
  return { ...modalFrame(CALLBACKS.details, title, lang), blocks };
}

function whyBlocks(view: OutcomeView, lang: Lang): Block[] {
  const blocks: Block[] = [
    header(view.title),
    section(`${view.verdict.marker} *${esc(view.verdict.label)}*\n${esc(view.summary)}`),
  ];
  if (view.practices)
    blocks.push(
      ...listSections(
        common.practices(lang),
        view.practices.map((p) => practiceDetail(p)),
      ),
    );
  blocks.push(...textSections(common.why(lang), view.reasoning));
  if (view.conditions)
    blocks.push(
      ...listSections(
        view.conditions.heading,
        view.conditions.items.map((c) => bullet(esc(c))),
      ),
    );
  if (view.open)
    blocks.push(
      ...listSections(
        view.open.heading,
        view.open.items.map((o) => bullet(`${esc(o.question)}\n   ${esc(o.findOut)}`)),
      ),
    );
  if (view.gaps)
    blocks.push(
      ...listSections(
        view.gaps.heading,
        view.gaps.items.map((g) => `☐ ${esc(g)}`),
      ),
    );
  blocks.push(
    ...listSections(
      common.actions(lang),
      view.actions.map((a) => bullet(esc(a))),
    ),
  );
  if (view.grounds.length) {
    blocks.push(
      ...listSections(
        common.grounds(lang),
        view.grounds.map((g) => bullet(`${link(g.url, g.citation)}: ${esc(g.title)}${note(g)}`)),
      ),
    );
  }
  if (view.rulings.length) {
    blocks.push(
      ...listSections(
        common.rulings(lang),
        view.rulings.map((r) => bullet(`${link(r.url, r.citation)} (${esc(r.title)})${note(r)}`)),
      ),
    );
  }
  if (view.answered.length)
    blocks.push(...listSections(common.yourAnswers(lang), view.answered.map(answeredLine(lang))));
  blocks.push(context(esc(view.reviewed), esc(common.disclaimer(lang))));
  return blocks;
}

function practiceDetail(p: PracticeView): string {
  const citations = p.citations.map((c) => link(c.url, c.citation)).join(' · ');
  return bullet(
    `*${esc(p.label)}*: ${p.verdict.marker} ${esc(p.verdict.label)}. ${esc(p.summary)}${citations ? `\n   ${citations}` : ''}`,
  );
}

const answeredLine = (lang: Lang) => (a: AnsweredView) =>
  `${a.index + 1}. ${esc(a.question)} → ${a.fromQuestion ? `_${esc(common.fromQuestion(lang))}:_ ` : ''}*${esc(a.answer)}*`;

function routeBlocks(view: OutcomeView, lang: Lang): Block[] {
  const route = (r: RouteView) => {
    const lines = [
      `*${esc(r.name)}*`,
      r.why && `_${esc(r.why)}_`,
      r.local && esc(r.local),
      esc(r.purpose),
      esc(`${r.when} ${r.how}`),
      r.url && link(r.url, new URL(r.url).hostname.replace(/^www\./, '')),
    ];
    return bullet(lines.filter(Boolean).join('\n   '));
  };
  return [header(view.title), ...listSections(common.routes(lang), view.routes.map(route))];
}

function letterBlocks(view: OutcomeView, lang: Lang): Block[] {
  if (!view.letter) return [section(esc(common.noLetter(lang)))];
  const fence = '```';
  return [
    section(`*${esc(common.letter(lang))}: ${esc(view.letter.title)}*`),
    section(`${fence}${clip(esc(view.letter.body), LIMITS.sectionText - 2 * fence.length)}${fence}`),
    context(esc(slack.letterCopy(lang))),
  ];
}

// ---- sharing -----------------------------------------------------------------------------------------------------

/**
 * The explanation as posted to a colleague or channel: the short answer and its sources, nothing that comes from the
 * sharer's answers (no checklist of what they said is missing, no letter) and no buttons.
 */
export function sharedScreen(view: OutcomeView, sharer: string, lang: Lang, detailsUrl?: string): Screen {
  const blocks: Block[] = [
    context(slack.sharedBy(lang, { user: sharer })),
    context(`*${esc(view.title)}*`),
    verdictBlock(view, Infinity),
  ];
  if (view.practices)
    blocks.push(
      section(
        headed(
          common.practices(lang),
          view.practices.map((p) => practiceLine(p, Infinity)),
        ),
      ),
    );
  blocks.push(citationLine(view, lang));
  if (detailsUrl) blocks.push(section(link(detailsUrl, slack.sharedDetails(lang))));
  blocks.push(context(esc(view.reviewed), esc(common.disclaimer(lang))));
  return { text: notification(view), blocks };
}

/** The modal to share an explanation: a colleague or a channel. */
export function shareModal(view: OutcomeView, state: string, lang: Lang): ModalView {
  const select = (kind: keyof typeof SHARE_INPUT, label: string, element: Omit<SelectInput, 'action_id'>): Block => ({
    type: 'input',
    block_id: SHARE_INPUT[kind].block,
    optional: true,
    label: plain(label, 2000),
    element: { ...element, action_id: SHARE_INPUT[kind].action },
  });
  return {
    ...modalFrame(CALLBACKS.share, slack.share(lang), lang),
    submit: plain(slack.shareSubmit(lang), LIMITS.modalTitle),
    close: plain(slack.cancel(lang), LIMITS.modalTitle),
    private_metadata: state,
    blocks: [
      section(slack.shareIntro(lang, { title: esc(view.title) })),
      select('colleague', slack.shareColleague(lang), { type: 'users_select' }),
      select('channel', slack.shareChannel(lang), {
        type: 'conversations_select',
        filter: { include: ['public', 'private'], exclude_bot_users: true },
      }),
    ],
  };
}
