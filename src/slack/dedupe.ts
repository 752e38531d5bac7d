import type { AnyMiddlewareArgs, Logger, Middleware } from '@slack/bolt';

/**
 * Slack redelivers an event when its acknowledgement came late or not at all (x-slack-retry-num over HTTP,
 * retry_attempt in socket mode), and may deliver the same envelope twice. Each delivery carries the same
 * event_id; answering it again would send the person a second message.
 */

/** Slack retries after about 1 and 5 minutes; kept a good while longer. */
export const EVENT_MEMORY_MS = 15 * 60 * 1000;
/** Slack allows 30,000 events an hour per workspace: this holds 20 minutes of that, in about a megabyte. */
export const EVENT_MEMORY_ENTRIES = 10_000;

export interface SeenEvents {
  /** True the first time an id is offered within the memory, false for a repeat. */
  firstTime(eventId: string): boolean | Promise<boolean>;
}

/** The memory of one process: enough while one process answers a workspace. */
export interface SeenInMemory extends SeenEvents {
  firstTime(eventId: string): boolean;
  readonly size: number;
}

export function seenEvents(
  maxEntries = EVENT_MEMORY_ENTRIES,
  ttlMs = EVENT_MEMORY_MS,
  now: () => number = Date.now,
): SeenInMemory {
  // Insertion order is expiry order, as every entry lives equally long: the oldest are at the front.
  const expiries = new Map<string, number>();
  const forgetOld = (time: number) => {
    for (const [id, expires] of expiries) {
      if (expires > time && expiries.size < maxEntries) return;
      expiries.delete(id);
    }
  };
  return {
    firstTime(eventId) {
      const time = now();
      forgetOld(time);
      if (expiries.has(eventId)) return false;
      expiries.set(eventId, time + ttlMs);
      return true;
    },
    get size() {
      return expiries.size;
    },
  };
}

/** Global middleware: a repeated event is dropped before any listener sees it (Bolt has acked it already). */
export function dropRepeatedEvents(seen: SeenEvents, logger: Logger): Middleware<AnyMiddlewareArgs> {
  return async ({ body, next }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId === 'string' && !(await seen.firstTime(eventId))) {
      logger.debug('dropped a repeated delivery of an event');
      return;
    }
    await next();
  };
}
