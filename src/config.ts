import * as z from 'zod';

/**
 * The environment, validated once at start. Slack mode is picked from what is set: a bot token with an
 * app-level token runs in socket mode, with a signing secret (and no app token) in HTTP mode; without any
 * Slack variable the terminal guide runs. Every problem is reported at once, and no value is ever echoed.
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
}

export interface HttpConfig extends Common {
  mode: 'http';
  botToken: string;
  signingSecret: string;
  port: number;
  /** The address to listen on; all interfaces when not set (HOST=127.0.0.1 behind a reverse proxy on the same machine). */
  host?: string;
  apiUrl?: string;
  /** Serve the guide's web pages at /hulp/ too (MONITORWIJZER_SITE=on). */
  site?: boolean;
}

export type SlackConfig = SocketConfig | HttpConfig;
export type Config = (Common & { mode: 'terminal' }) | SlackConfig;

export type ConfigResult = { ok: true; config: Config } | { ok: false; message: string };

export const DEFAULT_PORT = 3000;

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
  if (mode === 'socket' && appToken) return { ...common, mode, botToken, appToken, apiUrl: env.SLACK_API_URL };
  if (mode === 'http' && signingSecret)
    return {
      ...common,
      mode,
      botToken,
      signingSecret,
      port: env.PORT ?? DEFAULT_PORT,
      host: env.HOST,
      apiUrl: env.SLACK_API_URL,
      site: env.MONITORWIJZER_SITE === 'on',
    };
  return [];
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
