import type { SeenEvents } from '../slack/dedupe.js';
import type { Queryable } from './database.js';

/**
 * "Have I seen this id?" answered for every instance at once: the first insert of an id wins, and an id
 * whose time is up counts as new again. Expired rows are swept now and then by whichever instance asks.
 */

const SWEEP_EVERY_MS = 60_000;

export function seenInDatabase(db: Queryable, ttlMs: number, now: () => number = Date.now): SeenEvents {
  let lastSweep = now();
  return {
    async firstTime(id) {
      if (now() - lastSweep > SWEEP_EVERY_MS) {
        lastSweep = now();
        await db.query('delete from seen_ids where expires_at <= now()');
      }
      const rows = await db.query(
        `insert into seen_ids (id, expires_at) values ($1, now() + make_interval(secs => $2))
         on conflict (id) do update set expires_at = excluded.expires_at where seen_ids.expires_at <= now()
         returning id`,
        [id, ttlMs / 1000],
      );
      return rows.length === 1;
    },
  };
}
