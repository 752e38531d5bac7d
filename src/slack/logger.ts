import { type Logger, LogLevel } from '@slack/bolt';
import type { LogLevelName } from '../config.js';
import { STATE_PATTERN } from '../guide/state.js';

/**
 * A logger for Bolt, the Web API client and our listeners that cannot leak what people asked. At debug
 * level Bolt and the Web API client log whole request and response bodies (message text, user and channel
 * ids, button values with the answer path), so every line is scrubbed before it is written:
 * - anything from the first `{`, `[` or `"` on (a JSON dump, or the snippet of a body a JSON parse error quotes) is cut;
 * - Slack ids (U…, C…, D…, T…), conversation states (guide/state.ts), tokens (xoxb-…, xapp-…) and URL paths other
 *   than API method names are masked.
 * What remains is what operators need: which method, which error code, how long to wait.
 */

const RANK: Record<LogLevel, number> = {
  [LogLevel.DEBUG]: 0,
  [LogLevel.INFO]: 1,
  [LogLevel.WARN]: 2,
  [LogLevel.ERROR]: 3,
};
const MAX_LINE = 400;

export type LogSink = (line: string) => void;

export const logLevel = (name: LogLevelName): LogLevel =>
  ({ debug: LogLevel.DEBUG, info: LogLevel.INFO, warn: LogLevel.WARN, error: LogLevel.ERROR })[name];

const toStderr: LogSink = (line) => process.stderr.write(`${line}\n`);

export function createPrivateLogger(level: LogLevel, sink: LogSink = toStderr): Logger {
  let current = level;
  let name = 'monitorwijzer';
  const at =
    (lineLevel: LogLevel) =>
    (...parts: unknown[]): void => {
      if (RANK[lineLevel] < RANK[current]) return;
      sink(
        `${new Date().toISOString()} ${lineLevel.toUpperCase()} ${name} ${parts.map(describe).join(' ')}`.slice(
          0,
          MAX_LINE,
        ),
      );
    };
  return {
    debug: at(LogLevel.DEBUG),
    info: at(LogLevel.INFO),
    warn: at(LogLevel.WARN),
    error: at(LogLevel.ERROR),
    setLevel: (next) => {
      current = next;
    },
    getLevel: () => current,
    setName: (next) => {
      name = next;
    },
  };
}

/** One log argument as safe text: errors by name, code and scrubbed message; other objects only by kind. */
export function describe(part: unknown): string {
  if (typeof part === 'string') return scrub(part);
  if (typeof part === 'number' || typeof part === 'boolean') return String(part);
  if (part instanceof Error) {
    const { code, data } = part as Error & { code?: unknown; data?: { error?: unknown } };
    const slackError = typeof data?.error === 'string' ? ` (${data.error})` : '';
    return `${part.name}${typeof code === 'string' ? ` [${code}]` : ''}: ${scrub(part.message)}${slackError}`;
  }
  return `[${part === null ? 'null' : typeof part}]`;
}

export function scrub(text: string): string {
  const dump = text.search(/[{["]/);
  const head = dump === -1 ? text : `${text.slice(0, dump)}‹…›`;
  return head
    .replace(/https?:\/\/[^\s|>'"]+/g, safeUrl)
    .replace(STATE_PATTERN, '‹state›')
    .replace(/\bx(?:ox[a-z]|app)-[\w-]+/g, '‹token›')
    .replace(/\b[UWBCDGTEF][A-Z0-9]{6,}\b/g, '‹id›');
}

/** API method URLs stay (they say what failed); any other URL (such as a response_url) keeps only its host. */
function safeUrl(raw: string): string {
  try {
    const url = new URL(raw);
    return /^\/api\/[\w.]+$/.test(url.pathname) ? `${url.origin}${url.pathname}` : `${url.origin}/‹…›`;
  } catch {
    return '‹url›';
  }
}
