import { request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach } from 'vitest';
import type { HttpConfig, LogLevelName } from '../../src/config.js';
import type { Guide } from '../../src/guide/guide.js';
import { createSlackApp, type SlackApp } from '../../src/slack/app.js';
import { createPrivateLogger, logLevel } from '../../src/slack/logger.js';
import { realGuide } from './knowledge.js';
import { encodeForSlack, signedHeaders } from './signing.js';
import { type SlackStub, startSlackStub } from './slack-stub.js';

/** Recognisable secrets: a test asserts they never reach a log line. */
export const BOT_TOKEN = 'xoxb-1234567890-0987654321-SeCrEtBoTtOkEn';
export const SIGNING_SECRET = 'rel-signing-secret-5f2c9a7e1d3b8046';

export interface LiveApp {
  slack: SlackApp;
  base: string;
  logs: string[];
  /** POSTs a Slack payload to /slack/events, signed (or as given in `headers`). */
  post(payload: object, headers?: Record<string, string>): Promise<Response>;
  /** POSTs a raw body, signed with the signing secret. */
  postRaw(body: string | Uint8Array, contentType: string, extraHeaders?: Record<string, string>): Promise<Response>;
  stop(): Promise<void>;
}

/** The real app in HTTP mode on 127.0.0.1, talking to the stub instead of Slack. */
export async function startLiveApp(
  stub: SlackStub,
  options: { logLevel?: LogLevelName; guide?: Guide; site?: boolean } = {},
): Promise<LiveApp> {
  const logs: string[] = [];
  const config: HttpConfig = {
    mode: 'http',
    botToken: BOT_TOKEN,
    signingSecret: SIGNING_SECRET,
    port: 0,
    host: '127.0.0.1',
    logLevel: options.logLevel ?? 'info',
    apiUrl: stub.apiUrl,
    ...(options.site && { site: true }),
  };
  const slack = createSlackApp(
    config,
    options.guide ?? realGuide(),
    createPrivateLogger(logLevel(config.logLevel), (line) => logs.push(line)),
  );
  const server = (await slack.start()) as Server;
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const postRaw = (body: string | Uint8Array, contentType: string, extraHeaders: Record<string, string> = {}) => {
    const text = typeof body === 'string' ? body : Buffer.from(body).toString();
    return fetch(`${base}/slack/events`, {
      method: 'POST',
      body,
      headers: { ...signedHeaders(SIGNING_SECRET, text, contentType), ...extraHeaders },
    });
  };
  return {
    slack,
    base,
    logs,
    postRaw,
    post: (payload, headers) => {
      const { body, contentType } = encodeForSlack(payload as Record<string, unknown>);
      return headers
        ? fetch(`${base}/slack/events`, { method: 'POST', body, headers: { 'content-type': contentType, ...headers } })
        : postRaw(body, contentType);
    },
    stop: () => slack.stop(),
  };
}

/** Waits until `probe` holds, polling; fails with `what` after `ms`. */
/** A fresh Slack stand-in and the app against it for every test of the calling describe block, stopped after. */
export function useLiveApp(): { stub: SlackStub; live: LiveApp } {
  const env = {} as { stub: SlackStub; live: LiveApp };
  beforeEach(async () => {
    env.stub = await startSlackStub();
    env.live = await startLiveApp(env.stub);
  });
  afterEach(async () => {
    await env.live.stop();
    await env.stub.close();
  });
  return env;
}

/** Waits for `probe` to hold; the deadline only catches a hang, so a slow machine never fails on it. */
export async function until(probe: () => boolean, what: string, ms = 90_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!probe()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** A request on a new connection (no keep-alive pool), with the path sent exactly as written (fetch normalises it). */
export function rawRequest(
  base: string,
  method: string,
  path: string,
  body?: string,
  headers: Record<string, string> = {},
): Promise<number> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, method, path, headers, agent: false }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end(body);
  });
}
