import { execFileSync } from 'node:child_process';

/**
 * Several tests run the built app (dist/) or the built benchmark (.bench/) as a process: both are rebuilt
 * first when their sources changed, so no test ever runs code older than what it tests.
 */
export default function setup(): void {
  for (const project of ['app', 'bench'])
    execFileSync(process.execPath, ['scripts/build.mjs', project], { stdio: 'inherit' });
}
