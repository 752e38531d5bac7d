import { randomBytes } from 'node:crypto';
import type { KnowledgeBase } from '../../src/knowledge/base.js';
import { HEALTH_PATH } from '../../src/slack/app.js';
import { BENCH_BUILD, REPO } from '../paths.js';
import { type LoadFigures, runLoad } from './load.js';
import { runPaced } from './paced.js';
import { type Interaction, interactions, signedRequest } from './payloads.js';
import { type Service, startService } from './processes.js';

export interface HttpPlan {
  connections: number;
  warmupSeconds: number;
  /** Alternating measured runs per app, so drift on the machine hits both alike. */
  rounds: number;
  roundSeconds: number;
  /** A steady rate for the ack latency figure, sent open-loop over at most `connections` connections (see paced.ts). */
  fixedRate: number;
  fixedSeconds: number;
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
  atFixedRate: LoadFigures;
  errors: number;
  idleRssMb: number;
  peakRssMb: number;
}

export interface HttpFigures {
  ours: AppFigures;
  bare: AppFigures;
  /** Calls the app made to the stub (Web API and response_url) per request it answered. */
  outboundPerRequest: number;
  /** CPU the stub spent per request the app answered, in µs: it shares the machine with the app. */
  stubCpuUsPerRequest: number;
  fixedRate: number;
  interactions: { clicks: number; commands: number };
}

const IDLE_SETTLE_MS = 1_000;

/** Our app and a bare Bolt app, each in its own process, under the same load from this process. */
export async function compareHttp(
  kb: KnowledgeBase,
  questions: readonly string[],
  plan: HttpPlan,
  say: (line: string) => void,
): Promise<HttpFigures> {
  const secret = randomBytes(24).toString('hex');
  const mix = interactions(kb, questions);
  const started: Service[] = [];
  const start = async (...args: Parameters<typeof startService>) => {
    const service = await startService(...args);
    started.push(service);
    return service;
  };
  try {
    const stub = await start('Slack stub', `${BENCH_BUILD}bench/http/stub.js`, {});
    const stubUrl = `http://127.0.0.1:${stub.port}`;
    const ours = await start('monitorwijzer', `${REPO}dist/main.js`, oursEnv(secret, stubUrl), HEALTH_PATH);
    const bare = await start('bare Bolt', `${BENCH_BUILD}bench/http/bare-bolt.js`, { SLACK_SIGNING_SECRET: secret });
    await new Promise((resolve) => setTimeout(resolve, IDLE_SETTLE_MS));
    const idle = { ours: ours.rssMb(), bare: bare.rssMb() };
    let n = 0;
    const next = () => signedRequest(mix[n % mix.length] as Interaction, n++, secret, stubUrl);
    const load = (target: Service, what: string, p: { connections: number; seconds: number }) => {
      say(`  ${target.name}: ${what}, ${p.seconds} s`);
      return runLoad(target, next, p);
    };
    const paced = (target: Service) => {
      say(`  ${target.name}: ${plan.fixedRate} req/s, ${plan.fixedSeconds} s`);
      return runPaced(target, next, {
        rate: plan.fixedRate,
        seconds: plan.fixedSeconds,
        connections: plan.connections,
      });
    };
    const full = { connections: plan.connections, seconds: plan.roundSeconds };
    await load(ours, 'warm-up', { ...full, seconds: plan.warmupSeconds });
    await load(bare, 'warm-up', { ...full, seconds: plan.warmupSeconds });
    const callsBefore = await outboundCalls(stubUrl);
    const stubCpuBefore = stub.cpuMs();
    const rounds = { ours: [] as LoadFigures[], bare: [] as LoadFigures[] };
    for (let round = 1; round <= plan.rounds; round++) {
      rounds.ours.push(await load(ours, `full load, round ${round}`, full));
      rounds.bare.push(await load(bare, `full load, round ${round}`, full));
    }
    const answered = rounds.ours.reduce((sum, r) => sum + r.rps * plan.roundSeconds, 0);
    const outboundPerRequest = ((await outboundCalls(stubUrl)) - callsBefore) / Math.max(1, answered);
    const stubCpuUsPerRequest = ((stub.cpuMs() - stubCpuBefore) * 1000) / Math.max(1, answered);
    const atFixedRate = { ours: await paced(ours), bare: await paced(bare) };
    return {
      ours: appFigures(rounds.ours, atFixedRate.ours, idle.ours),
      bare: appFigures(rounds.bare, atFixedRate.bare, idle.bare),
      outboundPerRequest,
      stubCpuUsPerRequest,
      fixedRate: plan.fixedRate,
      interactions: {
        clicks: mix.filter((m) => m.kind === 'click').length,
        commands: mix.filter((m) => m.kind === 'command').length,
      },
    };
  } catch (error) {
    throw new Error(
      `${(error as Error).message}\n${started.map((s) => `--- ${s.name} output:\n${s.output()}`).join('\n')}`,
    );
  } finally {
    await Promise.all(started.map((s) => s.stop()));
  }
}

/** HTTP mode (a signing secret and no app token), with the Web API on the stub; no real token is needed. */
function oursEnv(secret: string, stubUrl: string): Record<string, string> {
  return {
    SLACK_BOT_TOKEN: 'xoxb-bench-not-a-token',
    SLACK_SIGNING_SECRET: secret,
    SLACK_APP_TOKEN: '',
    SLACK_MODE: 'http',
    HOST: '127.0.0.1',
    SLACK_API_URL: `${stubUrl}/api/`,
    MONITORWIJZER_DIR: '',
    MONITORWIJZER_ORG: '',
    LOG_LEVEL: '',
  };
}

function appFigures(rounds: LoadFigures[], atFixedRate: LoadFigures, idleRssMb: number): AppFigures {
  const runs = [...rounds, atFixedRate];
  return {
    rps: rounds.reduce((sum, r) => sum + r.rps, 0) / rounds.length,
    p99Ms: Math.max(...rounds.map((r) => r.p99Ms)),
    cpuUsPerRequest: rounds.reduce((sum, r) => sum + r.cpuUsPerRequest, 0) / rounds.length,
    generatorLoad: Math.max(...rounds.map((r) => r.generatorLoad)),
    atFixedRate,
    errors: runs.reduce((sum, r) => sum + r.errors, 0),
    idleRssMb,
    peakRssMb: Math.max(...runs.map((r) => r.peakRssMb)),
  };
}

async function outboundCalls(stubUrl: string): Promise<number> {
  const counts = (await (await fetch(`${stubUrl}/stats`)).json()) as Record<string, number>;
  return Object.entries(counts).reduce((sum, [kind, count]) => sum + (kind === 'auth.test' ? 0 : count), 0);
}
