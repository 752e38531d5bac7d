import { randomBytes } from 'node:crypto';
import type { Installation } from '@slack/bolt';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { installationsInDatabase } from '../../src/store/installations.js';
import { keyring } from '../../src/store/secrets.js';
import { openStore, type Store } from '../../src/store/store.js';
import { ttlCache } from '../../src/store/ttl-cache.js';
import { ENGINES, type TestDatabase } from '../helpers/databases.js';

const TOKEN = 'xoxb-4444-5555-RoTaTeDtOkEn';
const installation: Installation = {
  team: { id: 'T0TEAM0001', name: 'Voorbeeld BV' },
  enterprise: undefined,
  user: { id: 'U0USER0001', token: undefined, scopes: undefined },
  bot: { token: TOKEN, scopes: ['commands'], id: 'B0BOT00001', userId: 'U0BOTU0001' },
  isEnterpriseInstall: false,
  appId: 'A0APP00001',
  authVersion: 'v2',
};
const query = { teamId: 'T0TEAM0001', enterpriseId: undefined, isEnterpriseInstall: false } as const;

describe.each(ENGINES)('installations on $name', (engine) => {
  let db: TestDatabase;
  let store: Store;
  beforeEach(async () => {
    db = await engine.create();
    store = await openStore(db.target);
  });
  afterEach(async () => {
    await store.close();
    await db.drop();
  });

  const sealedWith = async () =>
    (await store.db.query<{ secrets: string }>('select secrets from installations'))[0]?.secrets.split('.')[1];

  it('after a key rotation still opens what the old key sealed, and seals it again with the new key', async () => {
    const [old, fresh] = [randomBytes(32), randomBytes(32)];
    await installationsInDatabase(store.db, keyring([old]), 0).storeInstallation(installation);
    const before = await sealedWith();
    const rotated = installationsInDatabase(store.db, keyring([fresh, old]), 0);
    expect((await rotated.fetchInstallation(query)).bot?.token).toBe(TOKEN);
    expect(await sealedWith()).not.toBe(before);
    const newOnly = installationsInDatabase(store.db, keyring([fresh]), 0);
    expect((await newOnly.fetchInstallation(query)).bot?.token).toBe(TOKEN);
  });

  it('gives back the installation as Bolt stored it, and nothing once it is deleted', async () => {
    const installations = installationsInDatabase(store.db, keyring([randomBytes(32)]));
    await installations.storeInstallation(installation);
    expect(await installations.fetchInstallation(query)).toEqual(installation);
    await installations.deleteInstallation(query);
    await expect(installations.fetchInstallation(query)).rejects.toThrow(/not installed/);
  });
});

describe('the per-process cache', () => {
  it('keeps at most its bound, dropping the least recently used, and forgets entries after their time', () => {
    let now = 0;
    const cache = ttlCache<number>(2, 100, () => now);
    cache.set('a', 1);
    cache.set('b', 2);
    expect(cache.get('a')).toBe(1);
    cache.set('c', 3);
    expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual([1, undefined, 3]);
    now = 100;
    expect(cache.get('a')).toBeUndefined();
  });
});
