import type { IncomingMessage, ServerResponse } from 'node:http';
import type { HTTPReceiver, Logger } from '@slack/bolt';

/** Checks on every request to the events path before Bolt sees it: size, a `null` body, a future timestamp. */

export const EVENTS_PATH = '/slack/events';
/** Slack's replay window for signed requests, applied to timestamps in the future too (Bolt only checks the past). */
export const MAX_CLOCK_SKEW_SECONDS = 5 * 60;
/**
 * Requests to the events path are read up to this size and refused beyond it (413). Slack's own stay far
 * below: a message holds at most 50 blocks of 3,000 characters, and a click sends that message along.
 */
export const MAX_BODY_BYTES = 1024 * 1024;

/**
 * Wraps the receiver's request listener. It relies on one Bolt behaviour: a request that carries `rawBody`
 * is read from there instead of from the stream (bolt-js HTTPModuleFunctions, `parseHTTPRequestBody`), and
 * its signature is checked as usual; test/reliability/http-boundary.test.ts fails if a Bolt upgrade changes that.
 */
export function guardRequests(receiver: HTTPReceiver, logger: Logger): void {
  const verified = receiver.requestListener;
  receiver.requestListener = (req, res) => {
    if (rejectFutureTimestamp(req, res, logger)) return;
    if (req.method !== 'POST' || new URL(req.url ?? '/', 'http://localhost').pathname !== EVENTS_PATH)
      return verified(req, res);
    void readBody(req, MAX_BODY_BYTES).then(
      (body) => {
        if (!body) return answerEmpty(res, 413, { connection: 'close' });
        if (parsesToNull(body, req.headers['content-type'])) return answerEmpty(res, 400);
        Object.assign(req, { rawBody: body });
        verified(req, res);
      },
      () => answerEmpty(res, 400),
    );
  };
}

/** The request body, or nothing once it grows past `limit` (the rest is not read; the connection is closed). */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners('data');
        req.pause();
        resolve(undefined);
      } else {
        chunks.push(chunk);
      }
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/**
 * Bolt reads `body.ssl_check` before it checks that the body is an object: a body of JSON `null` (or a
 * `payload=null` form) throws outside its error handling, and the request would never be answered.
 */
function parsesToNull(body: Buffer, contentType: string | undefined): boolean {
  const text = body.toString();
  const json = contentType === 'application/x-www-form-urlencoded' ? new URLSearchParams(text).get('payload') : text;
  return json?.trim() === 'null';
}

/**
 * Slack's rule is |now − timestamp| ≤ 5 minutes; Bolt rejects only stale ones, so a request signed for
 * the future would stay replayable for as long as its timestamp lies ahead. Bolt checks the signature.
 */
export function rejectFutureTimestamp(
  req: IncomingMessage,
  res: ServerResponse,
  logger: Logger,
  nowMs: number = Date.now(),
): boolean {
  const header = req.headers['x-slack-request-timestamp'];
  const timestamp = Number(Array.isArray(header) ? header[0] : header);
  if (!Number.isFinite(timestamp) || timestamp - nowMs / 1000 <= MAX_CLOCK_SKEW_SECONDS) return false;
  logger.warn('rejected a request: its signature timestamp lies more than 5 minutes in the future');
  res.writeHead(401);
  res.end();
  return true;
}

export function answerEmpty(response: ServerResponse, status: number, headers: Record<string, string> = {}): void {
  if (response.headersSent) return;
  response.writeHead(status, headers);
  response.end();
}
