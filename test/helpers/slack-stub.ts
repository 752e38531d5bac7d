import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { IDS } from './payloads.js';

/**
 * A stand-in for Slack on 127.0.0.1: the Web API (`/api/<method>`) and response_urls (`/hooks/<id>`). It records
 * every call and answers with success, or with what a test queued: an error status, a rate limit, a reply
 * that never comes, or a dropped connection.
 */

export type Reply =
  | { status: number; body?: unknown; headers?: Record<string, string> }
  | { hang: true }
  | { drop: true };

export interface Call {
  /** The API method (`chat.update`) or `hook` for a response_url. */
  method: string;
  /** For response_urls: the id in `/hooks/<id>`. */
  hook?: string;
  body: Record<string, any>;
  /** The token the call was made with (Authorization: Bearer …), if any. */
  token?: string;
}

export interface SlackStub {
  origin: string;
  apiUrl: string;
  hookUrl(id: string): string;
  calls: Call[];
  /** Replies for the next calls of a method (or `hook`), used up in order. */
  queue(method: string, ...replies: Reply[]): void;
  /** Every call of a method (or `hook`) is answered so, until cleared. */
  always(method: string, reply: Reply | undefined): void;
  /** What apps.connections.open answers (socket mode). */
  socketUrl?: string;
  close(): Promise<void>;
}

export interface StubOptions {
  /** Told of every call as it arrives; with `keep: false` the calls are not kept (long runs). */
  observe?: (call: Call) => void;
  keep?: boolean;
}

export async function startSlackStub({ observe, keep = true }: StubOptions = {}): Promise<SlackStub> {
  const calls: Call[] = [];
  const queued = new Map<string, Reply[]>();
  const standing = new Map<string, Reply>();
  const sockets = new Set<Socket>();
  const stub: SlackStub = {
    origin: '',
    apiUrl: '',
    hookUrl: (id) => `${stub.origin}/hooks/${id}`,
    calls,
    queue: (method, ...replies) => queued.set(method, [...(queued.get(method) ?? []), ...replies]),
    always: (method, reply) => (reply ? standing.set(method, reply) : standing.delete(method)),
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
  const server = createServer((req, res) => {
    void readBody(req).then((raw) => {
      const hook = /^\/hooks\/(.+)$/.exec(req.url ?? '')?.[1];
      const method = hook ? 'hook' : (req.url ?? '').replace(/^\/api\//, '');
      const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
      const call = {
        method,
        ...(hook && { hook }),
        ...(token && { token }),
        body: parseBody(raw, req.headers['content-type']),
      };
      if (keep) calls.push(call);
      observe?.(call);
      answer(
        res,
        queued.get(method)?.shift() ?? standing.get(method) ?? { status: 200, body: success(method, stub.socketUrl) },
      );
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  stub.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  stub.apiUrl = `${stub.origin}/api/`;
  return stub;
}

function answer(res: ServerResponse, reply: Reply): void {
  if ('hang' in reply) return;
  if ('drop' in reply) {
    res.socket?.destroy();
    return;
  }
  res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
  res.end(typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body ?? {}));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => resolve(body));
  });
}

/** Web API calls are form-encoded with JSON in `blocks` and `view`; response_url posts are JSON. */
function parseBody(raw: string, contentType: string | undefined): Record<string, any> {
  if (contentType?.includes('json')) return JSON.parse(raw || '{}');
  const fields: Record<string, any> = Object.fromEntries(new URLSearchParams(raw));
  for (const key of ['blocks', 'view']) if (typeof fields[key] === 'string') fields[key] = JSON.parse(fields[key]);
  return fields;
}

function success(method: string, socketUrl: string | undefined): Record<string, unknown> {
  if (method === 'hook') return { ok: true };
  if (method === 'auth.test')
    return { ok: true, user_id: IDS.botUser, bot_id: IDS.bot, team_id: IDS.team, url: 'https://voorbeeld.slack.com/' };
  if (method === 'apps.connections.open') return { ok: true, url: socketUrl };
  if (method === 'chat.postMessage') return { ok: true, channel: 'D0DMCH0001', ts: '1700000009.000100' };
  if (method.startsWith('views.')) return { ok: true, view: { id: 'V0NEW00001' } };
  return { ok: true };
}

export const rateLimited = (seconds: number): Reply => ({
  status: 429,
  body: { ok: false, error: 'ratelimited' },
  headers: { 'retry-after': String(seconds) },
});
export const platformError = (error: string): Reply => ({ status: 200, body: { ok: false, error } });
export const serverError: Reply = { status: 500, body: 'Internal Server Error' };
