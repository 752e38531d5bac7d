import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { manifestScopes } from '../../src/slack/manifest.js';
import { openDatabase } from '../../src/store/database.js';
import { INSTALLATION_CACHE_MS } from '../../src/store/installations.js';
import { ENGINES, type TestDatabase } from '../helpers/databases.js';
import { until } from '../helpers/live-app.js';
import {
  CLIENT_ID,
  CLIENT_SECRET,
  grant,
  INSTALLED_TOKEN,
  install,
  OAUTH_SIGNING_SECRET,
  SECRET_KEY,
  STATE_SECRET,
} from '../helpers/oauth-app.js';
import { appUninstalled, directMessage } from '../helpers/payloads.js';
import { encodeForSlack, signedHeaders } from '../helpers/signing.js';
import { type SlackStub, startSlackStub } from '../helpers/slack-stub.js';

/**
 * Two processes of the built app (as `npm start` runs it) behind an imagined load balancer, sharing nothing
 * but a PostgreSQL database. The embedded database belongs to one process, so this runs where a server is.
 */
const MAIN = fileURLToPath(new URL('../../dist/main.js', import.meta.url));
const postgres = ENGINES.find((e) => e.name === 'postgres');

interface Instance {
  child: ChildProcessWithoutNullStreams;
  base: string;
  exit: Promise<number | null>;
}

async function startInstance(stub: SlackStub, databaseUrl: string): Promise<Instance> {
  const child = spawn(process.execPath, [MAIN], {
    env: {
      PATH: process.env.PATH ?? '',
      SLACK_CLIENT_ID: CLIENT_ID,
      SLACK_CLIENT_SECRET: CLIENT_SECRET,
      SLACK_STATE_SECRET: STATE_SECRET,
      SLACK_SIGNING_SECRET: OAUTH_SIGNING_SECRET,
      MONITORWIJZER_SECRET_KEY: SECRET_KEY.toString('base64'),
      DATABASE_URL: databaseUrl,
      PORT: '0',
      HOST: '127.0.0.1',
      SLACK_API_URL: stub.apiUrl,
    },
  });
  let log = '';
  child.stderr.on('data', (d) => (log += d));
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  await until(() => /OAuth mode on port \d+/.test(log) || child.exitCode !== null, 'the instance to listen');
  const port = /OAuth mode on port (\d+)/.exec(log)?.[1];
  if (!port) throw new Error(`the instance did not start:\n${log}`);
  return { child, base: `http://127.0.0.1:${port}`, exit };
}

function post(instance: Instance, payload: object): Promise<Response> {
  const { body, contentType } = encodeForSlack(payload as Record<string, unknown>);
  return fetch(`${instance.base}/slack/events`, {
    method: 'POST',
    body,
    headers: signedHeaders(OAUTH_SIGNING_SECRET, body, contentType),
  });
}

describe.skipIf(!postgres)('two app processes on one PostgreSQL database', () => {
  let db: TestDatabase;
  let stub: SlackStub;
  let instances: Instance[] = [];

  beforeEach(async () => {
    db = await postgres!.create();
    stub = await startSlackStub();
    stub.always('oauth.v2.access', grant(manifestScopes()));
    const url = 'url' in db.target ? db.target.url : '';
    instances = await Promise.all([startInstance(stub, url), startInstance(stub, url)]);
  });
  afterEach(async () => {
    for (const instance of instances) instance.child.kill('SIGTERM');
    expect(await Promise.all(instances.map((i) => i.exit))).toEqual([0, 0]);
    await stub.close();
    await db.drop();
  });

  const answers = () => stub.calls.filter((c) => c.method === 'chat.postMessage');
  const settle = () => new Promise((resolve) => setTimeout(resolve, 500));

  it('install through one, answered by the other; a redelivery answered once; an uninstall reaches both', async () => {
    const [a, b] = instances as [Instance, Instance];
    expect(await install(a.base)).toBe(200);

    await post(b, directMessage('camera op de werkvloer'));
    await until(() => answers().length === 1, 'the answer from the other instance');
    expect(answers()[0]?.token).toBe(INSTALLED_TOKEN);

    const event = directMessage('vingerafdruk bij de kassa');
    await Promise.all([post(a, event), post(b, event), post(b, event)]);
    await until(() => answers().length === 2, 'the answer to the redelivered event');
    await settle();
    expect(answers()).toHaveLength(2);

    expect((await post(a, appUninstalled())).status).toBe(200);
    const database = await openDatabase(db.target);
    try {
      await expect.poll(async () => (await database.query('select id from installations')).length).toBe(0);
      expect(await database.query('select * from workspace_settings')).toEqual([]);
    } finally {
      await database.close();
    }
    await new Promise((resolve) => setTimeout(resolve, INSTALLATION_CACHE_MS));
    await post(b, directMessage('camera'));
    await settle();
    expect(answers()).toHaveLength(2);
  });
});
