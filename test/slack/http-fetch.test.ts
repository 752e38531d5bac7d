import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keepAliveFetch } from '../../src/slack/http-fetch.js';

let server: Server;
let base: string;
let connections = 0;
const seen: { method?: string; type?: string; body: string }[] = [];

const read = (req: IncomingMessage) =>
  new Promise<string>((resolve) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c));
    req.on('end', () => resolve(body));
  });

beforeAll(async () => {
  server = createServer(async (req, res) => {
    seen.push({ method: req.method, type: req.headers['content-type'], body: await read(req) });
    if (req.url === '/empty') return void res.writeHead(204).end();
    if (req.url === '/slow') return void setTimeout(() => res.end('late'), 2_000);
    res
      .writeHead(429, { 'content-type': 'application/json', 'retry-after': '7' })
      .end('{"ok":false,"error":"ratelimited"}');
  });
  server.on('connection', () => connections++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(
  () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
);

describe('the keep-alive fetch used for Slack calls', () => {
  it('posts form data and JSON, and reads status, headers and body like fetch', async () => {
    const form = await keepAliveFetch(`${base}/api/chat.postMessage`, {
      method: 'POST',
      body: new URLSearchParams({ channel: 'D1', text: 'hoi' }),
    });
    expect(form.status).toBe(429);
    expect(form.headers.get('retry-after')).toBe('7');
    expect(await form.json()).toEqual({ ok: false, error: 'ratelimited' });
    await keepAliveFetch(`${base}/respond`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"text":"x"}',
    });
    expect(seen.slice(-2)).toEqual([
      { method: 'POST', type: 'application/x-www-form-urlencoded;charset=UTF-8', body: 'channel=D1&text=hoi' },
      { method: 'POST', type: 'application/json', body: '{"text":"x"}' },
    ]);
  });

  it('reuses one connection for calls in a row', async () => {
    const before = connections;
    for (let i = 0; i < 5; i++) await (await keepAliveFetch(`${base}/again`, { method: 'POST', body: 'x' })).text();
    expect(connections - before).toBeLessThanOrEqual(1);
  });

  it('answers 204 with an empty body', async () => {
    const res = await keepAliveFetch(`${base}/empty`, { method: 'POST', body: '' });
    expect(res.status).toBe(204);
    expect(await res.text()).toBe('');
  });

  it('gives up when the signal aborts', async () => {
    await expect(
      keepAliveFetch(`${base}/slow`, { method: 'POST', body: 'x', signal: AbortSignal.timeout(50) }),
    ).rejects.toThrow();
  });
});
