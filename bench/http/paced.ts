import { Agent, request } from 'node:http';
import { EVENTS_PATH } from '../../src/slack/http-guard.js';
import { percentile } from '../stats.js';
import { type LoadFigures, type NextRequest, type RequestFigures, SLACK_TIMEOUT_MS, watched } from './load.js';
import type { Service } from './processes.js';

/**
 * A steady rate, whatever the app does: request i is due at start + i/rate and its latency counts from then,
 * so a stalled app shows in the figures instead of slowing the load (no coordinated omission).
 * autocannon cannot do this: its rate limit lets each connection send its quota for the second back to back
 * and then pause, and its latency correction assumes 1 ms between requests at any rate.
 */
export function runPaced(target: Service, next: NextRequest, plan: PacedPlan): Promise<LoadFigures> {
  return watched(target, () => openLoop(target.port, next, plan));
}

export interface PacedPlan {
  rate: number;
  seconds: number;
  /**
   * At most this many connections, as in the full-load runs. A request due while all are busy waits here, its
   * latency still counting from when it was due. Without a cap, each stall opens more connections, and
   * setting them up costs the app more than the requests they carry.
   */
  connections: number;
}

function openLoop(port: number, next: NextRequest, { rate, seconds, connections }: PacedPlan): Promise<RequestFigures> {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const total = Math.round(rate * seconds);
  const latencies: number[] = [];
  let errors = 0;
  let sent = 0;
  let settled = 0;
  const start = performance.now();
  const dueAt = (i: number) => start + (i * 1000) / rate;
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      clearTimeout(cutoff);
      agent.destroy();
      resolve({
        answered: latencies.length,
        seconds: (performance.now() - start) / 1000,
        requests: total,
        p50Ms: percentile(latencies, 50),
        p99Ms: percentile(latencies, 99),
        maxMs: Math.max(0, ...latencies),
        // Those still unanswered at the cutoff are as late as Slack allows, or later.
        errors: errors + total - settled,
      });
    };
    // Slack gives up 3 s after a request is due: an answer later than that is a timeout, so an app that falls
    // behind the rate ends the run 3 s after the last request was due instead of stretching it.
    const cutoff = setTimeout(finish, dueAt(total - 1) - start + SLACK_TIMEOUT_MS);
    const settle = (i: number, ok: boolean) => {
      if (done) return;
      const latency = performance.now() - dueAt(i);
      if (ok && latency <= SLACK_TIMEOUT_MS) latencies.push(latency);
      else errors++;
      if (++settled === total) finish();
    };
    const sendDue = () => {
      for (const now = performance.now(); sent < total && dueAt(sent) <= now; sent++)
        send(port, agent, next(), settle.bind(null, sent));
      if (sent < total) setTimeout(sendDue, Math.max(0, dueAt(sent) - performance.now()));
    };
    sendDue();
  });
}

function send(
  port: number,
  agent: Agent,
  { body, headers }: ReturnType<NextRequest>,
  settle: (ok: boolean) => void,
): void {
  const req = request(
    {
      host: '127.0.0.1',
      port,
      method: 'POST',
      path: EVENTS_PATH,
      agent,
      headers: { ...headers, 'content-length': Buffer.byteLength(body) },
      timeout: SLACK_TIMEOUT_MS,
    },
    (res) => {
      res.resume();
      res.once('end', () => settle((res.statusCode ?? 0) >= 200 && (res.statusCode ?? 0) < 300));
    },
  );
  req.once('timeout', () => req.destroy(new Error('no answer within 3 s')));
  req.once('error', () => settle(false));
  req.end(body);
}
