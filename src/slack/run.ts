import type { Logger } from '@slack/bolt';
import type { SlackConfig } from '../config.js';
import { type Guide, loadGuide } from '../guide/guide.js';
import { validationReport } from '../knowledge/report.js';
import { openStore } from '../store/store.js';
import { createSlackApp, type SlackApp } from './app.js';
import { createPrivateLogger, logLevel } from './logger.js';
import { isTokenRejected, platformError } from './web-client.js';

/** Runs monitorwijzer in Slack until SIGTERM or SIGINT; resolves to the exit code when it cannot start. */
export async function runSlack(config: SlackConfig): Promise<number> {
  const loaded = loadGuide(config);
  if (!loaded.ok) {
    process.stderr.write(
      `${validationReport(loaded.diagnostics, undefined, loaded.files).text}\nmonitorwijzer: not starting in Slack while the knowledge is invalid.\n`,
    );
    return 1;
  }
  const logger = createPrivateLogger(logLevel(config.logLevel));
  process.on('unhandledRejection', (reason) => logger.error('unhandled rejection:', reason));
  let slack: SlackApp | undefined;
  try {
    slack = await openSlack(config, loaded.guide, logger);
    await slack.start();
  } catch (error) {
    await slack?.stop();
    logger.error('could not start in Slack:', error);
    const hint = startupHint(error);
    if (hint) process.stderr.write(`monitorwijzer: ${hint}\n`);
    return 1;
  }
  const running = slack;
  const stop = async (signal: string) => {
    logger.info(`${signal} received, stopping`);
    await running.stop();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
  return 0;
}

/**
 * The app with the store its configuration asks for, opened and migrated; stopping the app closes the store.
 * This is how a program (a test, the benchmark) starts monitorwijzer as `npm start` would.
 */
export async function openSlack(config: SlackConfig, guide: Guide, logger: Logger): Promise<SlackApp> {
  const store = config.database && (await openStore(config.database));
  const slack = createSlackApp(config, guide, logger, store);
  return {
    ...slack,
    async stop() {
      await slack.stop();
      await store?.close();
    },
  };
}

/** A hint for the person starting the app, for the start-up failures they can fix themselves. */
export function startupHint(error: unknown): string | undefined {
  const code = platformError(error) ?? (error as { code?: unknown } | undefined)?.code;
  if (isTokenRejected(error)) {
    return `Slack rejected SLACK_BOT_TOKEN (${code}): copy the Bot User OAuth Token (xoxb-…) again from "OAuth & Permissions", and reinstall the app after changing its scopes.`;
  }
  if (code === 'EADDRINUSE') return 'PORT is already in use: choose another port.';
  if (code === 'ECONNREFUSED' || code === 'ENOTFOUND')
    return 'nothing answers at DATABASE_URL: check its host and port, and that PostgreSQL runs there.';
  // PostgreSQL's own error codes (SQLSTATE): a wrong password, a database that does not exist, …
  if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code))
    return `PostgreSQL refused the connection (${code}): check the user, password and database in DATABASE_URL.`;
  return undefined;
}
