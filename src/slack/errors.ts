import { setTimeout as sleep } from 'node:timers/promises';
import { webApi } from '@slack/bolt';
import { msg } from '../i18n.js';
import type { Lang } from '../knowledge/schema.js';
import { noticeScreen, type Screen } from '../render/blocks.js';

/**
 * Slack's own timeout for interactions is 3 seconds and people are waiting, so a rate limit is waited out
 * once only when Slack asks for at most this long; otherwise the person is told when to try again.
 */
export const MAX_RATE_LIMIT_WAIT_SECONDS = 3;

export const platformError = (error: unknown): string | undefined => (error instanceof webApi.WebAPIPlatformError ? error.data.error : undefined);

const TRIGGER_ERRORS = new Set(['expired_trigger_id', 'exchanged_trigger_id', 'invalid_trigger_id']);

/** Slack refused to open a modal because its trigger_id expired (after 3 seconds) or was used already. */
export const isTriggerProblem = (error: unknown): boolean => TRIGGER_ERRORS.has(platformError(error) ?? '');

/** Runs a Web API call, retrying it once after a short rate-limit pause. */
export async function withRateLimitRetry<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (!(error instanceof webApi.WebAPIRateLimitedError) || error.retryAfter > MAX_RATE_LIMIT_WAIT_SECONDS) throw error;
    await sleep(error.retryAfter * 1000);
    return call();
  }
}

/** What to tell the person when Slack did not take our answer. */
export function failureScreen(error: unknown, lang: Lang): Screen {
  if (error instanceof webApi.WebAPIRateLimitedError) return noticeScreen(msg((m) => m.slack.slackBusy, lang, { seconds: Math.max(1, Math.ceil(error.retryAfter)) }));
  return noticeScreen(msg((m) => m.slack.slackFailed, lang));
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
