import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageProblems } from '../helpers/block-kit.js';
import { fuzzRequest, statePool } from '../helpers/fuzz-payloads.js';
import { realGuide } from '../helpers/knowledge.js';
import { type LiveApp, rawRequest, SIGNING_SECRET, startLiveApp, until } from '../helpers/live-app.js';
import { slashCommand } from '../helpers/payloads.js';
import { encodeForSlack, signedHeaders } from '../helpers/signing.js';
import { type Call, type SlackStub, startSlackStub } from '../helpers/slack-stub.js';

/**
 * Generated requests, signed like Slack's, through the real app over HTTP on loopback. FUZZ_PAYLOADS
 * (default 10,000) and FUZZ_SEED make longer or other runs; a failure names the seed and the request's index.
 */
const PAYLOADS = Number(process.env.FUZZ_PAYLOADS ?? 10_000);
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_123);
/** Requests Bolt cannot classify are answered only after its 3-second ack timer, so many run at once. */
const CONCURRENCY = 96;
/** Every reply is checked for text; every n-th also against the Block Kit schema, which is slow. */
const BLOCK_KIT_SAMPLE = 10;

/** What a friendly answer never contains: internals leaking into what the person reads. */
const UNFRIENDLY = /\bundefined\b|\bNaN\b|\[object \w+\]|\b\w*Error\b|\n\s+at \S/;

/** What is kept of a request once sent: long runs cannot keep every body. */
interface Sent {
  index: number;
  kind: string;
  replyAt?: string;
}

describe(`${PAYLOADS} generated requests (seed ${SEED})`, () => {
  const rejections: unknown[] = [];
  const onRejection = (reason: unknown) => rejections.push(reason);
  const statuses: Record<string, Record<number, number>> = {};
  const failures: string[] = [];
  /** The problems of each reply to a response_url, checked as it arrives. */
  const replies = new Map<string, string[]>();
  let replyCount = 0;
  let stub: SlackStub;
  let live: LiveApp;
  let sent: Sent[] = [];
  let elapsed = 0;

  beforeAll(async () => {
    process.on('unhandledRejection', onRejection);
    stub = await startSlackStub({
      keep: false,
      observe: (call) => {
        if (call.method === 'hook' && call.hook)
          replies.set(call.hook, [
            ...(replies.get(call.hook) ?? []),
            ...problemsOf(call, replyCount++ % BLOCK_KIT_SAMPLE === 0),
          ]);
      },
    });
    live = await startLiveApp(stub);
    const started = Date.now();
    sent = await sendAll(
      live,
      stub,
      (kind, status) => {
        const byStatus = statuses[kind] ?? {};
        byStatus[status] = (byStatus[status] ?? 0) + 1;
        statuses[kind] = byStatus;
      },
      failures,
    );
    elapsed = Date.now() - started;
  });

  afterAll(async () => {
    process.off('unhandledRejection', onRejection);
    await live?.stop();
    await stub?.close();
    const total = Object.values(statuses)
      .flatMap((s) => Object.entries(s))
      .reduce<Record<string, number>>((all, [status, n]) => {
        all[status] = (all[status] ?? 0) + n;
        return all;
      }, {});
    const due = sent.filter((r) => r.replyAt).length;
    const logged = (level: string) => live?.logs.filter((l) => l.includes(` ${level} `)).length;
    console.info(
      `[reliability] fuzz: ${sent.length} requests in ${elapsed} ms, seed ${SEED}; statuses ${JSON.stringify(total)}; replies due ${due}, given ${replies.size}; ` +
        `unhandled rejections ${rejections.length}; logged ${logged('WARN')} warnings, ${logged('ERROR')} errors`,
    );
    console.info(`[reliability] fuzz by kind: ${JSON.stringify(statuses)}`);
  });

  it('sends them all', () => {
    expect(sent).toHaveLength(PAYLOADS);
  });

  it('never answers with a server error, and every request gets an answer', () => {
    expect(failures).toEqual([]);
    for (const byStatus of Object.values(statuses))
      for (const status of Object.keys(byStatus)) expect(Number(status)).toBeLessThan(500);
  });

  it('refuses every unsigned request with 401', () => {
    const unsigned = statuses.unsigned ?? {};
    expect(Object.keys(unsigned)).toEqual(['401']);
  });

  it('causes no unhandled promise rejection', () => {
    expect(rejections).toEqual([]);
  });

  it('gives a friendly answer wherever one is due', async () => {
    const due = sent.filter((r): r is Sent & { replyAt: string } => r.replyAt !== undefined);
    await until(
      () => due.every((r) => replies.has(r.replyAt)),
      'an answer to every well-formed click and command',
    ).catch(() => undefined);
    const name = (r: Sent) => `#${r.index} ${r.kind}`;
    // On a starved machine the stand-in can answer after the app's time limit for a Web API call, on every try:
    // the app then logs that it could not deliver. A reply may be missing only where such a line says so.
    const missing = due.filter((r) => !replies.has(r.replyAt)).map(name);
    const undelivered = live.logs.filter((l) => / WARN .*(failed:|could not tell the person either)/.test(l)).length;
    expect(missing.length, `no reply and no logged failure for ${missing.join(', ')}`).toBeLessThanOrEqual(undelivered);
    expect(due.flatMap((r) => replies.get(r.replyAt)!.map((problem) => `${name(r)}: ${problem}`))).toEqual([]);
  });

  it('is still up and answering afterwards, on a new connection', async () => {
    expect(await rawRequest(live.base, 'GET', '/healthz')).toBe(200);
    const { body, contentType } = encodeForSlack({
      ...slashCommand('vingerafdruk kassa'),
      response_url: stub.hookUrl('after'),
    });
    expect(
      await rawRequest(live.base, 'POST', '/slack/events', body, signedHeaders(SIGNING_SECRET, body, contentType)),
    ).toBe(200);
    await until(() => replies.has('after'), 'an answer after the fuzzing');
  });
});

