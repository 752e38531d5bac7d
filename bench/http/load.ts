import autocannon from 'autocannon';
import { EVENTS_PATH } from '../../src/slack/http-guard.js';
import type { Service } from './processes.js';

/** The next request to send: a body and its signed headers, made fresh for each request. */
export type NextRequest = () => { body: string; headers: Record<string, string> };

export interface LoadFigures {
  /** Answered (2xx) requests per second of the run. */
  rps: number;
  requests: number;
  answered: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** Non-2xx answers plus connection errors and timeouts. */
  errors: number;
  /** The highest resident memory of the app seen while the load ran. */
  peakRssMb: number;
  /** CPU time the app spent per answered request, in µs. */
  cpuUsPerRequest: number;
  /** Share of one core this process (the load generator) used: near 1, the generator, not the app, set the pace. */
  generatorLoad: number;
}

export type RequestFigures = Pick<LoadFigures, 'requests' | 'answered' | 'p50Ms' | 'p99Ms' | 'maxMs' | 'errors'> & {
  seconds: number;
};

/** Slack gives up on an app after 3 seconds; a slower answer counts as an error here too. */
export const SLACK_TIMEOUT_MS = 3_000;
const RSS_SAMPLE_MS = 200;

/** As many requests as the app answers, from `connections` keep-alive connections (autocannon). */
export function runLoad(
  target: Service,
  next: NextRequest,
  plan: { connections: number; seconds: number },
): Promise<LoadFigures> {
  return watched(target, () => closedLoop(target.port, next, plan));
}

/** Runs `load` while sampling the app's memory and CPU and this process's own CPU. */
export async function watched(target: Service, load: () => Promise<RequestFigures>): Promise<LoadFigures> {
  let peakRssMb = target.rssMb();
  const sampler = setInterval(() => (peakRssMb = Math.max(peakRssMb, target.rssMb())), RSS_SAMPLE_MS);
  const cpuBefore = target.cpuMs();
  const generatorBefore = process.cpuUsage();
  const began = performance.now();
  try {
    const { seconds, ...figures } = await load();
    const { answered } = figures;
    const generator = process.cpuUsage(generatorBefore);
    return {
      ...figures,
      rps: answered / seconds,
      peakRssMb: Math.max(peakRssMb, target.rssMb()),
      cpuUsPerRequest: ((target.cpuMs() - cpuBefore) * 1000) / Math.max(1, answered),
      generatorLoad: (generator.user + generator.system) / 1000 / (performance.now() - began),
    };
  } finally {
    clearInterval(sampler);
  }
}

function closedLoop(
  port: number,
  next: NextRequest,
  plan: { connections: number; seconds: number },
): Promise<RequestFigures> {
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: `http://127.0.0.1:${port}`,
        connections: plan.connections,
        duration: plan.seconds,
        timeout: SLACK_TIMEOUT_MS / 1000,
        requests: [{ method: 'POST', path: EVENTS_PATH, setupRequest: (request) => ({ ...request, ...next() }) }],
      },
      (error, result) => {
        if (error) return reject(error);
        resolve({
          answered: result['2xx'],
          seconds: result.duration,
          requests: result.requests.total,
          p50Ms: result.latency.p50,
          p99Ms: result.latency.p99,
          maxMs: result.latency.max,
          errors: result.non2xx + result.errors,
        });
      },
    );
  });
}
