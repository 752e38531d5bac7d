import { setTimeout as sleep } from 'node:timers/promises';
import { type AuthorizeResult, webApi } from '@slack/bolt';
import { keepAliveFetch } from './http-fetch.js';

/**
 * How the app calls Slack's Web API on an interactive path, where a person is waiting. The client's defaults
 * wait out a 429 for as long as Slack says and retry for about 30 minutes while the person stares at a dead
 * button; here a call gives up after a few seconds, and rate limits surface at once so the listener can retry
 * briefly or tell the person. A failing call is retried twice within a second (HTTP 5xx, a dropped connection);
 * a call that gets no answer is tried once more, so a Slack that does not answer at all is given up on after
 * about 6 seconds.
 */
export const CLIENT_OPTIONS = {
  timeout: 3_000,
  retryConfig: { retries: 2, factor: 2, minTimeout: 250, maxTimeout: 1_000, maxRetryTime: 6_000 },
  rejectRateLimitedCalls: true,
} as const;

/** Slack's own timeout for interactions is 3 seconds: a rate limit is waited out once, and only when this short. */
export const MAX_RATE_LIMIT_WAIT_SECONDS = 3;

export function clientOptions(apiUrl?: string): webApi.WebClientOptions {
  return { ...CLIENT_OPTIONS, fetch: fetchWithTimeout(CLIENT_OPTIONS.timeout), ...(apiUrl && { slackApiUrl: apiUrl }) };
}

/**
 * Bolt's respond() posts to the response_url with the client's fetch and no time limit of its own, so a
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

/**
 * One bot token, one workspace (the manifest allows no org-wide install). Bolt's own single-token
 * authorization takes the team from each request and keeps a Web API client per team it has seen, a cache
 * that requests naming ever new teams would grow without limit; here every request gets the token's own
 * team, so one client serves them all. The token is checked (auth.test) once, and again after a failure.
 */
export function oneWorkspace(botToken: string, options: webApi.WebClientOptions): () => Promise<AuthorizeResult> {
  const client = new webApi.WebClient(botToken, options);
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

/** Runs a Web API call, retrying it once after a short rate-limit pause. */
export async function withRateLimitRetry<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (!(error instanceof webApi.WebAPIRateLimitedError) || error.retryAfter > MAX_RATE_LIMIT_WAIT_SECONDS)
      throw error;
    await sleep(error.retryAfter * 1000);
    return call();
  }
}

/** The error code Slack answered with (`channel_not_found`, `expired_trigger_id`, …), if it was a platform error. */
export const platformError = (error: unknown): string | undefined =>
  error instanceof webApi.WebAPIPlatformError ? error.data.error : undefined;

const TOKEN_ERRORS = new Set(['invalid_auth', 'not_authed', 'account_inactive', 'token_revoked', 'token_expired']);

/** Slack refused the token itself: revoked, the app uninstalled, or a token that was never valid. */
export const isTokenRejected = (error: unknown): boolean => TOKEN_ERRORS.has(platformError(error) ?? '');

const TRIGGER_ERRORS = new Set(['expired_trigger_id', 'exchanged_trigger_id', 'invalid_trigger_id']);

/** Slack refused to open a modal because its trigger_id expired (after 3 seconds) or was used already. */
export const isTriggerProblem = (error: unknown): boolean => TRIGGER_ERRORS.has(platformError(error) ?? '');

/** Retry-After of a rate-limited call, in whole seconds (at least 1), or nothing for any other error. */
export const rateLimitSeconds = (error: unknown): number | undefined =>
  error instanceof webApi.WebAPIRateLimitedError ? Math.max(1, Math.ceil(error.retryAfter)) : undefined;
