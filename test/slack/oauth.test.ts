import { execFileSync } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { manifestScopes } from '../../src/slack/manifest.js';
import type { Store } from '../../src/store/store.js';
import { ENGINES, openTwice, type TestDatabase } from '../helpers/databases.js';
import { until } from '../helpers/live-app.js';
import {
  CLIENT_ID,
  grant,
  INSTALLED_TOKEN,
  install,
  type OAuthApp,
  openInstallPage,
  returnFromSlack,
  startOAuthApp,
} from '../helpers/oauth-app.js';
import { appUninstalled, directMessage, fromOrgWideInstall, fromTeam, tokensRevoked } from '../helpers/payloads.js';
import { platformError, type SlackStub, startSlackStub } from '../helpers/slack-stub.js';

describe.each(ENGINES)('distribution through Slack’s OAuth install on $name', (engine) => {
  let db: TestDatabase;
  let stub: SlackStub;
  let stores: [Store, Store];
  let closeStores: () => Promise<void>;
  const running: OAuthApp[] = [];

  beforeEach(async () => {
    db = await engine.create();
    stub = await startSlackStub();
    stub.always('oauth.v2.access', grant(manifestScopes()));
    const [a, b, close] = await openTwice(engine, db);
    stores = [a, b];
    closeStores = close;
  });
  afterEach(async () => {
    for (const app of running.splice(0)) await app.stop();
    await closeStores();
    await stub.close();
    await db.drop();
  });

  /** Two instances behind one load balancer: nothing shared but the database. */
  async function instances(cacheMs?: number): Promise<[OAuthApp, OAuthApp]> {
    const [a, b] = await Promise.all(stores.map((store) => startOAuthApp(stub, store, { cacheMs })));
    running.push(a!, b!);
    return [a!, b!];
  }

  const calls = (method: string) => stub.calls.filter((c) => c.method === method);
  const rowsOf = async (table: string) => (await stores[0].db.query(`select * from ${table}`)).length;

  it('installs through Bolt’s installer, asking for the manifest’s scopes and nothing more', async () => {
    const [a] = await instances();
    const page = await openInstallPage(a.base);
    expect(page.status).toBe(200);
    expect(page.authorizeUrl.searchParams.get('client_id')).toBe(CLIENT_ID);
    expect(page.authorizeUrl.searchParams.get('scope')?.split(',')).toEqual(manifestScopes());
    expect(page.authorizeUrl.searchParams.get('user_scope') ?? '').toBe('');
    expect(page.cookie).toContain(page.state);
    expect(await returnFromSlack(a.base, page.state, page.cookie)).toBe(200);
    expect(calls('oauth.v2.access')[0]?.body).toMatchObject({ code: 'grant-code-1', client_id: CLIENT_ID });
    expect(calls('auth.test').map((c) => c.token)).toEqual([INSTALLED_TOKEN]);
    expect(await rowsOf('installations')).toBe(1);
  });

  it('stores the token sealed: no dump of the database shows it', async () => {
    const [a] = await instances();
    expect(await install(a.base)).toBe(200);
    const tables = await stores[0].db.query<{ table_name: string }>(
      `select table_name from information_schema.tables where table_schema = current_schema()`,
    );
    for (const { table_name } of tables) {
      const rows = await stores[0].db.query<{ row: string }>(`select t::text as row from ${table_name} t`);
      for (const { row } of rows) expect(row).not.toContain(INSTALLED_TOKEN.slice(5));
    }
    const [row] = await stores[0].db.query<{ secrets: string }>('select secrets from installations');
    expect(row?.secrets).toMatch(/^v1\./);
    if ('url' in db.target) {
      const url = new URL(db.target.url);
      const schema = url.searchParams.get('options')?.replace('-c search_path=', '') ?? '';
      url.searchParams.delete('options');
      const dump = execFileSync('pg_dump', ['--schema', schema, url.toString()], { encoding: 'utf8' });
      expect(dump).toContain('installations');
      expect(dump).not.toContain(INSTALLED_TOKEN.slice(5));
    }
  });

  it('refuses a forged state, a state from another browser and a state used already, on any instance', async () => {
    const [a, b] = await instances();
    expect(await returnFromSlack(a.base, 'forged', 'slack-app-oauth-state=forged')).toBe(400);
    const page = await openInstallPage(a.base);
    expect(await returnFromSlack(a.base, page.state, '')).toBe(400);
    expect(await returnFromSlack(b.base, page.state, page.cookie)).toBe(200);
    expect(await returnFromSlack(a.base, page.state, page.cookie, 'grant-code-2')).toBe(400);
    expect(await returnFromSlack(b.base, page.state, page.cookie, 'grant-code-3')).toBe(400);
    expect(calls('oauth.v2.access')).toHaveLength(1);
  });

  it('answers a workspace installed through one instance on the other, with that workspace’s token', async () => {
    const [a, b] = await instances();
    expect(await install(a.base)).toBe(200);
    expect((await b.post(directMessage('camera op de werkvloer'))).status).toBe(200);
    await until(() => calls('chat.postMessage').length === 1, 'the answer');
    expect(calls('chat.postMessage')[0]?.token).toBe(INSTALLED_TOKEN);
    expect((await b.post(fromTeam(directMessage('camera'), 'T0NOTINST1'))).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(calls('chat.postMessage')).toHaveLength(1);
  });

  it('installs org-wide for an Enterprise Grid organisation and answers its workspaces with that token', async () => {
    stub.always('oauth.v2.access', grant(manifestScopes(), { enterprise: 'E0GRID0001' }));
    const [a, b] = await instances();
    expect(await install(a.base)).toBe(200);
    const [row] = await stores[0].db.query<{ id: string }>('select id from installations');
    expect(row?.id).toBe('EE0GRID0001');
    await b.post(fromOrgWideInstall(directMessage('camera'), 'E0GRID0001'));
    await until(() => calls('chat.postMessage').length === 1, 'the answer');
    expect(calls('chat.postMessage')[0]?.token).toBe(INSTALLED_TOKEN);
    await b.post(fromOrgWideInstall(directMessage('camera'), 'E0OTHER001'));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(calls('chat.postMessage')).toHaveLength(1);
  });

  it('answers an event Slack redelivers once, whichever instances it reaches', async () => {
    const [a, b] = await instances();
    expect(await install(a.base)).toBe(200);
    const event = directMessage('vingerafdruk bij de kassa');
    await Promise.all([a.post(event), b.post(event), a.post(event), b.post(event)]);
    await until(() => calls('chat.postMessage').length >= 1, 'the answer');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(calls('chat.postMessage')).toHaveLength(1);
  });

  it.each([
    ['removed', appUninstalled],
    ['its bot token revoked', tokensRevoked],
  ])(
    'deletes a workspace that had the app %s, and the other instance stops answering it within the cache time',
    async (_what, event) => {
      const cacheMs = 300;
      const [a, b] = await instances(cacheMs);
      expect(await install(a.base)).toBe(200);
      await b.post(directMessage('camera'));
      await until(() => calls('chat.postMessage').length === 1, 'the answer before the uninstall');
      expect((await a.post(event())).status).toBe(200);
      await expect.poll(() => rowsOf('installations')).toBe(0);
      expect(await rowsOf('workspace_settings')).toBe(0);
      await new Promise((resolve) => setTimeout(resolve, cacheMs));
      expect((await b.post(directMessage('camera'))).status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(calls('chat.postMessage')).toHaveLength(1);
    },
  );

  it('drops its copy of an installation at once when Slack refuses the token', async () => {
    const [a, b] = await instances(60_000);
    expect(await install(a.base)).toBe(200);
    await b.post(directMessage('camera'));
    await until(() => calls('chat.postMessage').length === 1, 'the first answer');
    await stores[0].db.query('delete from installations');
    stub.queue('chat.postMessage', platformError('token_revoked'));
    await b.post(directMessage('camera'));
    await until(() => calls('chat.postMessage').length === 2, 'the refused call');
    await b.post(directMessage('camera'));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(calls('chat.postMessage')).toHaveLength(2);
    expect(b.logs.join('\n')).not.toContain(INSTALLED_TOKEN);
  });
});

describe('the scopes an install asks for', () => {
  it('are the manifest’s four', () => {
    expect(manifestScopes()).toEqual(['commands', 'chat:write', 'im:history', 'app_mentions:read']);
  });
});
