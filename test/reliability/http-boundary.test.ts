import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../../src/slack/http-guard.js';
import { type LiveApp, rawRequest, SIGNING_SECRET, startLiveApp } from '../helpers/live-app.js';
import { slashCommand } from '../helpers/payloads.js';
import { formEncoded, nowSeconds, signature, signedHeaders } from '../helpers/signing.js';
import { type SlackStub, startSlackStub } from '../helpers/slack-stub.js';

const FORM = 'application/x-www-form-urlencoded';
const rejected: Record<string, number> = {};

describe('the HTTP endpoint', () => {
  let stub: SlackStub;
  let live: LiveApp;
  /** Requests that got as far as the app's middleware: a rejected request must never get there. */
  let processed: number;

  beforeEach(async () => {
    stub = await startSlackStub();
    live = await startLiveApp(stub);
    processed = 0;
    live.slack.app.use(async ({ next }) => {
      processed++;
      await next();
    });
  });
  afterEach(async () => {
    await live.stop();
    await stub.close();
  });
  afterAll(() => {
    console.info(`[reliability] rejected requests by kind: ${JSON.stringify(rejected)}`);
  });

  const command = formEncoded(slashCommand('vingerafdruk kassa'));
  const outbound = () => stub.calls.filter((c) => c.method !== 'auth.test');

  async function expectRejected(
    kind: string,
    headers: Record<string, string>,
    status = 401,
    body = command,
  ): Promise<void> {
    const response = await fetch(`${live.base}/slack/events`, { method: 'POST', body, headers });
    expect(response.status).toBe(status);
    // Give a listener, had one been started, the time to call Slack.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(processed).toBe(0);
    expect(outbound()).toEqual([]);
    rejected[kind] = (rejected[kind] ?? 0) + 1;
  }

  describe('answers 401 and runs no listener', () => {
    it('without a signature', () =>
      expectRejected('no signature', { 'content-type': FORM, 'x-slack-request-timestamp': String(nowSeconds()) }));

    it('without a timestamp', () =>
      expectRejected('no timestamp', {
        'content-type': FORM,
        'x-slack-signature': signature(SIGNING_SECRET, nowSeconds(), command),
      }));

    it('with a signature made with another secret', () =>
      expectRejected('wrong signature', signedHeaders('another-secret-0123456789abcdef', command, FORM)));

    it('with a signature of another body', () =>
      expectRejected('wrong signature', signedHeaders(SIGNING_SECRET, `${command}&text=meer`, FORM)));

    it('with an unknown signature version', () => {
      const ts = nowSeconds();
      return expectRejected('wrong signature', {
        'content-type': FORM,
        'x-slack-request-timestamp': String(ts),
        'x-slack-signature': signature(SIGNING_SECRET, ts, command).replace('v0=', 'v1='),
      });
    });

    it('with a timestamp more than 5 minutes old', () =>
      expectRejected('timestamp too old', signedHeaders(SIGNING_SECRET, command, FORM, nowSeconds() - 301)));

    it('with a timestamp more than 5 minutes in the future', () =>
      expectRejected('timestamp in the future', signedHeaders(SIGNING_SECRET, command, FORM, nowSeconds() + 600)));

    it('with a timestamp that is not a number', () => {
      const headers = { ...signedHeaders(SIGNING_SECRET, command, FORM), 'x-slack-request-timestamp': 'tomorrow' };
      return expectRejected('timestamp not a number', headers);
    });
  });

  it('refuses a body over the size limit with 413, without reading it into a listener', async () => {
    const huge = formEncoded(slashCommand('x'.repeat(MAX_BODY_BYTES)));
    await expectRejected('body too large', signedHeaders(SIGNING_SECRET, huge, FORM), 413, huge);
  });

  it('still answers a large body under the limit', async () => {
    const large = formEncoded(slashCommand(`vingerafdruk ${'x'.repeat(MAX_BODY_BYTES / 2)}`));
    expect((await live.postRaw(large, FORM)).status).toBe(200);
  });

  it('answers 400 to a signed body that is not JSON', async () => {
    expect((await live.postRaw('{"type": "event_callback", ', 'application/json')).status).toBe(400);
    rejected['malformed body'] = (rejected['malformed body'] ?? 0) + 1;
  });

  it('answers 400, not 500, to a signed body Bolt cannot process', async () => {
    expect((await live.postRaw('null', 'application/json')).status).toBe(400);
    rejected['unprocessable body'] = (rejected['unprocessable body'] ?? 0) + 1;
  });

  it.each([
    ['GET', '/slack/events'],
    ['PUT', '/slack/events'],
    ['POST', '/healthz'],
    ['HEAD', '/healthz'],
    ['GET', '/'],
    ['GET', '/slack/install'],
    ['GET', '/slack/oauth_redirect'],
    ['GET', '/.env'],
    ['GET', '/slack/events/../../etc/passwd'],
    ['POST', '/slack/events/'],
    ['POST', '/SLACK/EVENTS'],
    ['GET', '/%E0%A4%A'],
  ])('answers only its documented paths: %s %s is 404', async (method, path) => {
    expect(
      await rawRequest(live.base, method, path, method === 'POST' ? command : undefined, { 'content-type': FORM }),
    ).toBe(404);
    expect(processed).toBe(0);
    rejected['unknown path'] = (rejected['unknown path'] ?? 0) + 1;
  });

  it('answers GET /healthz and a signed POST /slack/events', async () => {
    expect(await rawRequest(live.base, 'GET', '/healthz')).toBe(200);
    expect((await live.postRaw(command, FORM)).status).toBe(200);
    expect(processed).toBe(1);
  });
});
