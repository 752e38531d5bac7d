import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeState } from '../src/guide/state.js';
import { manifestScopes } from '../src/slack/manifest.js';
import { openDatabase } from '../src/store/database.js';
import { messageProblems } from './helpers/block-kit.js';
import {
  CLIENT_ID,
  CLIENT_SECRET,
  grant,
  INSTALLED_TOKEN,
  install,
  SECRET_KEY,
  STATE_SECRET,
} from './helpers/oauth-app.js';
import { slashCommand } from './helpers/payloads.js';
import { formEncoded, postSigned } from './helpers/signing.js';
import { buttonIn, realGuide } from './helpers/slack-app.js';
import { startSlackStub } from './helpers/slack-stub.js';

/** These tests run the built program (`npm test` builds first), as `npm start` does. */
const MAIN = fileURLToPath(new URL('../dist/main.js', import.meta.url));
const BROKEN_KNOWLEDGE = fileURLToPath(new URL('./fixtures/broken-knowledge', import.meta.url));
const SECRET = 'e2e-signing-secret-0123456789abcdef';

interface Run {
  child: ChildProcessWithoutNullStreams;
  stdout: () => string;
  stderr: () => string;
  exit: Promise<number | null>;
}

const running: Run[] = [];
const servers: Server[] = [];

