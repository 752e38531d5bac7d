import { randomBytes } from 'node:crypto';
import type { Guide } from '../../src/guide/guide.js';
import { HEALTH_PATH } from '../../src/slack/app.js';
import { BENCH_BUILD, REPO } from '../paths.js';
import { appEnv } from './compare.js';
import { type LoadFigures, runLoad } from './load.js';
import { type Interaction, interactions, signedRequest } from './payloads.js';
import { type Service, startService } from './processes.js';

/**
 * `npm run bench -- --heap-sweep`: the app under full load with each of several V8 heap settings, to choose the
 * ones `npm start` uses: resident memory idle and under load against the CPU per request they cost.
 */

const HEAP_SETTINGS: readonly (readonly string[])[] = [
  [],
  ['--max-semi-space-size=2'],
  ['--max-semi-space-size=4'],
  ['--max-old-space-size=128'],
  ['--max-semi-space-size=1', '--max-old-space-size=128'],
  ['--max-semi-space-size=2', '--max-old-space-size=96'],
  ['--max-semi-space-size=2', '--max-old-space-size=128'],
  ['--max-semi-space-size=4', '--max-old-space-size=128'],
  ['--max-semi-space-size=8', '--max-old-space-size=128'],
];

export interface SweepFigures {
  nodeArgs: readonly string[];
  idleRssMb: number;
  load: LoadFigures;
}

const IDLE_SETTLE_MS = 1_000;

export async function sweepHeap(
  guide: Guide,
  questions: readonly string[],
  plan: { connections: number; warmupSeconds: number; seconds: number },
  say: (line: string) => void,
): Promise<SweepFigures[]> {
  const secret = randomBytes(24).toString('hex');
  const mix = interactions(guide.kb, questions);
  const stub = await startService('Slack stub', `${BENCH_BUILD}bench/http/stub.js`, { env: {} });
  const env = appEnv(secret, `http://127.0.0.1:${stub.port}`);
  let n = 0;
  const next = () => signedRequest(mix[n % mix.length] as Interaction, n++, secret, `http://127.0.0.1:${stub.port}`);
  const results: SweepFigures[] = [];
  try {
    for (const nodeArgs of HEAP_SETTINGS) {
      say(`  node ${nodeArgs.join(' ') || '(defaults)'}`);
      let app: Service | undefined;
      try {
        app = await startService('monitorwijzer', `${REPO}dist/main.js`, { env, readyPath: HEALTH_PATH, nodeArgs });
        await new Promise((resolve) => setTimeout(resolve, IDLE_SETTLE_MS));
        const idleRssMb = app.rssMb();
        await runLoad(app, next, { connections: plan.connections, seconds: plan.warmupSeconds });
        const load = await runLoad(app, next, plan);
        // No resident memory to read: the process is gone (V8 gives up when the heap limit is too tight).
        if (Number.isNaN(app.rssMb())) say(`  it exited during the load:\n${app.output()}`);
        results.push({ nodeArgs, idleRssMb, load });
      } finally {
        await app?.stop();
      }
    }
    return results;
  } finally {
    await stub.stop();
  }
}
