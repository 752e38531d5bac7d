import { execFileSync } from 'node:child_process';

/**
 * Several tests run the built app (dist/) or the built benchmark (.bench/) as a process: both are rebuilt
 * first when their sources changed, so no test ever runs code older than what it tests.
 * The store's tests run on PGlite always and on PostgreSQL where TEST_DATABASE_URL names one.
 */
export default function setup(): void {
  if (!process.env.TEST_DATABASE_URL)
    process.stdout.write(
      'PostgreSQL tests skipped: TEST_DATABASE_URL is not set (.ci/run sets it); PGlite tests run.\n',
    );
  for (const project of ['app', 'bench'])
    execFileSync(process.execPath, ['scripts/build.mjs', project], { stdio: 'inherit' });
}
