import { figuresCsv, figureText, type QuarterFigures, type TopicFigures } from '../../counts/figures.js';
import type { Shown } from '../../counts/suppress.js';
import type { Guide } from '../../guide/guide.js';
import { type Lang, Verdict } from '../../knowledge/schema.js';
import { common, slack } from '../../messages/index.js';
import { actions, button, context, esc, header, LIMITS, type ModalView, section } from './block-kit.js';
import { modalFrame } from './blocks.js';
import { ACTIONS, CALLBACKS, yearValue } from './ids.js';

/**
 * "Jaaroverzicht": a year's suppressed counts (counts/figures.ts) per quarter, as monospaced tables with text
 * bars, and the same figures as CSV in a modal of their own. Only suppressed figures ever reach these.
 */

const TOPIC_WIDTH = 22;
const FIGURE_WIDTH = 6;
const BAR_WIDTH = 16;

const pad = (text: string, width: number) => text.slice(0, width).padEnd(width);
const right = (text: string, width: number) => text.padStart(width);

export const topicTitle = (guide: Guide, lang: Lang) => (topic: string) =>
  guide.kb.flows.get(topic)?.flow.title[lang] ?? topic;

/** A bar as long as the figure is against the largest shown; none for a figure that is not shown. */
function bar(shown: Shown, largest: number): string {
  if (shown.kind !== 'number' || largest === 0) return '';
  return '█'.repeat(Math.max(1, Math.round((shown.n / largest) * BAR_WIDTH)));
}

function startedTable(q: QuarterFigures, title: (topic: string) => string, lang: Lang): string {
  const largest = Math.max(0, ...q.topics.map((t) => (t.started.kind === 'number' ? t.started.n : 0)));
  const row = (name: string, f: Omit<TopicFigures, 'topic'>, withBar: boolean) =>
    `${pad(name, TOPIC_WIDTH)}${right(figureText(f.started), FIGURE_WIDTH)} ${withBar ? bar(f.started, largest) : ''}`.trimEnd();
  return [
    `${pad(slack.counts.topic(lang), TOPIC_WIDTH)}${right(slack.counts.started(lang), FIGURE_WIDTH + 2)}`,
    ...q.topics.map((t) => row(title(t.topic), t, true)),
    row(slack.counts.total(lang), q.totals, false),
  ].join('\n');
}

function outcomesTable(q: QuarterFigures, title: (topic: string) => string, lang: Lang): string {
  const heads = [slack.counts.short.answered(lang), ...Verdict.options.map((v) => slack.counts.short[v](lang))];
  const row = (name: string, f: Omit<TopicFigures, 'topic'>) =>
    pad(name, TOPIC_WIDTH) + [f.answered, ...f.verdicts].map((s) => right(figureText(s), FIGURE_WIDTH)).join('');
  return [
    pad(slack.counts.topic(lang), TOPIC_WIDTH) + heads.map((h) => right(h, FIGURE_WIDTH)).join(''),
    ...q.topics.map((t) => row(title(t.topic), t)),
    row(slack.counts.total(lang), q.totals),
  ].join('\n');
}

const code = (text: string) => `\`\`\`${esc(text)}\`\`\``;

function quarterBlocks(q: QuarterFigures, title: (topic: string) => string, lang: Lang) {
  const [year, number] = q.quarter.split('Q') as [string, string];
  const heading = `*${esc(slack.counts.quarter(lang, { year, q: number }))}*`;
  if (q.open) return [section(`${heading}\n${esc(slack.counts.open(lang))}`)];
  if (q.topics.length === 0) return [section(`${heading}\n${esc(slack.counts.none(lang))}`)];
  return [
    section(`${heading} · ${esc(slack.counts.conversations(lang))}\n${code(startedTable(q, title, lang))}`),
    section(`*${esc(slack.counts.outcomes(lang))}*\n${code(outcomesTable(q, title, lang))}`),
  ];
}

export interface Overview {
  year: number;
  quarters: QuarterFigures[];
  counting: boolean;
  /** The years one may move to. */
  years: { previous?: number; next?: number };
}

export function overviewModal(guide: Guide, overview: Overview, lang: Lang): ModalView {
  const title = topicTitle(guide, lang);
  const { year, years } = overview;
  const moves = [
    ...(years.previous
      ? [
          button(
            `${ACTIONS.counts}.previous`,
            slack.counts.previous(lang, { year: years.previous }),
            yearValue(lang, years.previous),
          ),
        ]
      : []),
    ...(years.next
      ? [button(`${ACTIONS.counts}.next`, slack.counts.next(lang, { year: years.next }), yearValue(lang, years.next))]
      : []),
    button(ACTIONS.countsCsv, slack.counts.csv(lang), yearValue(lang, year)),
  ];
  return {
    ...modalFrame(CALLBACKS.counts, slack.counts.title(lang, { year }), lang),
    blocks: [
      header(slack.counts.title(lang, { year })),
      section(esc(overview.counting ? slack.counts.intro(lang) : slack.counts.off(lang))),
      ...overview.quarters.flatMap((q) => quarterBlocks(q, title, lang)),
      context(esc(slack.counts.legend(lang))),
      ...actions(moves),
    ],
  };
}

/** The CSV of the same figures, in blocks of code short enough for Slack. */
export function csvModal(guide: Guide, year: number, quarters: QuarterFigures[], lang: Lang): ModalView {
  const csv = figuresCsv(
    quarters,
    topicTitle(guide, lang),
    {
      quarter: slack.counts.quarterLabel(lang),
      topic: slack.counts.topic(lang),
      started: slack.counts.started(lang),
      answered: slack.counts.answered(lang),
      total: slack.counts.total(lang),
    },
    (verdict) => common.verdict[verdict](lang),
  );
  return {
    ...modalFrame(CALLBACKS.counts, slack.counts.csvTitle(lang, { year }), lang),
    blocks: [section(esc(slack.counts.csvIntro(lang))), ...chunks(csv).map((part) => section(code(part)))],
  };
}

/** Whole lines, each part short enough for a section once escaped and fenced. */
function chunks(text: string): string[] {
  const max = LIMITS.sectionText - 200;
  const parts: string[] = [];
  let current = '';
  for (const line of text.split('\r\n')) {
    if (current && esc(`${current}\n${line}`).length > max) {
      parts.push(current);
      current = line;
    } else current = current ? `${current}\n${line}` : line;
  }
  return [...parts, current];
}