afterEach(async () => {
  for (const run of running.splice(0)) if (run.child.exitCode === null) run.child.kill('SIGKILL');
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

/** Starts dist/main.js with only the given variables (none inherited from this shell), like a fresh deployment. */
function run(env: Record<string, string>, stdin?: string, cwd?: string): Run {
  const child = spawn(process.execPath, [MAIN], { env: { PATH: process.env.PATH ?? '', ...env }, cwd });
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (err += d));
  if (stdin !== undefined) child.stdin.end(stdin);
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const handle = { child, stdout: () => out, stderr: () => err, exit };
  running.push(handle);
  return handle;
}

/** A local stand-in for the Web API and for response_url, recording what the app sends. */
async function slackStub() {
  const calls: { path: string; body: string }[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      calls.push({ path: req.url ?? '', body });
      res.writeHead(200, { 'content-type': 'application/json' });
      const authTest = { ok: true, user_id: 'U0BOTU0001', bot_id: 'B0BOT00001', team_id: 'T0TEAM0001' };
      res.end(JSON.stringify(req.url === '/api/auth.test' ? authTest : { ok: true }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push(server);
  return { calls, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** Waits for `probe` to give a value; the deadline only catches a hang. */
async function waitFor<T>(probe: () => T | undefined, what: string, ms = 90_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const found = probe();
    if (found !== undefined) return found;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('npm start', () => {
  it('with a local Web API stub, runs in HTTP mode: a signed command gets 200 in time and valid Block Kit; unsigned gets 401', async () => {
    const stub = await slackStub();
    const app = run({
      SLACK_BOT_TOKEN: 'xoxb-e2e',
      SLACK_SIGNING_SECRET: SECRET,
      PORT: '0',
      HOST: '127.0.0.1',
      SLACK_API_URL: `${stub.origin}/api/`,
    });
    const port = await waitFor(() => /HTTP mode on port (\d+)/.exec(app.stderr())?.[1], 'the app to listen');
    const base = `http://127.0.0.1:${port}`;
    expect(stub.calls.map((c) => c.path)).toEqual(['/api/auth.test']);

    const command = {
      ...slashCommand('mijn baas wil mijn vingerafdruk bij de kassa'),
      response_url: `${stub.origin}/commands/T0TEAM0001/1/abc`,
    };
    const response = await postSigned(base, SECRET, command);
    expect(response.status).toBe(200);
    const reply = await waitFor(() => stub.calls.find((c) => c.path.startsWith('/commands/')), 'the reply');
    const message = JSON.parse(reply.body);
    expect(message.response_type).toBe('ephemeral');
    expect(messageProblems(message)).toEqual([]);
    const next = decodeState(realGuide().kb, buttonIn(message.blocks, /^mw\.go\.option\./).value);
    expect(next.ok && next.conversation.flow).toBe('biometrics');

    const body = formEncoded(command);
    const unsigned = await fetch(`${base}/slack/events`, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(unsigned.status).toBe(401);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);

    app.child.kill('SIGTERM');
    expect(await app.exit).toBe(0);
    expect(app.stderr()).toContain('SIGTERM received');
    expect(app.stderr()).not.toContain('vingerafdruk');
  });

  it('with the OAuth variables and a key but no database, serves the install page and seals the installation in ./data', async () => {
    const stub = await startSlackStub();
    stub.always('oauth.v2.access', grant(manifestScopes()));
    const folder = mkdtempSync(join(tmpdir(), 'mw-oauth-'));
    try {
      const app = run(
        {
          SLACK_CLIENT_ID: CLIENT_ID,
          SLACK_CLIENT_SECRET: CLIENT_SECRET,
          SLACK_STATE_SECRET: STATE_SECRET,
          SLACK_SIGNING_SECRET: SECRET,
          MONITORWIJZER_SECRET_KEY: SECRET_KEY.toString('base64'),
          PORT: '0',
          HOST: '127.0.0.1',
          SLACK_API_URL: stub.apiUrl,
        },
        undefined,
        folder,
      );
      const port = await waitFor(() => /OAuth mode on port (\d+)/.exec(app.stderr())?.[1], 'the app to listen');
      expect(await install(`http://127.0.0.1:${port}`)).toBe(200);
      app.child.kill('SIGTERM');
      expect(await app.exit).toBe(0);
      const db = await openDatabase({ dataDir: join(folder, 'data') });
      try {
        const rows = await db.query<{ row: string }>('select t::text as row from installations t');
        expect(rows).toHaveLength(1);
        expect(rows[0]?.row).toMatch(/,v1\.[\w-]{8}\./);
        expect(rows[0]?.row).not.toContain(INSTALLED_TOKEN.slice(5));
      } finally {
        await db.close();
      }
    } finally {
      await stub.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('says so when nothing answers at DATABASE_URL, and exits', async () => {
    const app = run({
      SLACK_BOT_TOKEN: 'xoxb-e2e',
      SLACK_SIGNING_SECRET: SECRET,
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: 'postgres://mw:geheim-wachtwoord@127.0.0.1:9/monitorwijzer',
      SLACK_API_URL: 'http://127.0.0.1:9/api/',
    });
    expect(await app.exit).toBe(1);
    expect(app.stderr()).toContain('nothing answers at DATABASE_URL');
    expect(app.stderr()).not.toContain('geheim-wachtwoord');
  });

  it('without Slack credentials runs the terminal guide, with its one-line hint', async () => {
    const app = run({}, 'q\n');
    expect(await app.exit).toBe(0);
    expect(app.stderr()).toMatch(/^Tip: set SLACK_BOT_TOKEN and SLACK_APP_TOKEN/);
    expect(app.stdout()).toContain('monitorwijzer');
  });

  it('with invalid settings lists every problem and does not start', async () => {
    const app = run({ SLACK_BOT_TOKEN: 'not-a-token', SLACK_SIGNING_SECRET: SECRET, PORT: 'eighty' });
    expect(await app.exit).toBe(2);
    expect(app.stderr()).toContain('SLACK_BOT_TOKEN');
    expect(app.stderr()).toContain('PORT');
    expect(app.stderr()).not.toContain('not-a-token');
  });

  it('refuses to start in Slack on invalid knowledge, with the validation report', async () => {
    const app = run({
      SLACK_BOT_TOKEN: 'xoxb-e2e',
      SLACK_SIGNING_SECRET: SECRET,
      PORT: '0',
      HOST: '127.0.0.1',
      MONITORWIJZER_DIR: BROKEN_KNOWLEDGE,
      SLACK_API_URL: 'http://127.0.0.1:9/api/',
    });
    expect(await app.exit).toBe(1);
    expect(app.stderr()).toContain('flows/broken.yml');
    expect(app.stderr()).toContain('not starting in Slack');
  });

  it('reports a bot token Slack rejects, and exits', async () => {
    const stub = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: false, error: 'invalid_auth' }));
    });
    await new Promise<void>((resolve) => stub.listen(0, '127.0.0.1', resolve));
    servers.push(stub);
    const app = run({
      SLACK_BOT_TOKEN: 'xoxb-revoked',
      SLACK_SIGNING_SECRET: SECRET,
      PORT: '0',
      HOST: '127.0.0.1',
      SLACK_API_URL: `http://127.0.0.1:${(stub.address() as AddressInfo).port}/api/`,
    });
    expect(await app.exit).toBe(1);
    expect(app.stderr()).toContain('Slack rejected SLACK_BOT_TOKEN (invalid_auth)');
  });
});
