import { pathToFileURL } from 'node:url';
import type { Installation } from '@slack/bolt';
import { loadConfig } from '../../src/config.js';
import { openDatabase } from '../../src/store/database.js';
import { installationsInDatabase } from '../../src/store/installations.js';
import { migrate, readMigrations } from '../../src/store/migrate.js';
import { keyring } from '../../src/store/secrets.js';
import { REPO } from '../paths.js';
import { BENCH_APP, BENCH_BOT, BENCH_BOT_TOKEN, BENCH_BOT_USER, BENCH_TEAM } from './workspace.js';

/**
 * Installs the app in the bench's workspace before the OAuth app starts: run with the app's own environment,
 * it opens the database the app will open (the embedded one's folder, or DATABASE_URL), applies the
 * repository's migrations (as the app will at its start, finding nothing left to do) and stores the installation, its token sealed with the app's key. It runs in a process of its own and exits, so
 * the embedded database's folder is free for the app, and the load generator's heap holds no database.
 */

const loaded = loadConfig(process.env);
if (!loaded.ok || loaded.config.mode !== 'oauth')
  throw new Error(loaded.ok ? `expected OAuth mode, got ${loaded.config.mode}` : loaded.message);
const { database, secretKeys } = loaded.config;

const installation: Installation = {
  team: { id: BENCH_TEAM, name: 'bench' },
  enterprise: undefined,
  user: { id: 'U0BINSTALL', token: undefined, scopes: undefined },
  bot: {
    token: BENCH_BOT_TOKEN,
    scopes: ['commands', 'chat:write', 'im:history', 'app_mentions:read'],
    id: BENCH_BOT,
    userId: BENCH_BOT_USER,
  },
  isEnterpriseInstall: false,
  appId: BENCH_APP,
  tokenType: 'bot',
  authVersion: 'v2',
};

const db = await openDatabase(database);
try {
  await migrate(db, readMigrations(new URL('migrations/', pathToFileURL(REPO))));
  await installationsInDatabase(db, keyring(secretKeys)).storeInstallation(installation);
} finally {
  await db.close();
}
