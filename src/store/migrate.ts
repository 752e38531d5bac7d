import { readdirSync, readFileSync } from 'node:fs';
import type { Database } from './database.js';

/**
 * Versioned migrations: `migrations/<version>-<name>.sql`, applied in order, each once, in one transaction
 * under an advisory lock, so instances that start together take turns and the second finds nothing left to do.
 */

export const MIGRATIONS_DIR = new URL('../../migrations/', import.meta.url);
/** Any fixed number: every instance of the app takes the same lock. */
const MIGRATION_LOCK = 7_220_515;

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export function readMigrations(dir: URL = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .map((file) => ({ file, match: /^(\d+)-([\w-]+)\.sql$/.exec(file) }))
    .filter((entry): entry is { file: string; match: RegExpExecArray } => entry.match !== null)
    .map(({ file, match }) => ({
      version: Number(match[1]),
      name: match[2]!,
      sql: readFileSync(new URL(file, dir), 'utf8'),
    }))
    .sort((a, b) => a.version - b.version);
}

/** Applies the migrations the database lacks; resolves to the versions applied now. */
export async function migrate(db: Database, migrations: Migration[] = readMigrations()): Promise<number[]> {
  return db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.exec(`create table if not exists schema_migrations (
      version integer primary key,
      name text not null,
      applied_at timestamptz not null default now()
    )`);
    const done = new Set(
      (await tx.query<{ version: number }>('select version from schema_migrations')).map((row) => row.version),
    );
    const applied: number[] = [];
    for (const migration of migrations.filter((m) => !done.has(m.version))) {
      await tx.exec(migration.sql);
      await tx.query('insert into schema_migrations (version, name) values ($1, $2)', [
        migration.version,
        migration.name,
      ]);
      applied.push(migration.version);
    }
    return applied;
  });
}
