import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { App, ErrorCode, HTTPReceiver, SocketModeReceiver, webApi, type AuthorizeResult, type Logger } from '@slack/bolt';
import type { HttpConfig, SlackConfig, SocketConfig } from '../config.js';
import { dropRepeatedEvents, seenEvents, type SeenEvents } from './dedupe.js';
import { registerListeners } from './listeners/index.js';
import { logLevel } from './logger.js';
import type { Guide } from './screens.js';
import { keepAliveFetch } from './http-fetch.js';

/** Slack's replay window for signed requests, applied to timestamps in the future too (Bolt only checks the past). */
export const MAX_CLOCK_SKEW_SECONDS = 5 * 60;
export const EVENTS_PATH = '/slack/events';
export const HEALTH_PATH = '/healthz';
const STOP_DEADLINE_MS = 10_000;
/**
 * Requests to the events path are read up to this size and refused beyond it (413). Slack's own stay far
 * below: a message holds at most 50 blocks of 3,000 characters, and a click sends that message along.
 */
export const MAX_BODY_BYTES = 1024 * 1024;

/**
 * Web API settings for an interactive path. The client's defaults wait out a 429 for as long as Slack
 * says and retry for about 30 minutes while the person stares at a dead button; here a call gives up
 * after a few seconds, and rate limits surface at once so the listener can retry briefly or tell the person.
 * A failing call is retried twice within a second (HTTP 5xx, a dropped connection); a call that gets no
 * answer is tried once more, so a Slack that does not answer at all is given up on after about 6 seconds.
 */
export const CLIENT_OPTIONS = {
  timeout: 3_000,
  retryConfig: { retries: 2, factor: 2, minTimeout: 250, maxTimeout: 1_000, maxRetryTime: 6_000 },
  rejectRateLimitedCalls: true,
} as const;

/**
 * Bolt's respond() posts to the response_url with this fetch and no time limit of its own, so a
 * response_url that never answers would hold the listener forever. Web API calls bring their own signal.
 */
export function fetchWithTimeout(ms: number, base: typeof fetch = keepAliveFetch): typeof fetch {
  return async (input, init) => {
    if (init?.signal) return base(input, init);
    const controller = new AbortController();
    // A timer cleared on the answer, rather than AbortSignal.timeout(), which lives on for the full time.
    const timer = setTimeout(() => controller.abort(new DOMException(`no answer within ${ms} ms`, 'TimeoutError')), ms);
    try {
      return await base(input, { ...init, signal: controller.signal });
    } finally {
      clearTimeout(timer);
    }
  };
}

export interface SlackApp {
  app: App;
  /** Starts listening (HTTP) or connecting (socket); checks the bot token first. Resolves to the HTTP server, if any. */
  start(): Promise<Server | undefined>;
  /** Stops taking requests, letting those in flight finish, within a deadline. */
  stop(): Promise<void>;
  /** The event ids remembered to drop Slack's redeliveries (bounded). */
  seen: SeenEvents;
}

export function createSlackApp(config: SlackConfig, guide: Guide, logger: Logger): SlackApp {
  const clientOptions = { ...CLIENT_OPTIONS, fetch: fetchWithTimeout(CLIENT_OPTIONS.timeout), ...(config.apiUrl && { slackApiUrl: config.apiUrl }) };
  const authorize = oneWorkspace(config.botToken, clientOptions);
  const receiver = config.mode === 'socket' ? socketReceiver(config, logger) : httpReceiver(config, logger);
  const app = new App({
    authorize,
    receiver,
    logger,
    logLevel: logLevel(config.logLevel),
    clientOptions,
    // No session store: all conversation state travels in button and view values.
    convoStore: false,
    deferInitialization: true,
  });
  app.error(async (error) => {
    logger.error('unhandled listener error:', error);
  });
  const seen = seenEvents();
  app.use(dropRepeatedEvents(seen, logger));
  registerListeners(app, guide);

  let server: Server | undefined;
  let running = false;
  return {
    app,
    seen,
    async start() {
      await app.init();
      // The bot token is checked here, where a rejection can be reported, rather than at the first request.
      await authorize();
      const started: unknown = config.mode === 'http' ? await app.start(config.host ? { port: config.port, host: config.host } : config.port) : await app.start();
      server = config.mode === 'http' ? (started as Server) : undefined;
      running = true;
      logger.info(`monitorwijzer is connected to Slack in ${config.mode === 'http' ? `HTTP mode on port ${listeningPort(server) ?? config.port}` : 'socket mode'}`);
      return server;
    },
    async stop() {
      if (!running) return;
      running = false;
      server?.closeIdleConnections();
      await Promise.race([app.stop(), new Promise((resolve) => setTimeout(resolve, STOP_DEADLINE_MS).unref())]);
      server?.closeAllConnections();
    },
  };
}

