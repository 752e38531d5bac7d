import { EVENT_MEMORY_MS, type SeenEvents } from '../slack/dedupe.js';
import { type Database, type DatabaseTarget, openDatabase } from './database.js';
import { migrate } from './migrate.js';
import { seenInDatabase } from './seen.js';

/** Everything the app keeps between requests, shared by every instance that opens the same database. */
export interface Store {
  db: Database;
  /** Slack's event ids, so a redelivered event is answered once across all instances. */
  events: SeenEvents;
  close(): Promise<void>;
}

/** Opens the database and brings its tables up to date (under the migration lock). */
export async function openStore(target: DatabaseTarget): Promise<Store> {
  const db = await openDatabase(target);
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return {
    db,
    events: seenInDatabase(db, EVENT_MEMORY_MS),
    close: () => db.close(),
  };
}
