import type { Server, ServerResponse } from 'node:http';
import { App, ErrorCode, HTTPReceiver, type Logger, SocketModeReceiver } from '@slack/bolt';
import type { HttpConfig, SlackConfig, SocketConfig } from '../config.js';
import type { Guide } from '../guide/guide.js';
import { SITE_PATH, siteHandler } from '../web/serve.js';
import { buildSite } from '../web/site.js';
import { dropRepeatedEvents, type SeenEvents, seenEvents } from './dedupe.js';
import { answerEmpty, EVENTS_PATH, guardRequests } from './http-guard.js';
import { registerListeners } from './listeners/index.js';
import { logLevel } from './logger.js';
import { CLIENT_OPTIONS, clientOptions, oneWorkspace } from './web-client.js';

export const HEALTH_PATH = '/healthz';
const STOP_DEADLINE_MS = 10_000;
/**
 * Idle connections stay open longer than any client or load balancer keeps them (Node's default is 5 s):
 * a server that closes first races the client's next request on that connection, which then fails.
 */
export const KEEP_ALIVE_MS = 65_000;

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
  const options = clientOptions(config.apiUrl);
  const authorize = oneWorkspace(config.botToken, options);
  const app = new App({
    authorize,
    receiver: config.mode === 'socket' ? socketReceiver(config, logger) : httpReceiver(config, logger, guide),
    logger,
    logLevel: logLevel(config.logLevel),
    clientOptions: options,
    // No session store: all conversation state travels in button and view values.
    convoStore: false,
    deferInitialization: true,
  });
  app.error(async (error) => logger.error('unhandled listener error:', error));
  const seen = seenEvents();
  app.use(dropRepeatedEvents(seen, logger));
  registerListeners(app, guide);
  return { app, seen, ...lifecycle(app, config, authorize, logger) };
}

function lifecycle(
  app: App,
  config: SlackConfig,
  authorize: () => Promise<unknown>,
  logger: Logger,
): Pick<SlackApp, 'start' | 'stop'> {
  let server: Server | undefined;
  let running = false;
  return {
    async start() {
      await app.init();
      // The bot token is checked here, where a rejection can be reported, rather than at the first request.
      await authorize();
      if (config.mode === 'http')
        server = keepConnectionsOpen(
          (await app.start(config.host ? { port: config.port, host: config.host } : config.port)) as Server,
        );
      else await app.start();
      running = true;
      logger.info(
        `monitorwijzer is connected to Slack in ${config.mode === 'http' ? `HTTP mode on port ${listeningPort(server) ?? config.port}` : 'socket mode'}`,
      );
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

function keepConnectionsOpen(server: Server): Server {
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  return server;
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
    installerOptions: {
      clientOptions: { timeout: CLIENT_OPTIONS.timeout, ...(config.apiUrl && { slackApiUrl: config.apiUrl }) },
    },
  });
}

function httpReceiver(config: HttpConfig, logger: Logger, guide: Guide): HTTPReceiver {
  const site = config.site ? siteHandler(buildSite(guide)) : undefined;
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
      answerEmpty(response, 400);
      return true;
    },
    customRoutes: [
      { path: HEALTH_PATH, method: ['GET'], handler: (_req, res) => answerJson(res, { status: 'ok' }) },
      ...(site
        ? [SITE_PATH, `${SITE_PATH}/*path`].map((path) => ({ path, method: ['GET', 'HEAD'], handler: site }))
        : []),
    ],
  });
  guardRequests(receiver, logger);
  return receiver;
}

function answerJson(res: ServerResponse, body: unknown): void {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

function listeningPort(server: Server | undefined): number | undefined {
  const address = server?.address();
  return address && typeof address === 'object' ? address.port : undefined;
}
