import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Guide } from '../../src/guide/guide.js';
import { HEALTH_PATH } from '../../src/slack/app.js';
import type { DatabaseTarget } from '../../src/store/database.js';
import { BENCH_BUILD, REPO } from '../paths.js';
import { timeHttpStart } from '../startup.js';
import { median } from '../stats.js';
import { type LoadFigures, runLoad } from './load.js';
import { runPaced } from './paced.js';
import { type Interaction, interactions, signedRequest, type TypicalScreen, typicalScreen } from './payloads.js';
import { runScript, type Service, startService } from './processes.js';
import { BENCH_BOT_TOKEN } from './workspace.js';

export interface HttpPlan {
  connections: number;
  warmupSeconds: number;
  /** Measured runs at full load per app, the apps in turn, so drift on the machine hits all alike. */
  rounds: number;
  roundSeconds: number;
  /** Steady rates for the latency curve, each sent open-loop over at most `connections` connections (see paced.ts). */
  rates: readonly number[];
  rateSeconds: number;
  /** Fresh starts of the app, timed to its first answer (the median is reported). */
  startRuns: number;
}

/**
 * The app with one bot token; the app in OAuth mode, its workspace's installation in the database; the same work
 * without the app (same-work.ts); Bolt that only acks (bare-bolt.ts).
 */
export const APPS = ['ours', 'oauth', 'sameWork', 'bare'] as const;
export type AppName = (typeof APPS)[number];
export const APP_LABELS: Record<AppName, string> = {
  ours: 'monitorwijzer',
  oauth: 'monitorwijzer OAuth',
  sameWork: 'same work',
  bare: 'bare Bolt',
};

export interface CurvePoint extends LoadFigures {
  rate: number;
}

export interface AppFigures {
  /** Mean requests per second over the measured rounds. */
  rps: number;
  /** The slowest round's p99 at full load. */
  p99Ms: number;
  /** CPU the app spent per request at full load, in µs (mean over the rounds). */
  cpuUsPerRequest: number;
  /** The load generator's busiest share of a core during a full-load round. */
  generatorLoad: number;
  /** Calls to the Slack stub (Web API and response_url) per request answered at full load. */
  outboundPerRequest: number;
  /** CPU the stub spent per request answered at full load, in µs: it shares the machine with the app. */
  stubCpuUsPerRequest: number;
  curve: CurvePoint[];
  /** At full load, and at the rates same work holds (beyond them a late answer is the rate's fault, not the app's). */
  errors: number;
  idleRssMb: number;
  peakRssMb: number;
}

export interface HttpFigures {
  apps: Record<AppName, AppFigures>;
  /** Node's options from `npm start`, with which every app runs here: the comparison is of the code alone. */
  nodeArgs: string[];
  /** Median over fresh starts: spawning the app to its first answer, in ms. */
  startMs: number;
  interactions: { clicks: number; commands: number };
  message: TypicalScreen['bytes'];
}

const IDLE_SETTLE_MS = 1_000;
/** An app holds a rate when it answers at least this share of it, without errors. */
const HOLDS = 0.95;

export const holds = (point: CurvePoint): boolean => point.errors === 0 && point.rps >= HOLDS * point.rate;

