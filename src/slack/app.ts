import type { Server, ServerResponse } from 'node:http';
import {
  type AnyMiddlewareArgs,
  App,
  ErrorCode,
  HTTPReceiver,
  type HTTPReceiverOptions,
  type Logger,
  type Middleware,
  SocketModeReceiver,
} from '@slack/bolt';
import type { HttpConfig, OAuthConfig, SlackConfig, SocketConfig } from '../config.js';
import type { Guide } from '../guide/guide.js';
import { countsInDatabase } from '../store/counts.js';
import { INSTALLATION_CACHE_MS, type Installations, installationsInDatabase } from '../store/installations.js';
import { oneTimeState } from '../store/oauth-state.js';
import { keyring } from '../store/secrets.js';
import { settingsInDatabase } from '../store/settings.js';
import type { Store } from '../store/store.js';
import { SITE_PATH, siteHandler } from '../web/serve.js';
import { buildSite } from '../web/site.js';
import { dropRepeatedEvents, type SeenEvents, seenEvents } from './dedupe.js';
import { answerEmpty, EVENTS_PATH, guardRequests } from './http-guard.js';
import { registerUninstall } from './listeners/events/uninstalled.js';
import { registerListeners } from './listeners/index.js';
import type { GuideFor } from './listeners/per-request.js';
import { logLevel } from './logger.js';
import { manifestScopes } from './manifest.js';
import { CLIENT_OPTIONS, clientOptions, isTokenRejected, oneWorkspace } from './web-client.js';
import { withWorkspace, workspaceGuide } from './workspace.js';

export const HEALTH_PATH = '/healthz';
export const INSTALL_PATH = '/slack/install';
export const REDIRECT_PATH = '/slack/oauth_redirect';
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
  /** The event ids remembered to drop Slack's redeliveries: in the shared store if there is one, else in memory (bounded). */
  seen: SeenEvents;
}

/**
 * The Bolt app for a configuration. With one bot token (socket or HTTP mode) a store is optional; in OAuth
 * mode it holds the installations and is required.
 */
export function createSlackApp(config: SlackConfig, guide: Guide, logger: Logger, store?: Store): SlackApp {
  const options = clientOptions(config.apiUrl);
  const common = {
    logger,
    logLevel: logLevel(config.logLevel),
    clientOptions: options,
    // No session store: all conversation state travels in button and view values.
    convoStore: false as const,
    deferInitialization: true,
  };
  const seen = store?.events ?? seenEvents();
  if (config.mode === 'oauth') {
    if (!store) throw new Error('OAuth mode keeps its installations in a store');
    const installations = installationsInDatabase(store.db, keyring(config.secretKeys), config.installationCacheMs);
    const settings = settingsInDatabase(store.db, config.installationCacheMs ?? INSTALLATION_CACHE_MS);
    const counts = countsInDatabase(store.db, {
      onError: (error) => logger.warn('could not write the topic counts:', error),
    });
    const app = new App({ ...common, receiver: oauthReceiver(config, guide, installations, store, logger) });
    wire(app, workspaceGuide(guide), seen, logger);
    app.use(withWorkspace(settings, counts));
    app.use(forgetRejectedInstallations(installations));
    registerUninstall(app, installations);
    return { app, seen, ...lifecycle(app, config, undefined, logger, () => counts.stop()) };
  }
  const authorize = oneWorkspace(config.botToken, options);
  const receiver = config.mode === 'socket' ? socketReceiver(config, logger) : httpReceiver(config, logger, guide);
  const app = new App({ ...common, authorize, receiver });
  wire(app, () => guide, seen, logger);
  return { app, seen, ...lifecycle(app, config, authorize, logger) };
}

function wire(app: App, guideFor: GuideFor, seen: SeenEvents, logger: Logger): void {
  app.error(async (error) => logger.error('unhandled listener error:', error));
  app.use(dropRepeatedEvents(seen, logger));
  registerListeners(app, guideFor);
}

/** A call refused for its token means the installation is gone: the next request reads it from the database again. */
function forgetRejectedInstallations(installations: Installations): Middleware<AnyMiddlewareArgs> {
  return async ({ context, next }) => {
    try {
      await next();
    } catch (error) {
      if (isTokenRejected(error)) installations.forget(context);
      throw error;
    }
  };
}

function lifecycle(
  app: App,
  config: SlackConfig,
  authorize: (() => Promise<unknown>) | undefined,
  logger: Logger,
  /** After the last request: writes what is still held in memory. */
  stopped: () => Promise<void> = async () => {},
): Pick<SlackApp, 'start' | 'stop'> {
  let server: Server | undefined;
  let running = false;
  return {
    async start() {
      await app.init();
      // The bot token is checked here, where a rejection can be reported, rather than at the first request.
      await authorize?.();
      if (config.mode !== 'socket')
        server = keepConnectionsOpen(
          (await app.start(config.host ? { port: config.port, host: config.host } : config.port)) as Server,
        );
      else await app.start();
      running = true;
      logger.info(
        `monitorwijzer is connected to Slack in ${config.mode === 'socket' ? 'socket mode' : `${config.mode === 'oauth' ? 'OAuth' : 'HTTP'} mode on port ${listeningPort(server) ?? config.port}`}`,
      );
      return server;
    },
    async stop() {
      if (!running) return;
      running = false;
      server?.closeIdleConnections();
      await Promise.race([app.stop(), new Promise((resolve) => setTimeout(resolve, STOP_DEADLINE_MS).unref())]);
      server?.closeAllConnections();
      await stopped().catch((error) => logger.warn('could not write the topic counts on stopping:', error));
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

/**
 * OAuth mode: Bolt's own installer serves /slack/install and /slack/oauth_redirect, asking for the manifest's
 * bot scopes; each request's workspace is authorized from the installations in the store.
 */
function oauthReceiver(
  config: OAuthConfig,
  guide: Guide,
  installations: Installations,
  store: Store,
  logger: Logger,
): HTTPReceiver {
  return httpReceiver(config, logger, guide, {
    clientId: config.clientId,
    clientSecret: config.clientSecret,
    installationStore: installations,
    scopes: manifestScopes(),
    installerOptions: {
      installPath: INSTALL_PATH,
      redirectUriPath: REDIRECT_PATH,
      stateStore: oneTimeState(config.stateSecret, store.events),
      clientOptions: clientOptions(config.apiUrl),
    },
  });
}

type InstallerOptions = Pick<
  HTTPReceiverOptions,
  'clientId' | 'clientSecret' | 'installationStore' | 'scopes' | 'installerOptions'
>;

function httpReceiver(
  config: HttpConfig | OAuthConfig,
  logger: Logger,
  guide: Guide,
  installer: InstallerOptions = {},
): HTTPReceiver {
  const site = config.site ? siteHandler(buildSite(guide)) : undefined;
  const receiver = new HTTPReceiver({
    ...installer,
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
