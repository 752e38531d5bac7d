import * as z from 'zod';
import type { DatabaseTarget } from './store/database.js';
import { parseKey } from './store/secrets.js';

/**
 * The environment, validated once at start. Slack mode is picked from what is set: a bot token with an
 * app-level token runs in socket mode, with a signing secret (and no app token) in HTTP mode; the OAuth
 * client's variables run OAuth mode, where any workspace can install the app; without any Slack variable
 * the terminal guide runs. Every problem is reported at once, and no value is ever echoed.
 */

/** `PORT=` in a .env file means "not set", so defaults still apply instead of failing as an empty number. */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' ? undefined : v), schema.optional());

export const LogLevelName = z.enum(['debug', 'info', 'warn', 'error'], 'must be debug, info, warn or error');
export type LogLevelName = z.infer<typeof LogLevelName>;

const Env = z.object({
  SLACK_BOT_TOKEN: optional(z.string().startsWith('xoxb-', 'must be a bot token, starting with xoxb-')),
  SLACK_APP_TOKEN: optional(z.string().startsWith('xapp-', 'must be an app-level token, starting with xapp-')),
  SLACK_SIGNING_SECRET: optional(
    z.string().regex(/^\S{16,}$/, 'must be the signing secret from the app’s Basic Information page'),
  ),
  SLACK_MODE: optional(z.enum(['socket', 'http'], 'must be socket or http')),
  PORT: optional(
    z.coerce.number('must be a number').int('must be a whole number').min(0).max(65535, 'must be at most 65535'),
  ),
  HOST: optional(z.string().regex(/^[\w.:-]+$/, 'must be an address to listen on, such as 127.0.0.1')),
  SLACK_API_URL: optional(
    z.url({ protocol: /^https?$/, error: 'must be an http(s) URL, such as https://slack.com/api/' }),
  ),
  LOG_LEVEL: optional(LogLevelName),
  MONITORWIJZER_ORG: optional(z.string()),
  MONITORWIJZER_DIR: optional(z.string()),
  MONITORWIJZER_DATA: optional(z.string()),
  SLACK_CLIENT_ID: optional(
    z
      .string()
      .regex(
        /^\d+\.\d+$/,
        'must be the Client ID from the app’s Basic Information page, such as 1234567890.1234567890',
      ),
  ),
  SLACK_CLIENT_SECRET: optional(
    z.string().regex(/^\S{16,}$/, 'must be the Client Secret from the app’s Basic Information page'),
  ),
  SLACK_STATE_SECRET: optional(
    z.string().regex(/^\S{32,}$/, 'must be a random string of at least 32 characters (openssl rand -hex 32)'),
  ),
  MONITORWIJZER_SECRET_KEY: optional(
    z
      .string()
      .transform((text) => text.split(',').map(parseKey))
      .refine(
        (keys): keys is Buffer[] => keys.every((key) => key !== undefined),
        'must be one or more keys of 32 random bytes in base64 (openssl rand -base64 32), newest first, separated by commas',
      ),
  ),
  DATABASE_URL: optional(
    z.url({
      protocol: /^postgres(ql)?$/,
      error: 'must be a PostgreSQL URL, such as postgres://user@host:5432/monitorwijzer',
    }),
  ),
  MONITORWIJZER_SITE: optional(z.enum(['on', 'off'], 'must be on or off')),
});
type Env = z.infer<typeof Env>;

interface Common {
  logLevel: LogLevelName;
  /** Organisation settings file (MONITORWIJZER_ORG). */
  org?: string;
  /** Folder holding knowledge/ and flows/ (MONITORWIJZER_DIR). */
  dir?: string;
}

export interface SocketConfig extends Common {
  mode: 'socket';
  botToken: string;
  appToken: string;
  apiUrl?: string;
  /** With one bot token the app needs no database; given one (DATABASE_URL), its instances share redeliveries. */
  database?: DatabaseTarget;
}