/** The apps, each in its own process, under the same load from this process; OAuth mode keeps its store in `database`. */
export async function compareHttp(
  guide: Guide,
  questions: readonly string[],
  plan: HttpPlan,
  database: DatabaseTarget,
  say: (line: string) => void,
): Promise<HttpFigures> {
  const secret = randomBytes(24).toString('hex');
  const mix = interactions(guide.kb, questions);
  const typical = typicalScreen(guide, mix);
  const nodeArgs = npmStartNodeArgs();
  const started: Service[] = [];
  const start = async (...args: Parameters<typeof startService>) => {
    const service = await startService(...args);
    started.push(service);
    return service;
  };
  try {
    const stub = await start('Slack stub', `${BENCH_BUILD}bench/http/stub.js`, { env: {} });
    const stubUrl = `http://127.0.0.1:${stub.port}`;
    const env = appEnv(secret, stubUrl);
    const oauth = oauthEnv(env, database);
    say('  monitorwijzer OAuth: installing it in the bench workspace');
    await runScript('seeding the installation', `${BENCH_BUILD}bench/http/seed-installation.js`, oauth);
    const services: Record<AppName, Service> = {
      ours: await start('monitorwijzer', `${REPO}dist/main.js`, { env, readyPath: HEALTH_PATH, nodeArgs }),
      oauth: await start('monitorwijzer OAuth', `${REPO}dist/main.js`, {
        env: oauth,
        readyPath: HEALTH_PATH,
        nodeArgs,
      }),
      sameWork: await start('same work', `${BENCH_BUILD}bench/http/same-work.js`, {
        env: { ...env, SAME_WORK_SCREEN: JSON.stringify(typical.screen) },
        nodeArgs,
      }),
      bare: await start('bare Bolt', `${BENCH_BUILD}bench/http/bare-bolt.js`, { env, nodeArgs }),
    };
    await new Promise((resolve) => setTimeout(resolve, IDLE_SETTLE_MS));
    const idle = perApp((app) => services[app].rssMb());
    let n = 0;
    const next = () => signedRequest(mix[n % mix.length] as Interaction, n++, secret, stubUrl);
    const full = { connections: plan.connections, seconds: plan.roundSeconds };
    const runs = perApp((): { rounds: FullRound[]; curve: CurvePoint[] } => ({ rounds: [], curve: [] }));
    for (const app of APPS) {
      say(`  ${services[app].name}: warm-up, ${plan.warmupSeconds} s`);
      await runLoad(services[app], next, { ...full, seconds: plan.warmupSeconds });
    }
    for (let round = 1; round <= plan.rounds; round++) {
      for (const app of APPS) {
        say(`  ${services[app].name}: full load, round ${round}, ${plan.roundSeconds} s`);
        runs[app].rounds.push(await fullRound(stub, stubUrl, () => runLoad(services[app], next, full)));
      }
    }
    for (const rate of plan.rates) {
      for (const app of APPS) {
        say(`  ${services[app].name}: ${rate} req/s, ${plan.rateSeconds} s`);
        const paced = { rate, seconds: plan.rateSeconds, connections: plan.connections };
        runs[app].curve.push({ rate, ...(await runPaced(services[app], next, paced)) });
      }
    }
    say(`  monitorwijzer: ${plan.startRuns} fresh starts`);
    const starts: number[] = [];
    for (let i = 0; i < plan.startRuns; i++) starts.push(await timeHttpStart(env, nodeArgs));
    const counted = new Set(runs.sameWork.curve.filter(holds).map((p) => p.rate));
    return {
      apps: perApp((app) => appFigures(runs[app].rounds, runs[app].curve, counted, idle[app])),
      nodeArgs,
      startMs: median(starts),
      interactions: {
        clicks: mix.filter((m) => m.kind === 'click').length,
        commands: mix.filter((m) => m.kind === 'command').length,
      },
      message: typical.bytes,
    };
  } catch (error) {
    throw new Error(
      `${(error as Error).message}\n${started.map((s) => `--- ${s.name} output:\n${s.output()}`).join('\n')}`,
    );
  } finally {
    await Promise.all(started.map((s) => s.stop()));
  }
}

const perApp = <T>(make: (app: AppName) => T): Record<AppName, T> =>
  Object.fromEntries(APPS.map((app) => [app, make(app)])) as Record<AppName, T>;

/**
 * Node's options in `npm start` (`node [options] dist/main.js`): the bench measures the app as it is started in
 * production, heap settings included.
 */
function npmStartNodeArgs(): string[] {
  const { scripts } = JSON.parse(readFileSync(`${REPO}package.json`, 'utf8')) as { scripts: { start: string } };
  const words = scripts.start.trim().split(/\s+/);
  if (words[0] !== 'node' || words[words.length - 1] !== 'dist/main.js')
    throw new Error(`npm start is "${scripts.start}"; the bench expects node [options] dist/main.js`);
  return words.slice(1, -1);
}

