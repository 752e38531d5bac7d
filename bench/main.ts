import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { guideOf } from '../src/guide/guide.js';
import type { KnowledgeBase } from '../src/knowledge/base.js';
import { loadKnowledge } from '../src/knowledge/load.js';
import type { DatabaseTarget } from '../src/store/database.js';
import { writeResults, writeSweep } from './docs.js';
import { measureEngine } from './engine.js';
import { compareHttp, type HttpPlan } from './http/compare.js';
import { sweepHeap } from './http/heap-sweep.js';
import { type KnowledgeFigures, type KnowledgePlan, measureKnowledge } from './knowledge.js';
import { REPO } from './paths.js';
import { checks, type Figures, heading, sweepTable, table, toJson } from './report.js';
import { measureRouter, realQueries, syntheticQueries } from './router.js';
import { timeTerminalStart } from './startup.js';
import { median, timed } from './stats.js';

/**
 * `npm run bench [-- --json] [-- --smoke] [-- --write-docs]`: speed, scale, memory and start-up, with the app
 * (with one bot token, and in OAuth mode) side by side with a Bolt app that does the same work and one that only acks.
 * Progress goes to stderr; stdout carries only the report (or, with --json, one JSON object); --write-docs
 * also puts the report and the latency chart into docs/. `--heap-sweep` instead runs the app alone with each of
 * several heap settings (see http/heap-sweep.ts).
 * Exit 0 when every target is met (always, with --smoke or --heap-sweep), 1 when one is not, 2 when the bench
 * itself fails.
 */

interface Plan {
  name: 'full' | 'smoke';
  knowledge: Omit<KnowledgePlan, 'workDir'>;
  routerPasses: number;
  engineSeconds: number;
  http: HttpPlan;
  /** The whole run is stopped, and everything it started with it, past this. */
  deadlineSeconds: number;
}

/** The latency curve's steady rates, in requests per second. */
const RATES = [250, 500, 1000, 2000];

const FULL: Plan = {
  name: 'full',
  knowledge: {
    realRuns: 7,
    scales: [
      { scale: 10, runs: 3 },
      { scale: 100, runs: 1 },
    ],
  },
  routerPasses: 20,
  engineSeconds: 3,
  http: {
    connections: 50,
    warmupSeconds: 2,
    rounds: 2,
    roundSeconds: 5,
    rates: RATES,
    rateSeconds: 3,
    startRuns: 5,
  },
  deadlineSeconds: 180,
};

/** Every part runs, briefly and on small bases, so the script cannot rot; the figures mean nothing. */
const SMOKE: Plan = {
  name: 'smoke',
  knowledge: {
    realRuns: 2,
    scales: [
      { scale: 2, runs: 1 },
      { scale: 4, runs: 1 },
    ],
  },
  routerPasses: 1,
  engineSeconds: 0.3,
  http: {
    connections: 10,
    warmupSeconds: 0.5,
    rounds: 1,
    roundSeconds: 0.5,
    rates: RATES,
    rateSeconds: 0.25,
    startRuns: 1,
  },
  // The smoke run's figures mean nothing; its limit only stops a hang, so a busy machine must not reach it.
  deadlineSeconds: 180,
};

/** Each heap setting: a warm-up, then one full-load run (about 2 minutes for all of them). */
const HEAP_SWEEP = { connections: 50, warmupSeconds: 3, seconds: 8 };

const USAGE =
  'usage: npm run bench [-- --json] [-- --smoke] [-- --write-docs] | npm run bench -- --heap-sweep [--write-docs]\n';

const say = (line: string) => process.stderr.write(`${line}\n`);

function readOptions(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      options: {
        json: { type: 'boolean' },
        smoke: { type: 'boolean' },
        'write-docs': { type: 'boolean' },
        'heap-sweep': { type: 'boolean' },
        help: { type: 'boolean' },
      },
    }).values;
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return undefined;
  }
}

