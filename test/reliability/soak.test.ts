import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { random, statePool } from '../helpers/fuzz-payloads.js';
import { realGuide } from '../helpers/knowledge.js';
import { BOT_TOKEN, SIGNING_SECRET, until } from '../helpers/live-app.js';
import {
  appHomeOpened,
  appMention,
  blockActions,
  directMessage,
  ephemeralContainer,
  shareSubmission,
  slashCommand,
} from '../helpers/payloads.js';
import { encodeForSlack, signedHeaders } from '../helpers/signing.js';
import { rateLimited, type SlackStub, serverError, startSlackStub } from '../helpers/slack-stub.js';

/**
 * Mixed traffic against the built app in its own process, for SOAK_SECONDS (default 10; 60 for the long
 * run) after a warm-up, measuring the app's resident memory idle, at the start and at the end. The app keeps
 * no conversation store and a bounded memory of event ids, so memory levels off rather than grow with the requests.
 */
const SECONDS = Number(process.env.SOAK_SECONDS ?? 10);
/** Whether memory levels off can only be judged over a longer run; `npm test` runs a short one. */
const LONG_RUN = SECONDS >= 30;
const CONCURRENCY = 8;
/** Under load V8 first grows its heap for some seconds, then levels off; the soak is measured from there. */
const WARM_UP_SECONDS = 5;
/** Loose, as V8 grows its heap in steps; a leak of a few kilobytes per request would cross it within seconds. */
const MAX_RSS_GROWTH_MB = 64;
/** Under this load the heap settles at about 270 MB (V8 sizes it to the allocation rate), from about 120 MB idle. */
const MAX_RSS_MB = 512;
const MAIN = fileURLToPath(new URL('../../dist/main.js', import.meta.url));

const rssMb = (pid: number) =>
  Number(execFileSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' }).trim()) / 1024;

describe(`a ${SECONDS}-second soak with mixed traffic`, () => {
  let stub: SlackStub;
  let child: ChildProcess;
  let base: string;
  let stderr = '';
  const statuses: Record<number, number> = {};
  let requests = 0;
  let warmUpRequests = 0;
  const rss = { idle: 0, start: 0, end: 0 };
  /** RSS once a second during the soak. */
  const samples: number[] = [];

  beforeAll(
    async () => {
      stub = await startSlackStub();
      const env = {
        PATH: process.env.PATH ?? '',
        SLACK_BOT_TOKEN: BOT_TOKEN,
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        PORT: '0',
        HOST: '127.0.0.1',
        SLACK_API_URL: stub.apiUrl,
      };
      child = spawn(process.execPath, [MAIN], { env, stdio: ['ignore', 'ignore', 'pipe'] });
      child.stderr!.on('data', (d) => (stderr = (stderr + d).slice(-20_000)));
      await until(() => /HTTP mode on port \d+/.test(stderr), 'the app to listen');
      base = `http://127.0.0.1:${/HTTP mode on port (\d+)/.exec(stderr)![1]}`;
      rss.idle = rssMb(child.pid!);
      await traffic(WARM_UP_SECONDS * 1000);
      warmUpRequests = requests;
      rss.start = rssMb(child.pid!);
      const sampler = setInterval(() => samples.push(rssMb(child.pid!)), 1000);
      await traffic(SECONDS * 1000);
      clearInterval(sampler);
      rss.end = rssMb(child.pid!);
      samples.push(rss.end);
    },
    SECONDS * 1000 + 60_000,
  );

  afterAll(async () => {
    child?.kill('SIGKILL');
    await stub?.close();
    const mb = (n: number) => `${n.toFixed(1)} MB`;
    console.info(
      `[reliability] soak: ${requests - warmUpRequests} requests in ${SECONDS} s after ${warmUpRequests} in ${WARM_UP_SECONDS} s to warm up; statuses ${JSON.stringify(statuses)}; ` +
        `app RSS ${mb(rss.idle)} idle, ${mb(rss.start)} at the start, ${mb(rss.end)} at the end, ${mb(Math.max(...samples))} at most; per second: ${samples.map((n) => n.toFixed(0)).join(' ')}`,
    );
  });

  /** Sends mixed requests, CONCURRENCY at a time, for `ms`. */
  async function traffic(ms: number): Promise<void> {
    const guide = realGuide();
    const states = statePool(guide);
    const deadline = Date.now() + ms;
    let sent = 0;
    const more = () => Date.now() < deadline;
    const worker = async () => {
      while (more()) {
        const index = requests + sent++;
        const rnd = random(index);
        const pick = <T>(items: readonly T[]) => items[Math.floor(rnd() * items.length)] as T;
        const hook = stub.hookUrl(`s${index}`);
        if (index % 97 === 0)
          stub.queue(
            pick(['chat.postEphemeral', 'chat.postMessage', 'views.publish']),
            pick([rateLimited(1), rateLimited(30), serverError, { drop: true }]),
          );
        const payload = pick([
          () => ({
            ...slashCommand(pick(['vingerafdruk kassa', 'camera op het werk', 'privacy', 'help', 'mag dat?'])),
            response_url: hook,
          }),
          () => ({
            ...blockActions({ action_id: 'mw.go.option.x', value: pick(states.valid) }, ephemeralContainer),
            response_url: hook,
          }),
          () => ({
            ...blockActions(
              { action_id: 'mw.go.back', value: pick([...states.outdated, ...states.otherFlow]) },
              ephemeralContainer,
            ),
            response_url: hook,
          }),
          () => ({ ...blockActions({ action_id: 'mw.retired', value: 'x' }, ephemeralContainer), response_url: hook }),
          () => ({ ...directMessage('wordt mijn laptop gevolgd'), event_id: `Ev${index % 3000}` }),
          () => appMention('camera'),
          () => appHomeOpened(),
          () => shareSubmission(pick(states.valid), { user: 'U0COLL0001' }),
        ])();
        const { body, contentType } = encodeForSlack(payload as Record<string, unknown>);
        const response = await fetch(`${base}/slack/events`, {
          method: 'POST',
          body,
          headers: signedHeaders(SIGNING_SECRET, body, contentType),
        });
        await response.arrayBuffer();
        statuses[response.status] = (statuses[response.status] ?? 0) + 1;
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    requests += sent;
  }

  it('answers every request without a server error, and stays up', async () => {
    expect(Object.keys(statuses).every((s) => Number(s) < 500)).toBe(true);
    expect(child.exitCode).toBeNull();
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect(stderr).not.toMatch(/unhandled rejection|heap out of memory/);
  });

  it.runIf(LONG_RUN)(
    `levels off: the second half of the soak adds less than ${MAX_RSS_GROWTH_MB} MB to the first half's peak`,
    () => {
      const half = Math.floor(samples.length / 2);
      expect(half).toBeGreaterThan(0);
      expect(Math.max(...samples.slice(half)) - Math.max(...samples.slice(0, half))).toBeLessThan(MAX_RSS_GROWTH_MB);
    },
  );

  it.runIf(LONG_RUN)(`stays under ${MAX_RSS_MB} MB`, () => {
    expect(Math.max(...samples)).toBeLessThan(MAX_RSS_MB);
  });
});
