import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { App, HTTPReceiver, type Logger } from '@slack/bolt';
import type { HttpConfig, SlackConfig } from '../config.js';
import { registerListeners } from './listeners/index.js';
import { logLevel } from './logger.js';
import type { Guide } from './screens.js';

/** Slack's replay window for signed requests, applied to timestamps in the future too (Bolt only checks the past). */
export const MAX_CLOCK_SKEW_SECONDS = 5 * 60;
export const EVENTS_PATH = '/slack/events';
export const HEALTH_PATH = '/healthz';
const STOP_DEADLINE_MS = 10_000;

/**
 * Web API settings for an interactive path. The client's defaults wait out a 429 for as long as Slack
 * says and retry for about 30 minutes while the person stares at a dead button; here a call gives up
 * after a few seconds, and rate limits surface at once so the listener can retry briefly or tell the person.
 */
export const CLIENT_OPTIONS = {
  timeout: 5_000,
  retryConfig: { retries: 2, factor: 2, minTimeout: 250, maxTimeout: 1_000 },
  rejectRateLimitedCalls: true,
} as const;

export interface SlackApp {
  app: App;
  /** Starts listening (HTTP) or connecting (socket); checks the bot token first. Resolves to the HTTP server, if any. */
  start(): Promise<Server | undefined>;
  /** Stops taking requests, letting those in flight finish, within a deadline. */
  stop(): Promise<void>;
}

export function createSlackApp(config: SlackConfig, guide: Guide, logger: Logger): SlackApp {
  const common = {
    token: config.botToken,
    logger,
    logLevel: logLevel(config.logLevel),
    clientOptions: { ...CLIENT_OPTIONS, ...(config.apiUrl && { slackApiUrl: config.apiUrl }) },
    // No session store: all conversation state travels in button and view values.
    convoStore: false as const,
    // The bot token is checked (auth.test) in start(), where a rejection can be reported, not in the constructor.
    deferInitialization: true,
  };
  const app =
    config.mode === 'socket'
      ? new App({ ...common, socketMode: true, appToken: config.appToken })
      : new App({ ...common, receiver: httpReceiver(config, logger) });
  app.error(async (error) => {
    logger.error('unhandled listener error:', error);
  });
  registerListeners(app, guide);

  let server: Server | undefined;
  let running = false;
  return {
    app,
    async start() {
      await app.init();
      const started: unknown = config.mode === 'http' ? await app.start(config.port) : await app.start();
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

function httpReceiver(config: HttpConfig, logger: Logger): HTTPReceiver {
  const receiver = new HTTPReceiver({
    signingSecret: config.signingSecret,
    endpoints: EVENTS_PATH,
    logger,
    logLevel: logLevel(config.logLevel),
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
    verified(req, res);
  };
  return receiver;
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

function listeningPort(server: Server | undefined): number | undefined {
  const address = server?.address();
  return address && typeof address === 'object' ? address.port : undefined;
}