async function main(argv: string[]): Promise<number> {
  const options = readOptions(argv);
  if (!options || (options.smoke && options['write-docs'])) {
    if (options) process.stderr.write("--write-docs takes a full run: the smoke run's figures mean nothing\n");
    process.stderr.write(USAGE);
    return 2;
  }
  if (options.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const loadBefore = loadavg()[0] ?? 0;
  if (options['heap-sweep']) {
    const sweep = await sweepHeap(guideOf(loadOrThrow()), realQueries(), HEAP_SWEEP, say);
    const report = sweepTable(sweep, heading('heap sweep', loadBefore, loadavg()[0] ?? 0));
    process.stdout.write(`${report}\n`);
    if (options['write-docs']) {
      writeSweep(report);
      say('bench: wrote the sweep into docs/benchmarks.md');
    }
    return 0;
  }
  const plan = options.smoke ? SMOKE : FULL;
  const workDir = mkdtempSync(join(tmpdir(), 'monitorwijzer-bench-'));
  const removeWorkDir = () => rmSync(workDir, { recursive: true, force: true });
  // Exiting kills what the bench started (see processes.ts); the synthetic bases are removed here.
  const abort = (reason: string) => {
    say(`bench: ${reason}`);
    removeWorkDir();
    process.exit(2);
  };
  setTimeout(() => abort(`stopped after ${plan.deadlineSeconds} s`), plan.deadlineSeconds * 1000).unref();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => abort(`${signal} received`));
  let figures: Figures;
  try {
    figures = await runBench(plan, workDir);
  } finally {
    removeWorkDir();
  }
  const results = checks(figures);
  const json = { ...toJson(figures), ...(plan.name === 'smoke' && { smoke: true }) };
  const report = table(figures, results, heading(plan.name, loadBefore, loadavg()[0] ?? 0));
  process.stdout.write(`${options.json ? JSON.stringify(json) : report}\n`);
  if (options['write-docs']) {
    writeResults(report, JSON.stringify(json, null, 2), figures.http, new Date().toISOString().slice(0, 10));
    say('bench: wrote docs/benchmarks.md and docs/benchmarks-latency.svg');
  }
  return plan.name === 'smoke' || results.every((c) => c.met) ? 0 : 1;
}

async function runBench(plan: Plan, workDir: string): Promise<Figures> {
  const queries = realQueries();
  const { result: real, ms: firstMs } = timed(loadOrThrow);
  const guide = guideOf(real);
  // The load goes first, while this process (the load generator) still has a small heap to collect.
  say('http: the app with one token and in OAuth mode, same work and bare Bolt under load');
  const http = await compareHttp(guide, queries, plan.http, oauthDatabase(workDir), say);
  say(`start: the terminal guide, ${plan.http.startRuns} fresh starts`);
  const terminalStarts: number[] = [];
  for (let i = 0; i < plan.http.startRuns; i++) terminalStarts.push(await timeTerminalStart(http.nodeArgs));
  say('engine: steps through every path');
  const engine = measureEngine(guide, plan.engineSeconds);
  const { knowledge, router } = measureBases(plan, workDir, real, queries);
  return {
    knowledge: { ...knowledge, firstMs },
    router,
    engine,
    http,
    startMs: { http: http.startMs, terminal: median(terminalStarts) },
  };
}

/** Knowledge and router figures; the synthetic bases live only as long as this takes. */
function measureBases(
  plan: Plan,
  workDir: string,
  real: KnowledgeBase,
  queries: string[],
): { knowledge: Omit<KnowledgeFigures, 'largest'>; router: Figures['router'] } {
  say(`knowledge: real base, then ${plan.knowledge.scales.map((s) => `${s.scale}×`).join(' and ')}`);
  const { largest, ...knowledge } = measureKnowledge({ ...plan.knowledge, workDir });
  say('router: real base and the largest synthetic base');
  const router = {
    real: measureRouter(real, queries, plan.routerPasses),
    synthetic: measureRouter(largest, syntheticQueries(largest, queries), plan.routerPasses),
  };
  return { knowledge, router };
}

/** The OAuth app's store: the PostgreSQL server the bench is given (DATABASE_URL), or a fresh embedded one. */
function oauthDatabase(workDir: string): DatabaseTarget {
  const url = process.env.DATABASE_URL;
  return url ? { url } : { dataDir: join(workDir, 'oauth-data') };
}

function loadOrThrow(): KnowledgeBase {
  const { kb } = loadKnowledge({ root: REPO });
  if (!kb) throw new Error('the real knowledge does not validate: run npm run validate');
  return kb;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  },
);
