import { randomBytes } from 'node:crypto';
import type { DatabaseTarget } from '../../src/store/database.js';
import { openStore, type Store } from '../../src/store/store.js';

/**
 * The databases every store test runs on: PGlite in memory always, and the PostgreSQL server at
 * TEST_DATABASE_URL when it is set (.ci/run sets it). Each PostgreSQL test gets a schema of its own,
 * dropped afterwards, so tests and runs never see each other's rows.
 */

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL || undefined;

export interface TestDatabase {
  target: DatabaseTarget;
  /** Removes everything the test wrote. */
  drop(): Promise<void>;
}

export interface Engine {
  name: 'pglite' | 'postgres';
  /** A fresh, empty database. */
  create(): Promise<TestDatabase>;
}

const pglite: Engine = {
  name: 'pglite',
  create: async () => ({ target: { dataDir: 'memory://' }, drop: async () => {} }),
};

const postgres = (url: string): Engine => ({
  name: 'postgres',
  async create() {
    const schema = `mw_test_${randomBytes(6).toString('hex')}`;
    await admin(url, `create schema ${schema}`);
    const scoped = new URL(url);
    scoped.searchParams.set('options', `-c search_path=${schema}`);
    return { target: { url: scoped.toString() }, drop: () => admin(url, `drop schema ${schema} cascade`) };
  },
});

async function admin(url: string, sql: string): Promise<void> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** PGlite, and PostgreSQL where the machine has it. */
export const ENGINES: Engine[] = [pglite, ...(TEST_DATABASE_URL ? [postgres(TEST_DATABASE_URL)] : [])];

/**
 * Two instances' stores on one database, opened at the same time (so both run the migrations at once).
 * PGlite allows one handle per database: there both instances share it, which still tests everything above SQL.
 */
export async function openTwice(engine: Engine, db: TestDatabase): Promise<[Store, Store, () => Promise<void>]> {
  if (engine.name === 'pglite') {
    const store = await openStore(db.target);
    return [store, store, () => store.close()];
  }
  const [a, b] = await Promise.all([openStore(db.target), openStore(db.target)]);
  return [a, b, async () => void (await Promise.all([a.close(), b.close()]))];
}
