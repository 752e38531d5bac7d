import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, expect } from 'vitest';
import type { OAuthConfig } from '../../src/config.js';
import type { Guide } from '../../src/guide/guide.js';
import { createSlackApp, type SlackApp } from '../../src/slack/app.js';
import { createPrivateLogger, logLevel } from '../../src/slack/logger.js';
import { manifestScopes } from '../../src/slack/manifest.js';
import type { Store } from '../../src/store/store.js';
import { type Engine, openTwice, type TestDatabase } from './databases.js';
import { realGuide } from './knowledge.js';
import { IDS } from './payloads.js';
import { encodeForSlack, signedHeaders } from './signing.js';
import { type Reply, type SlackStub, startSlackStub } from './slack-stub.js';

/** Recognisable secrets: tests assert they are never found in plain text where they must not be. */
export const INSTALLED_TOKEN = 'xoxb-2222-3333-InStAlLeDbOtToKeN';
export const CLIENT_ID = '1111111111.2222222222';
export const CLIENT_SECRET = 'client-secret-0123456789abcdef';
export const STATE_SECRET = 'state-secret-0123456789abcdef0123456789';
export const OAUTH_SIGNING_SECRET = 'oauth-signing-secret-5f2c9a7e1d3b';
export const SECRET_KEY = randomBytes(32);

/** What Slack's oauth.v2.access answers for a workspace install (docs.slack.dev/reference/methods/oauth.v2.access). */
export function grant(scopes: string[], orgWide?: { enterprise: string }): Reply {
  return {
    status: 200,
    body: {
      ok: true,
      access_token: INSTALLED_TOKEN,
      token_type: 'bot',
      scope: scopes.join(','),
      bot_user_id: IDS.botUser,
      app_id: IDS.app,
      team: orgWide ? null : { id: IDS.team, name: 'Voorbeeld BV' },
      enterprise: orgWide ? { id: orgWide.enterprise, name: 'Voorbeeld Groep' } : null,
      is_enterprise_install: orgWide !== undefined,
      authed_user: { id: IDS.user },
    },
  };
}

export interface OAuthApp {
  slack: SlackApp;
  base: string;
  logs: string[];
  /** POSTs a Slack payload to /slack/events, signed. */
  post(payload: object): Promise<Response>;
  stop(): Promise<void>;
}

/** The real app in OAuth mode on 127.0.0.1, on a store a test opened, talking to the stub instead of Slack. */
export async function startOAuthApp(
  stub: SlackStub,
  store: Store,
  options: { cacheMs?: number; guide?: Guide } = {},
): Promise<OAuthApp> {
  const logs: string[] = [];
  const config: OAuthConfig = {
    mode: 'oauth',
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    stateSecret: STATE_SECRET,
    signingSecret: OAUTH_SIGNING_SECRET,
    secretKeys: [SECRET_KEY],
    port: 0,
    host: '127.0.0.1',
    logLevel: 'info',
    apiUrl: stub.apiUrl,
    database: { dataDir: 'memory://' },
    ...(options.cacheMs !== undefined && { installationCacheMs: options.cacheMs }),
  };
  const logger = createPrivateLogger(logLevel(config.logLevel), (line) => logs.push(line));
  const slack = createSlackApp(config, options.guide ?? realGuide(), logger, store);
  const server = (await slack.start()) as Server;
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    slack,
    base,
    logs,
    post: (payload) => {
      const { body, contentType } = encodeForSlack(payload as Record<string, unknown>);
      return fetch(`${base}/slack/events`, {
        method: 'POST',
        body,
        headers: signedHeaders(OAUTH_SIGNING_SECRET, body, contentType),
      });
    },
    stop: () => slack.stop(),
  };
}

export interface InstallStart {
  status: number;
  /** Where the "Add to Slack" button leads. */
  authorizeUrl: URL;
  state: string;
  /** The cookie that ties the state to this browser. */
  cookie: string;
}

/** A browser opening the install page. */
export async function openInstallPage(base: string): Promise<InstallStart> {
  const response = await fetch(`${base}/slack/install`, { redirect: 'manual' });
  const html = await response.text();
  const href = /href="(https:\/\/slack\.com\/oauth\/v2\/authorize[^"]+)"/.exec(html)?.[1] ?? '';
  const authorizeUrl = new URL(href.replace(/&amp;/g, '&'));
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return { status: response.status, authorizeUrl, state: authorizeUrl.searchParams.get('state') ?? '', cookie };
}

/** Slack sending the browser back after the person allowed the install. */
export async function returnFromSlack(
  base: string,
  state: string,
  cookie: string,
  code = 'grant-code-1',
): Promise<number> {
  const url = `${base}/slack/oauth_redirect?code=${encodeURIComponent(code)}&state=${encodeURIComponent(state)}`;
  const response = await fetch(url, { redirect: 'manual', headers: cookie ? { cookie } : {} });
  await response.text();
  return response.status;
}

/** The whole install, through one instance. */
export async function install(base: string): Promise<number> {
  const page = await openInstallPage(base);
  return returnFromSlack(base, page.state, page.cookie);
}

/** Per test: a fresh database on `engine`, a Slack stand-in, and the app in OAuth mode installed into one workspace. */
export function useInstalledApp(engine: Engine): { stub: SlackStub; store: Store; app: OAuthApp } {
  const env = {} as { stub: SlackStub; store: Store; app: OAuthApp };
  let db: TestDatabase;
  let close: () => Promise<void>;
  beforeEach(async () => {
    db = await engine.create();
    env.stub = await startSlackStub();
    env.stub.always('oauth.v2.access', grant(manifestScopes()));
    [env.store, , close] = await openTwice(engine, db);
    env.app = await startOAuthApp(env.stub, env.store);
    expect(await install(env.app.base)).toBe(200);
  });
  afterEach(async () => {
    await env.app.stop();
    await close();
    await env.stub.close();
    await db.drop();
  });
  return env;
}
