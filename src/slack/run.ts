import type { SlackConfig } from '../config.js';
import { loadGuide } from '../guide/guide.js';
import { validationReport } from '../knowledge/report.js';
import { createSlackApp } from './app.js';
import { createPrivateLogger, logLevel } from './logger.js';
import { platformError } from './web-client.js';

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
  const slack = createSlackApp(config, loaded.guide, logger);
  try {
    await slack.start();
  } catch (error) {
    logger.error('could not start in Slack:', error);
    const hint = startupHint(error);
    if (hint) process.stderr.write(`monitorwijzer: ${hint}\n`);
    return 1;
  }
  const stop = async (signal: string) => {
    logger.info(`${signal} received, stopping`);
    await slack.stop();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
  return 0;
}

const TOKEN_ERRORS = new Set(['invalid_auth', 'not_authed', 'account_inactive', 'token_revoked', 'token_expired']);

/** A hint for the person starting the app, for the start-up failures they can fix themselves. */
export function startupHint(error: unknown): string | undefined {
  const code = platformError(error) ?? (error as { code?: unknown } | undefined)?.code;
  if (typeof code === 'string' && TOKEN_ERRORS.has(code)) {
    return `Slack rejected SLACK_BOT_TOKEN (${code}): copy the Bot User OAuth Token (xoxb-…) again from "OAuth & Permissions", and reinstall the app after changing its scopes.`;
  }
  if (code === 'EADDRINUSE') return 'PORT is already in use: choose another port.';
  return undefined;
}
