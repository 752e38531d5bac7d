import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * One SQL dialect, two engines: a PostgreSQL server through `pg` (DATABASE_URL), or PostgreSQL compiled to
 * WebAssembly (PGlite) in a data folder, so a first start needs nothing else running. Both speak the same
 * SQL with `$1` parameters; everything above this file sees only `Database`.
 */

export interface Queryable {
  /** One statement with `$n` parameters; its rows. */
  query<Row extends object>(sql: string, params?: unknown[]): Promise<Row[]>;
  /** Several statements without parameters (a migration). */
  exec(sql: string): Promise<void>;
}

export interface Database extends Queryable {
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  readonly engine: 'postgres' | 'pglite';
}

/** A server's URL, or a PGlite data folder (`memory://` keeps it in memory, for tests). */
export type DatabaseTarget = { url: string } | { dataDir: string };

/** Connections per process: an instance answers a few requests at a time, each with one or two short queries. */
const POOL_SIZE = 10;

export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  return 'url' in target ? openPostgres(target.url) : openPglite(target.dataDir);
}

async function openPostgres(url: string): Promise<Database> {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: url, max: POOL_SIZE, idleTimeoutMillis: 30_000 });
  // An idle connection the server drops would otherwise crash the process with an unhandled 'error'.
  pool.on('error', () => {});
  const on = (client: Pick<import('pg').PoolClient, 'query'>): Queryable => ({
    query: async <Row extends object>(sql: string, params?: unknown[]) =>
      (await client.query<Row>(sql, params as unknown[])).rows,
    exec: async (sql) => {
      await client.query(sql);
    },
  });
  return {
    engine: 'postgres',
    ...on(pool),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await work(on(client));
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

async function openPglite(dataDir: string): Promise<Database> {
  const { PGlite } = await import('@electric-sql/pglite');
  const inMemory = dataDir.startsWith('memory://');
  if (!inMemory) mkdirSync(resolve(dataDir), { recursive: true });
  const db = await PGlite.create(inMemory ? dataDir : resolve(dataDir));
  type Tx = Pick<typeof db, 'query' | 'exec'>;
  const on = (handle: Tx): Queryable => ({
    query: async <Row extends object>(sql: string, params?: unknown[]) => (await handle.query<Row>(sql, params)).rows,
    exec: async (sql) => {
      await handle.exec(sql);
    },
  });
  return {
    engine: 'pglite',
    ...on(db),
    transaction: (work) => db.transaction((tx) => work(on(tx))),
    close: () => db.close(),
  };
}