export interface HttpConfig extends Common {
  mode: 'http';
  botToken: string;
  signingSecret: string;
  port: number;
  /** The address to listen on; all interfaces when not set (HOST=127.0.0.1 behind a reverse proxy on the same machine). */
  host?: string;
  apiUrl?: string;
  database?: DatabaseTarget;
  /** Serve the guide's web pages at /hulp/ too (MONITORWIJZER_SITE=on). */
  site?: boolean;
}

/** Distribution: any workspace installs the app through Slack's OAuth flow; its token lives in the database. */
export interface OAuthConfig extends Common {
  mode: 'oauth';
  clientId: string;
  clientSecret: string;
  stateSecret: string;
  signingSecret: string;
  /** The keys that seal tokens at rest, newest first: it seals, all of them open. */
  secretKeys: Buffer[];
  port: number;
  host?: string;
  apiUrl?: string;
  /** DATABASE_URL, or else the embedded database in MONITORWIJZER_DATA. */
  database: DatabaseTarget;
  /** How long an instance trusts its copy of an installation (INSTALLATION_CACHE_MS unless a program sets it). */
  installationCacheMs?: number;
  /** Serve the guide's web pages at /hulp/ too (MONITORWIJZER_SITE=on). */
  site?: boolean;
}

export type SlackConfig = SocketConfig | HttpConfig | OAuthConfig;
export type Config = (Common & { mode: 'terminal' }) | SlackConfig;

export type ConfigResult = { ok: true; config: Config } | { ok: false; message: string };

export const DEFAULT_PORT = 3000;
/** Where the embedded database keeps its files when no DATABASE_URL is given. */
export const DEFAULT_DATA_DIR = './data';
const OAUTH_VARIABLES = ['SLACK_CLIENT_ID', 'SLACK_CLIENT_SECRET', 'SLACK_STATE_SECRET'] as const;

/** Where the knowledge and the organisation's settings come from: the same for every entry point. */
export function guideSettings(env: Record<string, string | undefined>): { dir?: string; org?: string } {
  const dir = Env.shape.MONITORWIJZER_DIR.safeParse(env.MONITORWIJZER_DIR);
  const org = Env.shape.MONITORWIJZER_ORG.safeParse(env.MONITORWIJZER_ORG);
  return { ...(dir.success && dir.data && { dir: dir.data }), ...(org.success && org.data && { org: org.data }) };
}

export function loadConfig(env: Record<string, string | undefined>): ConfigResult {
  const values: Partial<Env> = {};
  const problems: string[] = [];
  for (const [key, schema] of Object.entries(Env.shape)) {
    const parsed = schema.safeParse(env[key]);
    if (parsed.success) Object.assign(values, { [key]: parsed.data });
    else problems.push(`${key}: ${parsed.error.issues[0]?.message ?? 'is invalid'}`);
  }
  const given = (key: keyof Env) => (env[key] ?? '') !== '';
  const picked = pickMode(values, given);
  if (Array.isArray(picked) || problems.length) return failure([...problems, ...(Array.isArray(picked) ? picked : [])]);
  return { ok: true, config: picked };
}

