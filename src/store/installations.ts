import type { Installation, InstallationQuery, InstallationStore } from '@slack/bolt';
import type { Queryable } from './database.js';
import type { Keyring } from './secrets.js';
import { type TtlCache, ttlCache } from './ttl-cache.js';

/**
 * Bolt's installations in the database, every token sealed (see secrets.ts). Each instance keeps the
 * installations it used lately for a short while, so a request costs no query; an uninstall elsewhere
 * reaches it within that time, and at once when a call with the old token fails (`forget`).
 */

/** How long an instance trusts its copy of an installation. */
export const INSTALLATION_CACHE_MS = 10_000;
const INSTALLATION_CACHE_ENTRIES = 1_000;

/** The parts of an installation that let someone act as the app: only ever stored sealed. */
interface Secrets {
  botToken?: string;
  botRefreshToken?: string;
  userToken?: string;
  userRefreshToken?: string;
  webhookUrl?: string;
}

export interface WorkspaceRef {
  teamId?: string;
  enterpriseId?: string;
  isEnterpriseInstall?: boolean;
}

export interface Installations extends Required<InstallationStore> {
  /** Drops this instance's copy, so the next request reads the database again. */
  forget(ref: WorkspaceRef): void;
}

/** An org-wide install serves every workspace of its Enterprise Grid organisation; any other, one workspace. */
export function installationId(ref: WorkspaceRef): string | undefined {
  if (ref.isEnterpriseInstall) return ref.enterpriseId ? `E${ref.enterpriseId}` : undefined;
  return ref.teamId ? `T${ref.teamId}` : undefined;
}

const idOfInstallation = (installation: Installation) =>
  installationId({
    teamId: installation.team?.id,
    enterpriseId: installation.enterprise?.id,
    isEnterpriseInstall: installation.isEnterpriseInstall === true,
  });

function split(installation: Installation): { details: Installation; secrets: Secrets } {
  const details = structuredClone(installation);
  const secrets: Secrets = {
    botToken: details.bot?.token,
    botRefreshToken: details.bot?.refreshToken,
    userToken: details.user.token,
    userRefreshToken: details.user.refreshToken,
    webhookUrl: details.incomingWebhook?.url,
  };
  if (details.bot) details.bot.token = '';
  delete details.bot?.refreshToken;
  delete details.user.token;
  delete details.user.refreshToken;
  if (details.incomingWebhook) details.incomingWebhook.url = '';
  return { details, secrets };
}

function join(details: Installation, secrets: Secrets): Installation {
  const installation = structuredClone(details);
  if (installation.bot && secrets.botToken) installation.bot.token = secrets.botToken;
  if (installation.bot && secrets.botRefreshToken) installation.bot.refreshToken = secrets.botRefreshToken;
  if (secrets.userToken) installation.user.token = secrets.userToken;
  if (secrets.userRefreshToken) installation.user.refreshToken = secrets.userRefreshToken;
  if (installation.incomingWebhook && secrets.webhookUrl) installation.incomingWebhook.url = secrets.webhookUrl;
  return installation;
}

export function installationsInDatabase(
  db: Queryable,
  keys: Keyring,
  cacheMs: number = INSTALLATION_CACHE_MS,
  cache: TtlCache<Installation> = ttlCache(INSTALLATION_CACHE_ENTRIES, cacheMs),
): Installations {
  const required = (ref: WorkspaceRef) => {
    const id = installationId(ref);
    if (!id) throw new Error('the request names no workspace');
    return id;
  };
  const read = async (id: string): Promise<Installation | undefined> => {
    const [row] = await db.query<{ details: Installation; secrets: string }>(
      'select details, secrets from installations where id = $1',
      [id],
    );
    if (!row) return undefined;
    const secrets = JSON.parse(keys.open(row.secrets, id)) as Secrets;
    if (keys.isStale(row.secrets))
      await db.query('update installations set secrets = $2 where id = $1', [
        id,
        keys.seal(JSON.stringify(secrets), id),
      ]);
    return join(row.details, secrets);
  };
  return {
    async storeInstallation(installation) {
      const id = idOfInstallation(installation as Installation);
      if (!id) throw new Error('the installation names no workspace');
      const { details, secrets } = split(installation as Installation);
      await db.query(
        `insert into installations (id, details, secrets) values ($1, $2, $3)
         on conflict (id) do update set details = excluded.details, secrets = excluded.secrets, updated_at = now()`,
        [id, JSON.stringify(details), keys.seal(JSON.stringify(secrets), id)],
      );
      cache.delete(id);
    },
    async fetchInstallation(query: InstallationQuery<boolean>) {
      const id = required(query);
      const found = cache.get(id) ?? (await read(id));
      if (!found) throw new Error('the app is not installed in this workspace');
      cache.set(id, found);
      return found;
    },
    async deleteInstallation(query: InstallationQuery<boolean>) {
      const id = required(query);
      cache.delete(id);
      await db.query('delete from installations where id = $1', [id]);
    },
    forget(ref) {
      const id = installationId(ref);
      if (id) cache.delete(id);
    },
  };
}
