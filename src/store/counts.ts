import * as z from 'zod';
import { Verdict } from '../knowledge/schema.js';
import type { Queryable } from './database.js';
import { installationId, type WorkspaceRef } from './installations.js';

/**
 * The opt-in topic counts of a workspace: per calendar quarter and topic, how many conversations started and
 * how many answers of each verdict were reached. Nothing else is kept: no person, channel, day, answer path or
 * text. Counts are added up in memory and written in one statement per interval (and on stop), each batch
 * added to what is stored (`n = n + excluded.n`), so the batches of every instance add up exactly. A batch
 * only lands for a workspace that still counts, so switching counting off or uninstalling cannot be undone by
 * a batch that was under way.
 */

/** How often an instance writes what it counted: a crash loses at most this much. */
export const COUNTS_FLUSH_MS = 60_000;

export const Measure = z.union([z.literal('started'), Verdict]);
export type Measure = z.infer<typeof Measure>;

export const Quarter = z.string().regex(/^\d{4}Q[1-4]$/);

/** The quarter a moment falls in, by the calendar in the Netherlands. */
export function quarterOf(moment: Date): string {
  const [year, month] = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
  })
    .format(moment)
    .split('-')
    .map(Number) as [number, number];
  return `${year}Q${Math.ceil(month / 3)}`;
}

export interface CountRow {
  quarter: string;
  topic: string;
  measure: Measure;
  n: number;
}

export interface TopicCounts {
  /** Counts one conversation started or one answer reached; written with the next batch. */
  add(ref: WorkspaceRef, topic: string, measure: Measure): void;
  /** Writes what this instance counted so far. */
  flush(): Promise<void>;
  /** Every stored count of a workspace for one year. */
  year(ref: WorkspaceRef, year: number): Promise<CountRow[]>;
  /** Stops the interval and writes the last batch. */
  stop(): Promise<void>;
}

const SEPARATOR = '\u0000';

export function countsInDatabase(
  db: Queryable,
  options: { flushMs?: number; now?: () => Date; onError?: (error: unknown) => void } = {},
): TopicCounts {
  const now = options.now ?? (() => new Date());
  let pending = new Map<string, number>();
  const flush = async () => {
    if (pending.size === 0) return;
    const batch = pending;
    pending = new Map();
    const columns: [string[], string[], string[], string[], number[]] = [[], [], [], [], []];
    for (const [key, n] of batch) {
      const [id, quarter, topic, measure] = key.split(SEPARATOR) as [string, string, string, string];
      columns[0].push(id);
      columns[1].push(quarter);
      columns[2].push(topic);
      columns[3].push(measure);
      columns[4].push(n);
    }
    try {
      await db.query(
        `insert into topic_counts (installation_id, quarter, topic, measure, n)
         select b.id, b.quarter, b.topic, b.measure, b.n
         from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::bigint[]) as b(id, quarter, topic, measure, n)
         join workspace_settings s on s.installation_id = b.id and s.count_topics
         on conflict (installation_id, quarter, topic, measure) do update set n = topic_counts.n + excluded.n`,
        columns,
      );
    } catch (error) {
      // Kept for the next try rather than lost; what failed is not logged, only that it did.
      for (const [key, n] of batch) pending.set(key, (pending.get(key) ?? 0) + n);
      throw error;
    }
  };
  const timer = setInterval(
    () => void flush().catch((error) => options.onError?.(error)),
    options.flushMs ?? COUNTS_FLUSH_MS,
  );
  timer.unref();
  return {
    add(ref, topic, measure) {
      const id = installationId(ref);
      if (!id) return;
      const key = [id, quarterOf(now()), topic, measure].join(SEPARATOR);
      pending.set(key, (pending.get(key) ?? 0) + 1);
    },
    flush,
    async year(ref, year) {
      const id = installationId(ref);
      if (!id) return [];
      const rows = await db.query<{ quarter: string; topic: string; measure: string; n: string }>(
        `select quarter, topic, measure, n from topic_counts where installation_id = $1 and quarter like $2
         order by quarter, topic, measure`,
        [id, `${year}Q_`],
      );
      return rows.flatMap((row) => {
        const measure = Measure.safeParse(row.measure);
        return measure.success
          ? [{ quarter: row.quarter, topic: row.topic, measure: measure.data, n: Number(row.n) }]
          : [];
      });
    },
    async stop() {
      clearInterval(timer);
      await flush();
    },
  };
}
