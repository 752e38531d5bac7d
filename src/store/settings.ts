import * as z from 'zod';
import { Lang, Organisation } from '../knowledge/schema.js';
import type { Database } from './database.js';
import { installationId, type WorkspaceRef } from './installations.js';
import { type TtlCache, ttlCache } from './ttl-cache.js';

/**
 * What a workspace set on its Home tab, next to who installed the app there. Cached per instance like the
 * installations: a change shows at once on the instance that saved it, and on the others within the cache time.
 */

export const Settings = z.object({
  organisation: Organisation.optional(),
  /** Besides the installer, who may change the settings. */
  editors: z.array(z.string()).default([]),
  defaultLang: Lang.optional(),
  /** Anonymous topic counts for the annual report (counts.ts): off unless switched on. */
  counting: z.boolean().default(false),
  /** The vertrouwenspersoon's Slack user id: may read the counts. */
  confidant: z.string().optional(),
});
export type Settings = z.infer<typeof Settings>;

export interface Workspace {
  installer?: string;
  settings: Settings;
}

export interface WorkspaceSettings {
  /** The workspace's settings, or nothing when the app is not installed there. */
  load(ref: WorkspaceRef): Promise<Workspace | undefined>;
  save(ref: WorkspaceRef, settings: Settings): Promise<void>;
}

const SETTINGS_CACHE_ENTRIES = 1_000;

interface Row {
  installer: string | null;
  organisation: unknown;
  editors: unknown;
  default_lang: string | null;
  count_topics: boolean | null;
  confidant: string | null;
}

export function settingsInDatabase(
  db: Database,
  cacheMs: number,
  cache: TtlCache<Workspace> = ttlCache(SETTINGS_CACHE_ENTRIES, cacheMs),
): WorkspaceSettings {
  const read = async (id: string): Promise<Workspace | undefined> => {
    const [row] = await db.query<Row>(
      `select i.details -> 'user' ->> 'id' as installer, s.organisation, s.editors, s.default_lang,
         s.count_topics, s.confidant
       from installations i left join workspace_settings s on s.installation_id = i.id
       where i.id = $1`,
      [id],
    );
    if (!row) return undefined;
    // A row that no longer fits the schema (written by another release) counts as no settings, not as an outage.
    const settings = Settings.safeParse({
      organisation: row.organisation ?? undefined,
      editors: row.editors ?? [],
      defaultLang: row.default_lang ?? undefined,
      counting: row.count_topics ?? false,
      confidant: row.confidant ?? undefined,
    });
    return {
      installer: row.installer ?? undefined,
      settings: settings.success ? settings.data : { editors: [], counting: false },
    };
  };
  return {
    async load(ref) {
      const id = installationId(ref);
      if (!id) return undefined;
      const cached = cache.get(id);
      if (cached) return cached;
      const found = await read(id);
      if (found) cache.set(id, found);
      return found;
    },
    async save(ref, settings) {
      const id = installationId(ref);
      if (!id) throw new Error('the request names no workspace');
      await db.transaction(async (tx) => {
        await tx.query(
          `insert into workspace_settings (installation_id, organisation, editors, default_lang, count_topics, confidant)
           values ($1, $2, $3, $4, $5, $6)
           on conflict (installation_id) do update set organisation = excluded.organisation, editors = excluded.editors,
             default_lang = excluded.default_lang, count_topics = excluded.count_topics, confidant = excluded.confidant,
             updated_at = now()`,
          [
            id,
            JSON.stringify(settings.organisation ?? null),
            JSON.stringify(settings.editors),
            settings.defaultLang ?? null,
            settings.counting,
            settings.confidant ?? null,
          ],
        );
        // Switching counting off deletes what was counted.
        if (!settings.counting) await tx.query('delete from topic_counts where installation_id = $1', [id]);
      });
      cache.delete(id);
    },
  };
}
