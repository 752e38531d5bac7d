import type { App } from '@slack/bolt';
import nock from 'nock';
import type { HttpConfig } from '../../src/config.js';
import { type Conversation, walk } from '../../src/guide/conversation.js';
import type { Guide } from '../../src/guide/guide.js';
import type { Lang } from '../../src/knowledge/schema.js';
import { createSlackApp, type SlackApp } from '../../src/slack/app.js';
import { createPrivateLogger, logLevel } from '../../src/slack/logger.js';
import { realGuide } from './knowledge.js';
import { IDS, RESPONSE_URL_ORIGIN } from './payloads.js';

export { buttonIn, buttonsIn, type FoundButton } from './buttons.js';
export { firstQuestion, guideWithFlows, realGuide } from './knowledge.js';

/** Web API calls go here (SLACK_API_URL), so nothing can reach slack.com by accident. */
export const API_ORIGIN = 'https://slack.test';
export const API_URL = `${API_ORIGIN}/api/`;

/** The first outcome of a flow, reached by always taking the first option. */
export function firstOutcome(flow = 'biometrics', lang: Lang = 'nl'): Conversation {
  const { kb } = realGuide();
  let c: Conversation = { flow, lang, asker: 'employee', facts: {}, answers: [] };
  for (let result = walk(kb, c); result.ok && result.step.type === 'question'; result = walk(kb, c)) {
    c = { ...c, answers: [...c.answers, result.step.question.options[0]!.id] };
  }
  return c;
}

/** A question that several topics fit but none clearly: found in the content, so the test survives content edits. */
export function vagueQuestion(guide: Guide): string {
  const words = [...guide.kb.flows.values()].flatMap((e) => [...e.flow.keywords.nl]);
  const vague = words.find((w) => {
    const { matches, confident } = guide.router.route(w);
    return matches.length >= 2 && !confident;
  });
  if (!vague) throw new Error('no keyword routes to several topics without a clear winner');
  return vague;
}

export type Reply = [status: number, body: unknown, headers?: Record<string, string>];

export interface ApiCall {
  method: string;
  body: Record<string, any>;
}

export interface Posted {
  path: string;
  body: Record<string, any>;
}

/**
 * Intercepts every Web API call and every response_url POST, records it and answers it: by default
 * with success, or with the replies queued per method (e.g. a 429 first, then success).
 */
export function mockSlack(queued: { api?: Record<string, Reply[]>; responseUrl?: Reply[] } = {}) {
  const calls: ApiCall[] = [];
  const responses: Posted[] = [];
  const api = Object.fromEntries(Object.entries(queued.api ?? {}).map(([k, v]) => [k, [...v]]));
  const hooks = [...(queued.responseUrl ?? [])];
  nock(API_ORIGIN)
    .persist()
    .post(/^\/api\//)
    .reply((uri, body) => {
      const method = uri.replace(/^\/api\//, '');
      calls.push({ method, body: parseForm(body) });
      return api[method]?.shift() ?? [200, success(method)];
    });
  nock(RESPONSE_URL_ORIGIN)
    .persist()
    .post(/.*/)
    .reply((uri, body) => {
      responses.push({ path: uri, body: (typeof body === 'string' ? JSON.parse(body) : body) as Record<string, any> });
      return hooks.shift() ?? [200, 'ok'];
    });
  return {
    calls,
    responses,
    /** Calls after the startup token check. */
    made: () => calls.filter((c) => c.method !== 'auth.test'),
  };
}

function success(method: string): Record<string, unknown> {
  if (method === 'auth.test')
    return { ok: true, user_id: IDS.botUser, bot_id: IDS.bot, team_id: IDS.team, url: 'https://voorbeeld.slack.com/' };
  if (method === 'chat.postMessage') return { ok: true, channel: IDS.dm, ts: '1700000009.000100' };
  if (method.startsWith('views.')) return { ok: true, view: { id: 'V0NEW00001' } };
  return { ok: true };
}

/** The Web API client sends form-encoded bodies with JSON in the `blocks` and `view` fields. */
function parseForm(body: unknown): Record<string, any> {
  const fields =
    typeof body === 'string' ? Object.fromEntries(new URLSearchParams(body)) : ((body ?? {}) as Record<string, any>);
  for (const key of ['blocks', 'view']) if (typeof fields[key] === 'string') fields[key] = JSON.parse(fields[key]);
  return fields;
}

export interface TestApp {
  slack: SlackApp;
  guide: Guide;
  logs: string[];
  send(body: object): Promise<{ acks: unknown[] }>;
}

export const TEST_SIGNING_SECRET = 'test-signing-secret-0123456789abcdef';

export function testConfig(overrides: Partial<HttpConfig> = {}): HttpConfig {
  return {
    mode: 'http',
    botToken: 'xoxb-test-token',
    signingSecret: TEST_SIGNING_SECRET,
    port: 0,
    host: '127.0.0.1',
    logLevel: 'info',
    apiUrl: API_URL,
    ...overrides,
  };
}

/** A real Bolt app with all listeners, initialised (its auth.test answered by the mock, which must be set up first). */
export async function createTestApp(overrides: Partial<HttpConfig> = {}, guide: Guide = realGuide()): Promise<TestApp> {
  const logs: string[] = [];
  const config = testConfig(overrides);
  const slack = createSlackApp(
    config,
    guide,
    createPrivateLogger(logLevel(config.logLevel), (line) => logs.push(line)),
  );
  await slack.app.init();
  return { slack, guide, logs, send: (body) => send(slack.app, body) };
}

/** Hands a request body to Bolt the way its receivers do, and waits until every listener has finished. */
export async function send(app: App, body: object): Promise<{ acks: unknown[] }> {
  const acks: unknown[] = [];
  await app.processEvent({
    body: body as Record<string, any>,
    ack: async (response?: unknown) => {
      acks.push(response);
    },
  });
  return { acks };
}

export function setUpNock(): void {
  nock.disableNetConnect();
  nock.enableNetConnect(/127\.0\.0\.1|localhost/);
}

export function tearDownNock(): void {
  nock.cleanAll();
  nock.enableNetConnect();
}

export const textOf = (blocks: any[]): string => JSON.stringify(blocks);
