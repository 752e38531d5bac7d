import type { Server } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KEEP_ALIVE_MS } from '../../src/slack/app.js';
import { messageProblems } from '../helpers/block-kit.js';
import { slashCommand } from '../helpers/payloads.js';
import { formEncoded, nowSeconds, signature, signedHeaders } from '../helpers/signing.js';
import {
  createTestApp,
  mockSlack,
  setUpNock,
  TEST_SIGNING_SECRET,
  type TestApp,
  tearDownNock,
} from '../helpers/slack-app.js';

describe('the signing test vector from Slack’s documentation', () => {
  it('is reproduced by the signing used in these tests', () => {
    const body =
      'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c';
    expect(signature('8f742231b10e8888abcd99yyyzzz85a5', 1531420618, body)).toBe(
      'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503',
    );
  });
});

describe('HTTP mode on loopback', () => {
  let app: TestApp;
  let server: Server;
  let base: string;
  let slack: ReturnType<typeof mockSlack>;

  beforeEach(async () => {
    setUpNock();
    slack = mockSlack();
    app = await createTestApp();
    server = (await app.slack.start()) as Server;
    const address = server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterEach(async () => {
    await app.slack.stop();
    tearDownNock();
  });

  const post = (body: string, headers: Record<string, string>) =>
    fetch(`${base}/slack/events`, { method: 'POST', body, headers });
  const command = formEncoded(slashCommand('vingerafdruk kassa'));
  const form = 'application/x-www-form-urlencoded';

  it('answers a correctly signed slash command with 200 and sends valid Block Kit', async () => {
    const response = await post(command, signedHeaders(TEST_SIGNING_SECRET, command, form));
    expect(response.status).toBe(200);
    await expect.poll(() => slack.responses.length, { timeout: 60_000 }).toBe(1);
    expect(messageProblems(slack.responses[0]!.body as never)).toEqual([]);
  });

  it('rejects a request without a signature with 401', async () => {
    expect((await post(command, { 'content-type': form })).status).toBe(401);
  });

  it('rejects a wrong signature with 401', async () => {
    expect((await post(command, signedHeaders('another-secret-0123456789abcdef', command, form))).status).toBe(401);
  });

  it('rejects a stale timestamp (more than 5 minutes old) with 401', async () => {
    expect((await post(command, signedHeaders(TEST_SIGNING_SECRET, command, form, nowSeconds() - 301))).status).toBe(
      401,
    );
  });

  it('rejects a timestamp more than 5 minutes in the future with 401', async () => {
    expect((await post(command, signedHeaders(TEST_SIGNING_SECRET, command, form, nowSeconds() + 600))).status).toBe(
      401,
    );
    expect(slack.responses).toEqual([]);
  });

  it('accepts a little clock skew into the future', async () => {
    expect((await post(command, signedHeaders(TEST_SIGNING_SECRET, command, form, nowSeconds() + 60))).status).toBe(
      200,
    );
  });

  it('answers Slack’s URL verification with the challenge', async () => {
    const body = JSON.stringify({ token: 't', challenge: 'abc123', type: 'url_verification' });
    const response = await post(body, signedHeaders(TEST_SIGNING_SECRET, body, 'application/json'));
    expect(await response.json()).toEqual({ challenge: 'abc123' });
  });

  it('reports health at /healthz', async () => {
    const response = await fetch(`${base}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('keeps idle connections open longer than clients do, so a reused connection is never closed under a request', () => {
    expect(server.keepAliveTimeout).toBe(KEEP_ALIVE_MS);
    expect(KEEP_ALIVE_MS).toBeGreaterThan(60_000);
  });

  it('stops taking connections on stop(), and a second stop() is harmless', async () => {
    await app.slack.stop();
    await app.slack.stop();
    await expect(fetch(`${base}/healthz`)).rejects.toThrow();
  });
});