/** Sends every request, CONCURRENCY at a time; records each status, and any request that got no answer at all. */
async function sendAll(
  live: LiveApp,
  stub: SlackStub,
  record: (kind: string, status: number) => void,
  failures: string[],
): Promise<Sent[]> {
  const guide = realGuide();
  const states = statePool(guide);
  const sent: Sent[] = [];
  let next = 0;
  const worker = async () => {
    for (let index = next++; index < PAYLOADS; index = next++) {
      const request = fuzzRequest(index, SEED, guide, states, stub.hookUrl);
      sent.push({ index, kind: request.kind, ...(request.replyAt && { replyAt: request.replyAt }) });
      try {
        const response = request.unsigned
          ? await fetch(`${live.base}/slack/events`, {
              method: 'POST',
              body: request.body,
              headers: { 'content-type': request.contentType },
            })
          : await live.postRaw(request.body, request.contentType);
        await response.arrayBuffer();
        record(request.kind, response.status);
        if (response.status >= 500) failures.push(`#${index} ${request.kind}: ${response.status}`);
      } catch (error) {
        failures.push(`#${index} ${request.kind}: no answer (${(error as Error).message})`);
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return sent;
}

/** Why a reply would not be a friendly answer: no text, internals in it, or (when `validate`) Block Kit Slack would refuse. */
function problemsOf(reply: Call, validate: boolean): string[] {
  const { text, blocks } = reply.body as { text?: unknown; blocks?: unknown };
  if (typeof text !== 'string' || !text.trim() || !Array.isArray(blocks) || blocks.length === 0)
    return ['no text or no blocks'];
  const shown = JSON.stringify(blocks);
  if (UNFRIENDLY.test(text) || UNFRIENDLY.test(shown)) return [`unfriendly text: ${text.slice(0, 80)}`];
  return validate ? messageProblems({ text, blocks }) : [];
}
