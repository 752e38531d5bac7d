import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type WebSocket, WebSocketServer } from 'ws';
import { createSlackApp, type SlackApp } from '../../src/slack/app.js';
import { createPrivateLogger, logLevel } from '../../src/slack/logger.js';
import { realGuide } from '../helpers/knowledge.js';
import { BOT_TOKEN, until } from '../helpers/live-app.js';
import { directMessage, IDS, slashCommand } from '../helpers/payloads.js';
import { type SlackStub, startSlackStub } from '../helpers/slack-stub.js';

const APP_TOKEN = 'xapp-1-A0APP00001-1234567890-SeCrEtApPtOkEn';
const TICKET = 'ticket-0f3c9b1e-SeCrEt';

/**
 * A stand-in for Slack's socket endpoint on 127.0.0.1: it greets each connection with `hello`, records the
 * acknowledgements, and lets a test drop the connection or ask the client to reconnect, as Slack does.
 */
async function startSocketEndpoint() {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise((resolve) => server.once('listening', resolve));
  const connections: WebSocket[] = [];
  const acks: { envelope_id: string; payload?: unknown }[] = [];
  server.on('connection', (socket) => {
    connections.push(socket);
    socket.on('message', (data) => acks.push(JSON.parse(String(data))));
    socket.send(
      JSON.stringify({
        type: 'hello',
        num_connections: 1,
        connection_info: { app_id: 'A0APP00001' },
        debug_info: { host: 'local' },
      }),
    );
  });
  const open = () => connections.filter((s) => s.readyState === s.OPEN);
  return {
    url: `ws://127.0.0.1:${(server.address() as AddressInfo).port}/link/?ticket=${TICKET}&app_id=A0APP00001`,
    connections,
    acks,
    open,
    /** Sends an envelope on the open connection, as Slack delivers a request. */
    deliver(envelope: Record<string, unknown>) {
      const [socket] = open();
      if (!socket) throw new Error('no open connection');
      socket.send(JSON.stringify(envelope));
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

describe('socket mode against a local socket endpoint', () => {
  let stub: SlackStub;
  let endpoint: Awaited<ReturnType<typeof startSocketEndpoint>>;
  let slack: SlackApp;
  let logs: string[];

  beforeEach(async () => {
    stub = await startSlackStub();
    endpoint = await startSocketEndpoint();
    stub.socketUrl = endpoint.url;
    logs = [];
    slack = createSlackApp(
      { mode: 'socket', botToken: BOT_TOKEN, appToken: APP_TOKEN, logLevel: 'debug', apiUrl: stub.apiUrl },
      realGuide(),
      createPrivateLogger(logLevel('debug'), (line) => logs.push(line)),
    );
    await slack.start();
  });
  afterEach(async () => {
    await slack.stop();
    await endpoint.close();
    await stub.close();
  });

  const hooks = () => stub.calls.filter((c) => c.method === 'hook');
  let envelopes = 0;
  /** A slash command delivered over the socket; resolves once the app acknowledged it and answered. */
  async function command(text: string): Promise<void> {
    const id = `env-${++envelopes}`;
    const before = hooks().length;
    endpoint.deliver({
      envelope_id: id,
      type: 'slash_commands',
      accepts_response_payload: true,
      payload: { ...slashCommand(text), response_url: stub.hookUrl(id) },
    });
    await until(() => endpoint.acks.some((a) => a.envelope_id === id), `the acknowledgement of ${id}`);
    await until(() => hooks().length > before, `the answer to ${id}`);
  }

  it('connects with the app-level token, from the configured Web API', async () => {
    const open = stub.calls.filter((c) => c.method === 'apps.connections.open');
    expect(open).toHaveLength(1);
    expect(endpoint.open()).toHaveLength(1);
    await command('vingerafdruk kassa');
  });

  it('reconnects after the connection drops, and answers again', async () => {
    await command('camera');
    endpoint.open()[0]!.terminate();
    await until(() => endpoint.open().length === 1 && endpoint.connections.length === 2, 'a new connection');
    expect(stub.calls.filter((c) => c.method === 'apps.connections.open')).toHaveLength(2);
    await command('camera');
  });

  it('reconnects when Slack asks it to (refresh_requested), and answers again', async () => {
    endpoint.deliver({ type: 'disconnect', reason: 'refresh_requested', debug_info: { host: 'local' } });
    await until(() => endpoint.connections.length === 2 && endpoint.open().length === 1, 'a new connection');
    await command('privacy');
  });

  it('answers an event once when Slack delivers it again (retry_attempt)', async () => {
    const event = directMessage('camera op de werkvloer');
    const envelope = (n: number) => ({
      envelope_id: `ev-${n}`,
      type: 'events_api',
      accepts_response_payload: false,
      retry_attempt: n,
      retry_reason: n ? 'timeout' : '',
      payload: event,
    });
    endpoint.deliver(envelope(0));
    await until(() => stub.calls.some((c) => c.method === 'chat.postMessage'), 'the answer');
    endpoint.deliver(envelope(1));
    endpoint.deliver(envelope(2));
    await until(
      () => endpoint.acks.filter((a) => a.envelope_id.startsWith('ev-')).length === 3,
      'all three acknowledged',
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(stub.calls.filter((c) => c.method === 'chat.postMessage')).toHaveLength(1);
  });

  it('logs at debug level without the tokens, the socket ticket, ids or what was asked', async () => {
    await command('mag mijn werkgever mijn vingerafdruk scannen');
    const text = logs.join('\n');
    expect(logs.length).toBeGreaterThan(10);
    for (const secret of [
      APP_TOKEN,
      BOT_TOKEN,
      TICKET,
      'SeCrEt',
      IDS.user,
      IDS.channel,
      IDS.team,
      'vingerafdruk',
      '/hooks/',
    ])
      expect(text, `logs contain ${secret}`).not.toContain(secret);
  });
});
