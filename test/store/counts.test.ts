import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countsInDatabase, quarterOf } from '../../src/store/counts.js';
import { settingsInDatabase } from '../../src/store/settings.js';
import type { Store } from '../../src/store/store.js';
import { ENGINES, openTwice, type TestDatabase } from '../helpers/databases.js';

const WORKSPACE = { teamId: 'T0001' };
const OTHER = { teamId: 'T0002' };
const DECEMBER = new Date('2026-12-02T10:00:00Z');

describe('quarterOf', () => {
  it('takes the quarter by the Dutch calendar', () => {
    expect(quarterOf(DECEMBER)).toBe('2026Q4');
    expect(quarterOf(new Date('2026-03-31T22:30:00Z'))).toBe('2026Q2');
    expect(quarterOf(new Date('2026-12-31T23:30:00Z'))).toBe('2027Q1');
    expect(quarterOf(new Date('2026-07-01T00:00:00+02:00'))).toBe('2026Q3');
  });
});

describe.each(ENGINES)('topic counts on $name', (engine) => {
  let db: TestDatabase;
  let a: Store;
  let b: Store;
  let close: () => Promise<void>;
  beforeEach(async () => {
    db = await engine.create();
    [a, b, close] = await openTwice(engine, db);
    for (const id of ['TT0001', 'TT0002'])
      await a.db.query(`insert into installations (id, details, secrets) values ($1, '{"user":{}}', 'sealed')`, [id]);
  });
  afterEach(async () => {
    await close();
    await db.drop();
  });

  const counting = (store: Store, on: boolean, ref = WORKSPACE) =>
    settingsInDatabase(store.db, 0).save(ref, { editors: [], counting: on });
  const counter = (store: Store) => countsInDatabase(store.db, { flushMs: 3_600_000, now: () => DECEMBER });

  it('counts nothing for a workspace that did not switch counting on', async () => {
    const counts = counter(a);
    counts.add(WORKSPACE, 'cameras', 'started');
    await counts.stop();
    expect(await a.db.query('select * from topic_counts')).toEqual([]);
  });

  it('adds the batches of two instances up exactly, per quarter, topic and measure', async () => {
    await counting(a, true);
    const [one, two] = [counter(a), counter(b)];
    for (let i = 0; i < 7; i++) one.add(WORKSPACE, 'cameras', 'started');
    for (let i = 0; i < 5; i++) two.add(WORKSPACE, 'cameras', 'started');
    two.add(WORKSPACE, 'cameras', 'not_allowed');
    one.add(OTHER, 'cameras', 'started');
    await Promise.all([one.flush(), two.flush(), one.flush()]);
    one.add(WORKSPACE, 'cameras', 'not_allowed');
    await Promise.all([one.stop(), two.stop()]);
    expect(await one.year(WORKSPACE, 2026)).toEqual([
      { quarter: '2026Q4', topic: 'cameras', measure: 'not_allowed', n: 2 },
      { quarter: '2026Q4', topic: 'cameras', measure: 'started', n: 12 },
    ]);
    expect(await one.year(WORKSPACE, 2025)).toEqual([]);
    expect(await one.year(OTHER, 2026)).toEqual([]);
  });

  it('keeps a batch that could not be written for the next try', async () => {
    await counting(a, true);
    let fail = true;
    const flaky = {
      query: async <Row extends object>(sql: string, params?: unknown[]) => {
        if (fail && sql.startsWith('insert')) throw new Error('connection lost');
        return a.db.query<Row>(sql, params);
      },
      exec: (sql: string) => a.db.exec(sql),
    };
    const counts = countsInDatabase(flaky, { flushMs: 3_600_000, now: () => DECEMBER });
    counts.add(WORKSPACE, 'cameras', 'started');
    await expect(counts.flush()).rejects.toThrow('connection lost');
    counts.add(WORKSPACE, 'cameras', 'started');
    fail = false;
    await counts.stop();
    expect(await counts.year(WORKSPACE, 2026)).toEqual([
      { quarter: '2026Q4', topic: 'cameras', measure: 'started', n: 2 },
    ]);
  });

  it('deletes the counts when counting is switched off, and a batch under way does not bring them back', async () => {
    await counting(a, true);
    await counting(a, true, OTHER);
    const counts = counter(a);
    counts.add(WORKSPACE, 'cameras', 'started');
    counts.add(OTHER, 'cameras', 'started');
    await counts.flush();
    counts.add(WORKSPACE, 'cameras', 'started');
    await counting(b, false);
    await counts.stop();
    expect(await counts.year(WORKSPACE, 2026)).toEqual([]);
    expect(await counts.year(OTHER, 2026)).toHaveLength(1);
  });

  it('deletes a workspace’s counts with its installation', async () => {
    await counting(a, true);
    const counts = counter(a);
    counts.add(WORKSPACE, 'cameras', 'started');
    await counts.flush();
    await a.db.query(`delete from installations where id = 'TT0001'`);
    counts.add(WORKSPACE, 'cameras', 'started');
    await counts.stop();
    expect(await a.db.query('select * from topic_counts')).toEqual([]);
  });

  it('has room for nothing but the workspace, the quarter, the topic, the measure and the count', async () => {
    const columns = await a.db.query<{ column_name: string; data_type: string }>(
      `select column_name, data_type from information_schema.columns
       where table_schema = current_schema() and table_name = 'topic_counts' order by ordinal_position`,
    );
    expect(columns).toEqual([
      { column_name: 'installation_id', data_type: 'text' },
      { column_name: 'quarter', data_type: 'text' },
      { column_name: 'topic', data_type: 'text' },
      { column_name: 'measure', data_type: 'text' },
      { column_name: 'n', data_type: 'bigint' },
    ]);
    await counting(a, true);
    await expect(
      a.db.query(`insert into topic_counts values ('TT0001', '2026-12-02', 'cameras', 'started', 1)`),
    ).rejects.toThrow();
  });
});