/**
 * One bot token, one workspace (the manifest allows no org-wide install). Bolt's own single-token
 * authorization takes the team from each request and keeps a Web API client per team it has seen, a cache
 * that requests naming ever new teams would grow without limit; here every request gets the token's own
 * team, so one client serves them all. The token is checked (auth.test) once, and again after a failure.
 */
function oneWorkspace(botToken: string, clientOptions: webApi.WebClientOptions): () => Promise<AuthorizeResult> {
  const client = new webApi.WebClient(botToken, clientOptions);
  let identity: Promise<AuthorizeResult> | undefined;
  return () => {
    identity ??= client.auth.test().then(
      (found) => ({ botToken, botId: found.bot_id, botUserId: found.user_id, teamId: found.team_id }),
      (error: unknown) => {
        identity = undefined;
        throw error;
      },
    );
    return identity;
  };
}

/**
 * The socket client fetches its WebSocket URL with apps.connections.open: from the same Web API as the rest
 * (SLACK_API_URL), with a time limit, and with the client's own patient retries for reconnecting.
 */
function socketReceiver(config: SocketConfig, logger: Logger): SocketModeReceiver {
  return new SocketModeReceiver({
    appToken: config.appToken,
    logger,
    logLevel: logLevel(config.logLevel),
    installerOptions: { clientOptions: { timeout: CLIENT_OPTIONS.timeout, ...(config.apiUrl && { slackApiUrl: config.apiUrl }) } },
  });
}

function httpReceiver(config: HttpConfig, logger: Logger): HTTPReceiver {
  const receiver = new HTTPReceiver({
    signingSecret: config.signingSecret,
    endpoints: EVENTS_PATH,
    logger,
    logLevel: logLevel(config.logLevel),
    // Anything but the two documented paths is "not found"; an error while routing is the request's fault.
    dispatchErrorHandler: ({ error, response }) => {
      const unknownPath = (error as { code?: unknown }).code === ErrorCode.HTTPReceiverDeferredRequestError;
      if (!unknownPath) logger.warn('could not route a request:', error);
      answerEmpty(response, unknownPath ? 404 : 400);
    },
    // Bolt answers 500 when it cannot even classify a signed body; listener errors never get here (see app.error).
    processEventErrorHandler: async ({ error, response }) => {
      logger.warn('could not process a request:', error);
      if (!response.headersSent) answerEmpty(response, 400);
      return true;
    },
    customRoutes: [
      {
        path: HEALTH_PATH,
        method: ['GET'],
        handler: (_req, res) => {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ status: 'ok' }));
        },
      },
    ],
  });
  const verified = receiver.requestListener;
  receiver.requestListener = (req, res) => {
    if (rejectFutureTimestamp(req, res, logger)) return;
    if (req.method !== 'POST' || new URL(req.url ?? '/', 'http://localhost').pathname !== EVENTS_PATH) return verified(req, res);
    void readBody(req, MAX_BODY_BYTES).then(
      (body) => {
        if (!body) return answerEmpty(res, 413, { connection: 'close' });
        if (parsesToNull(body, req.headers['content-type'])) return answerEmpty(res, 400);
        // Bolt reads a body already buffered here instead of the stream, and checks its signature as usual.
        Object.assign(req, { rawBody: body });
        verified(req, res);
      },
      () => answerEmpty(res, 400),
    );
  };
  return receiver;
}

/** The request body, or nothing once it grows past `limit` (the rest is not read; the connection is closed). */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners('data');
        req.pause();
        resolve(undefined);
      } else {
        chunks.push(chunk);
      }
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/**
 * Bolt reads `body.ssl_check` before it checks that the body is an object: a body of JSON `null` (or a
 * `payload=null` form) throws outside its error handling, and the request would never be answered.
 */
function parsesToNull(body: Buffer, contentType: string | undefined): boolean {
  const text = body.toString();
  const json = contentType === 'application/x-www-form-urlencoded' ? new URLSearchParams(text).get('payload') : text;
  return json?.trim() === 'null';
}

/**
 * Slack's rule is |now − timestamp| ≤ 5 minutes; Bolt rejects only stale ones, so a request signed for
 * the future would stay replayable for as long as its timestamp lies ahead. Bolt checks the signature.
 */
export function rejectFutureTimestamp(req: IncomingMessage, res: ServerResponse, logger: Logger, nowMs: number = Date.now()): boolean {
  const header = req.headers['x-slack-request-timestamp'];
  const timestamp = Number(Array.isArray(header) ? header[0] : header);
  if (!Number.isFinite(timestamp) || timestamp - nowMs / 1000 <= MAX_CLOCK_SKEW_SECONDS) return false;
  logger.warn('rejected a request: its signature timestamp lies more than 5 minutes in the future');
  res.writeHead(401);
  res.end();
  return true;
}

function answerEmpty(response: ServerResponse, status: number, headers: Record<string, string> = {}): void {
  if (response.headersSent) return;
  response.writeHead(status, headers);
  response.end();
}

function listeningPort(server: Server | undefined): number | undefined {
  const address = server?.address();
  return address && typeof address === 'object' ? address.port : undefined;
}
