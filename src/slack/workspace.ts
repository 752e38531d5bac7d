import type { AnyMiddlewareArgs, Context, Middleware } from '@slack/bolt';
import type { Guide } from '../guide/guide.js';
import type { Measure, TopicCounts } from '../store/counts.js';
import type { WorkspaceRef } from '../store/installations.js';
import type { Settings, WorkspaceSettings } from '../store/settings.js';
import type { GuideFor } from './listeners/per-request.js';

/**
 * In OAuth mode every request carries its workspace's settings in Bolt's context, read (or taken from the
 * cache) once per request: the answers use its organisation, the Home tab and the settings modal ask it who
 * may edit. With one bot token there is no such context, and organisation.yml is the organisation.
 */

export interface WorkspaceAccess {
  settings: Settings;
  /** The installer, and the people the installer named. */
  mayEdit(user: string): boolean;
  /** Only the installer names who else may edit. */
  mayName(user: string): boolean;
  save(settings: Settings): Promise<void>;
  /** Adds to the workspace's topic counts, when it switched them on. */
  count(topic: string, measure: Measure): void;
  /** The counts, for those who may read them. */
  counts: TopicCounts;
  /** The settings editors and the vertrouwenspersoon read the year overview. */
  mayReadCounts(user: string): boolean;
}

const KEY = 'monitorwijzerWorkspace';

const refOf = (context: Context): WorkspaceRef => ({
  teamId: context.teamId,
  enterpriseId: context.enterpriseId,
  isEnterpriseInstall: context.isEnterpriseInstall === true,
});

export function withWorkspace(store: WorkspaceSettings, counts: TopicCounts): Middleware<AnyMiddlewareArgs> {
  return async ({ context, next }) => {
    const ref = refOf(context);
    const found = context.botToken ? await store.load(ref) : undefined;
    if (found) {
      const { installer, settings } = found;
      const mayEdit = (user: string) => user === installer || settings.editors.includes(user);
      const access: WorkspaceAccess = {
        settings,
        mayEdit,
        mayName: (user) => user === installer,
        save: (changed) => store.save(ref, changed),
        count: (topic, measure) => {
          if (settings.counting) counts.add(ref, topic, measure);
        },
        counts,
        mayReadCounts: (user) => mayEdit(user) || user === settings.confidant,
      };
      context[KEY] = access;
    }
    await next();
  };
}

export const workspaceOf = (context: Context): WorkspaceAccess | undefined =>
  context[KEY] as WorkspaceAccess | undefined;

/** The guide with the workspace's own organisation and language; one without settings gets the generic routes. */
export function workspaceGuide(guide: Guide): GuideFor {
  return (context) => {
    const settings = workspaceOf(context)?.settings;
    return {
      kb: guide.kb,
      router: guide.router,
      ...(settings?.organisation && { organisation: settings.organisation }),
      ...(settings?.defaultLang && { defaultLang: settings.defaultLang }),
    };
  };
}
