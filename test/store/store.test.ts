import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/database.js';
import { type Migration, migrate, readMigrations } from '../../src/store/migrate.js';
import { seenInDatabase } from '../../src/store/seen.js';
import { ENGINES, openTwice, type TestDatabase } from '../helpers/databases.js';

describe.each(ENGINES)('the store on $name', (engine) => {
  let db: TestDatabase;
  beforeEach(async () => {
    db = await engine.create();
  });
  afterEach(async () => {
    await db.drop();
  });

  it('applies every migration once, however many instances start together', async () => {
    const [a, b, close] = await openTwice(engine, db);
    try {
      const versions = await a.db.query<{ version: number }>('select version from schema_migrations order by version');
      expect(versions.map((v) => v.version)).toEqual(readMigrations().map((m) => m.version));
      expect(await migrate(b.db)).toEqual([]);
      const tables = await b.db.query<{ table_name: string }>(
        `select table_name from information_schema.tables where table_schema = current_schema() order by 1`,
      );
      expect(tables.map((t) => t.table_name)).toEqual([
        'installations',
        'schema_migrations',
        'seen_ids',
        'topic_counts',
        'workspace_settings',
      ]);
    } finally {
      await close();
    }
  });

  it('applies a new migration on the next start, and a failing one not at all', async () => {
    const database = await openDatabase(db.target);
    try {
      const known = readMigrations();
      await migrate(database, known);
      const next = (known.at(-1)?.version ?? 0) + 1;
      const added: Migration = { version: next, name: 'extra', sql: 'create table extra (id int);' };
      const broken: Migration = { version: next + 1, name: 'broken', sql: 'create table half (id int); nonsense;' };
      expect(await migrate(database, [...known, added])).toEqual([next]);
      await expect(migrate(database, [...known, added, broken])).rejects.toThrow();
      const half = await database.query(`select 1 from information_schema.tables where table_name = 'half'`);
      expect(half).toEqual([]);
      expect(await migrate(database, [...known, added])).toEqual([]);
    } finally {
      await database.close();
    }
  });

  it('lets exactly one instance act on an id, however many ask at once', async () => {
    const [a, b, close] = await openTwice(engine, db);
    try {
      const asks = await Promise.all([a, b, a, b].map((store) => store.events.firstTime('Ev0001')));
      expect(asks.filter(Boolean)).toHaveLength(1);
      expect(await b.events.firstTime('Ev0001')).toBe(false);
      expect(await a.events.firstTime('Ev0002')).toBe(true);
    } finally {
      await close();
    }
  });

  it('takes an id as new again once its time is up, and sweeps expired ids', async () => {
    const [store, , close] = await openTwice(engine, db);
    try {
      let clock = 0;
      const expiring = seenInDatabase(store.db, 0, () => clock);
      expect(await expiring.firstTime('Ev0003')).toBe(true);
      expect(await expiring.firstTime('Ev0003')).toBe(true);
      clock += 61_000;
      await expiring.firstTime('Ev0004');
      const left = await store.db.query<{ id: string }>('select id from seen_ids');
      expect(left.map((row) => row.id)).toEqual(['Ev0004']);
    } finally {
      await close();
    }
  });
});