/** The mode follows from which variables are given (valid or not); what the mode then lacks is reported. */
function pickMode(env: Partial<Env>, given: (key: keyof Env) => boolean): Config | string[] {
  const common: Common = { logLevel: env.LOG_LEVEL ?? 'info', org: env.MONITORWIJZER_ORG, dir: env.MONITORWIJZER_DIR };
  if (OAUTH_VARIABLES.some(given)) return oauthMode(env, given, common);
  if (!['SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN', 'SLACK_SIGNING_SECRET', 'SLACK_MODE'].some((k) => given(k as keyof Env)))
    return { ...common, mode: 'terminal' };
  const mode =
    env.SLACK_MODE ?? (given('SLACK_APP_TOKEN') ? 'socket' : given('SLACK_SIGNING_SECRET') ? 'http' : undefined);
  const problems: string[] = [];
  if (!given('SLACK_BOT_TOKEN'))
    problems.push('SLACK_BOT_TOKEN: missing (the Bot User OAuth Token, xoxb-…, from OAuth & Permissions)');
  if (!mode && !given('SLACK_MODE'))
    problems.push(
      'SLACK_APP_TOKEN or SLACK_SIGNING_SECRET: missing (an app-level token for socket mode, or the signing secret for HTTP mode)',
    );
  if (mode === 'socket' && !given('SLACK_APP_TOKEN'))
    problems.push('SLACK_APP_TOKEN: missing (socket mode needs an app-level token, xapp-…, with connections:write)');
  if (mode === 'http' && !given('SLACK_SIGNING_SECRET'))
    problems.push('SLACK_SIGNING_SECRET: missing (HTTP mode verifies every request with it)');
  const { SLACK_BOT_TOKEN: botToken, SLACK_APP_TOKEN: appToken, SLACK_SIGNING_SECRET: signingSecret } = env;
  if (problems.length || !botToken) return problems;
  const database = env.DATABASE_URL ? { database: { url: env.DATABASE_URL } } : {};
  if (mode === 'socket' && appToken)
    return { ...common, mode, botToken, appToken, apiUrl: env.SLACK_API_URL, ...database };
  if (mode === 'http' && signingSecret)
    return {
      ...common,
      mode,
      botToken,
      signingSecret,
      port: env.PORT ?? DEFAULT_PORT,
      host: env.HOST,
      apiUrl: env.SLACK_API_URL,
      ...database,
      site: env.MONITORWIJZER_SITE === 'on',
    };
  return [];
}

/** OAuth mode serves HTTP (Slack redirects the installer's browser to it) and keeps tokens sealed in a database. */
function oauthMode(env: Partial<Env>, given: (key: keyof Env) => boolean, common: Common): OAuthConfig | string[] {
  const problems: string[] = OAUTH_VARIABLES.filter((key) => !given(key)).map(
    (key) => `${key}: missing (OAuth mode needs SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and SLACK_STATE_SECRET)`,
  );
  if (!given('SLACK_SIGNING_SECRET'))
    problems.push('SLACK_SIGNING_SECRET: missing (OAuth mode serves HTTP and verifies every request with it)');
  if (!given('MONITORWIJZER_SECRET_KEY'))
    problems.push(
      'MONITORWIJZER_SECRET_KEY: missing (OAuth mode stores each workspace’s bot token encrypted with it; make one with openssl rand -base64 32)',
    );
  if (given('SLACK_BOT_TOKEN'))
    problems.push(
      'SLACK_BOT_TOKEN: not used in OAuth mode (each workspace’s token comes from its installation): remove it',
    );
  if (given('SLACK_APP_TOKEN') || env.SLACK_MODE === 'socket')
    problems.push('SLACK_APP_TOKEN: OAuth mode runs over HTTP only: remove it, and SLACK_MODE=socket');
  const { SLACK_CLIENT_ID: clientId, SLACK_CLIENT_SECRET: clientSecret, SLACK_STATE_SECRET: stateSecret } = env;
  const { SLACK_SIGNING_SECRET: signingSecret, MONITORWIJZER_SECRET_KEY: secretKeys } = env;
  if (problems.length || !clientId || !clientSecret || !stateSecret || !signingSecret || !secretKeys) return problems;
  return {
    ...common,
    mode: 'oauth',
    clientId,
    clientSecret,
    stateSecret,
    signingSecret,
    secretKeys,
    port: env.PORT ?? DEFAULT_PORT,
    host: env.HOST,
    apiUrl: env.SLACK_API_URL,
    database: env.DATABASE_URL ? { url: env.DATABASE_URL } : { dataDir: env.MONITORWIJZER_DATA ?? DEFAULT_DATA_DIR },
    site: env.MONITORWIJZER_SITE === 'on',
  };
}

function failure(problems: string[]): ConfigResult {
  return {
    ok: false,
    message: [
      'monitorwijzer: invalid configuration (environment variables):',
      ...problems.map((p) => `  ✖ ${p}`),
      'See docs/slack.md.',
    ].join('\n'),
  };
}
