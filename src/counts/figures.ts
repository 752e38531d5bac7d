import { Verdict } from '../knowledge/schema.js';
import type { CountRow } from '../store/counts.js';
import { type Shown, suppressTable } from './suppress.js';

/**
 * A year's counts as they may be shown: per finished quarter, per topic, the conversations started and the
 * answers reached per verdict, each table suppressed on its own (suppress.ts). The quarter under way is not
 * shown: figures that change while people use the app would let someone who knows when a colleague asked see
 * that colleague's question appear. Each quarter is published on its own, never summed into a year, so no
 * figure is the sum of figures in another table.
 */

const VERDICTS = Verdict.options;

export interface TopicFigures {
  topic: string;
  started: Shown;
  answered: Shown;
  verdicts: Shown[];
}

export interface QuarterFigures {
  quarter: string;
  /** Not finished yet: no figures. */
  open: boolean;
  topics: TopicFigures[];
  totals: Omit<TopicFigures, 'topic'>;
}

export function quarterFigures(rows: readonly CountRow[], quarter: string, open: boolean): QuarterFigures {
  const here = open ? [] : rows.filter((row) => row.quarter === quarter);
  const topics = [...new Set(here.map((row) => row.topic))].sort();
  const n = (topic: string, measure: CountRow['measure']) =>
    here.find((row) => row.topic === topic && row.measure === measure)?.n ?? 0;
  const started = suppressTable(topics.map((topic) => [n(topic, 'started')]));
  const answers = suppressTable(topics.map((topic) => VERDICTS.map((verdict) => n(topic, verdict))));
  return {
    quarter,
    open,
    topics: topics.map((topic, i) => ({
      topic,
      started: started.cells[i]![0]!,
      answered: answers.rowTotals[i]!,
      verdicts: answers.cells[i]!,
    })),
    totals: { started: started.total, answered: answers.total, verdicts: answers.columnTotals },
  };
}

/** The four quarters of a year up to the one under way (`current`, e.g. '2026Q4'). */
export function yearFigures(rows: readonly CountRow[], year: number, current: string): QuarterFigures[] {
  return [1, 2, 3, 4]
    .map((q) => `${year}Q${q}`)
    .filter((quarter) => quarter <= current)
    .map((quarter) => quarterFigures(rows, quarter, quarter === current));
}

/** A shown figure as text: its number, "< 5", or "x" for one hidden so that a "< 5" stays hidden. */
export const figureText = (shown: Shown): string =>
  shown.kind === 'number' ? String(shown.n) : shown.kind === 'small' ? '< 5' : 'x';

/** The same figures as CSV (RFC 4180): a row per quarter and topic, then the quarter's totals. */
export function figuresCsv(
  quarters: readonly QuarterFigures[],
  titleOf: (topic: string) => string,
  headings: { quarter: string; topic: string; started: string; answered: string; total: string },
  verdictName: (verdict: Verdict) => string,
): string {
  const cell = (text: string) => (/[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  const line = (quarter: string, topic: string, f: Omit<TopicFigures, 'topic'>) =>
    [quarter, topic, figureText(f.started), figureText(f.answered), ...f.verdicts.map(figureText)].map(cell).join(',');
  const header = [headings.quarter, headings.topic, headings.started, headings.answered, ...VERDICTS.map(verdictName)];
  return [
    header.map(cell).join(','),
    ...quarters
      .filter((q) => !q.open && q.topics.length > 0)
      .flatMap((q) => [
        ...q.topics.map((t) => line(q.quarter, titleOf(t.topic), t)),
        line(q.quarter, headings.total, q.totals),
      ]),
  ].join('\r\n');
}
