import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { BENCH_BOT, BENCH_BOT_USER, BENCH_TEAM } from './workspace.js';

/**
 * Stands in for slack.com on loopback: every Web API method and every response_url answers `{ok: true}`
 * at once, so the app's outbound calls cost what they cost the app, and nothing leaves the machine.
 * `GET /stats` tells how many calls arrived, per kind, so the bench can check the app did its work.
 */

const counts: Record<string, number> = {};

const AUTH_TEST = {
  ok: true,
  url: 'https://bench.slack.com/',
  team: 'bench',
  user: 'monitorwijzer',
  team_id: BENCH_TEAM,
  user_id: BENCH_BOT_USER,
  bot_id: BENCH_BOT,
};

function reply(req: IncomingMessage, res: ServerResponse): void {
  const path = req.url ?? '/';
  if (req.method === 'GET' && path === '/stats') {
    send(res, counts);
    return;
  }
  const kind = path.startsWith('/api/') ? (path.slice(5).split('?')[0] ?? 'api') : 'response_url';
  counts[kind] = (counts[kind] ?? 0) + 1;
  send(
    res,
    kind === 'auth.test'
      ? AUTH_TEST
      : {
          ok: true,
          channel: 'C0BENCH001',
          ts: '1700000000.000100',
          message_ts: '1700000000.000100',
          view: { id: 'V0BENCH001' },
        },
  );
}

function send(res: ServerResponse, body: unknown): void {
  const json = JSON.stringify(body);
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(json) });
  res.end(json);
}

const server = createServer((req, res) => {
  req.resume();
  req.on('end', () => reply(req, res));
});
server.keepAliveTimeout = 60_000;
server.listen(Number(process.env.PORT), '127.0.0.1');