/**
 * HTTP mode (a signing secret and no app token), with the Web API on the stub; no real token is needed. Whatever
 * the bench's own environment holds, the app runs with one bot token and no database.
 */
export function appEnv(secret: string, stubUrl: string): Record<string, string> {
  return {
    SLACK_BOT_TOKEN: BENCH_BOT_TOKEN,
    SLACK_SIGNING_SECRET: secret,
    SLACK_APP_TOKEN: '',
    SLACK_MODE: 'http',
    HOST: '127.0.0.1',
    SLACK_API_URL: `${stubUrl}/api/`,
    MONITORWIJZER_DIR: '',
    MONITORWIJZER_ORG: '',
    LOG_LEVEL: '',
    SLACK_CLIENT_ID: '',
    SLACK_CLIENT_SECRET: '',
    SLACK_STATE_SECRET: '',
    MONITORWIJZER_SECRET_KEY: '',
    DATABASE_URL: '',
    MONITORWIJZER_DATA: '',
  };
}

/**
 * OAuth mode, as `npm start` runs it for many workspaces: the OAuth client's variables (made up: the install
 * flow is never used here), a fresh key, and the store in `database` (a PostgreSQL server, or the embedded
 * database's folder). The bot token comes from the installation, read from the database and then cached.
 */
function oauthEnv(single: Record<string, string>, database: DatabaseTarget): Record<string, string> {
  return {
    ...single,
    SLACK_BOT_TOKEN: '',
    SLACK_CLIENT_ID: '1000000001.1000000001',
    SLACK_CLIENT_SECRET: randomBytes(16).toString('hex'),
    SLACK_STATE_SECRET: randomBytes(32).toString('hex'),
    MONITORWIJZER_SECRET_KEY: randomBytes(32).toString('base64'),
    ...('url' in database ? { DATABASE_URL: database.url } : { MONITORWIJZER_DATA: database.dataDir }),
  };
}

interface FullRound extends LoadFigures {
  outbound: number;
  stubCpuMs: number;
}

/** A full-load run, with the calls the app made to the stub during it and the stub's CPU. */
async function fullRound(stub: Service, stubUrl: string, load: () => Promise<LoadFigures>): Promise<FullRound> {
  const callsBefore = await outboundCalls(stubUrl);
  const stubCpuBefore = stub.cpuMs();
  const figures = await load();
  return {
    ...figures,
    outbound: (await outboundCalls(stubUrl)) - callsBefore,
    stubCpuMs: stub.cpuMs() - stubCpuBefore,
  };
}

function appFigures(
  rounds: FullRound[],
  curve: CurvePoint[],
  countedRates: ReadonlySet<number>,
  idleRssMb: number,
): AppFigures {
  const runs: LoadFigures[] = [...rounds, ...curve];
  const counted: LoadFigures[] = [...rounds, ...curve.filter((p) => countedRates.has(p.rate))];
  const mean = (of: (r: FullRound) => number) => rounds.reduce((sum, r) => sum + of(r), 0) / rounds.length;
  const answered = rounds.reduce((sum, r) => sum + r.answered, 0);
  return {
    rps: mean((r) => r.rps),
    p99Ms: Math.max(...rounds.map((r) => r.p99Ms)),
    cpuUsPerRequest: mean((r) => r.cpuUsPerRequest),
    generatorLoad: Math.max(...rounds.map((r) => r.generatorLoad)),
    outboundPerRequest: rounds.reduce((sum, r) => sum + r.outbound, 0) / Math.max(1, answered),
    stubCpuUsPerRequest: (rounds.reduce((sum, r) => sum + r.stubCpuMs, 0) * 1000) / Math.max(1, answered),
    curve,
    errors: counted.reduce((sum, r) => sum + r.errors, 0),
    idleRssMb,
    peakRssMb: Math.max(...runs.map((r) => r.peakRssMb)),
  };
}

async function outboundCalls(stubUrl: string): Promise<number> {
  const counts = (await (await fetch(`${stubUrl}/stats`)).json()) as Record<string, number>;
  return Object.entries(counts).reduce((sum, [kind, count]) => sum + (kind === 'auth.test' ? 0 : count), 0);
}
