import type { AllMiddlewareArgs, Context, SlackEventMiddlewareArgs } from '@slack/bolt';
import * as z from 'zod';
import type { Guide } from '../../../guide/guide.js';
import { Lang } from '../../../knowledge/schema.js';
import { settle } from '../../deliver.js';
import { home } from '../../ui/screens.js';
import { withRateLimitRetry } from '../../web-client.js';
import { workspaceOf } from '../../workspace.js';

const HomeMetadata = z.object({ lang: Lang });

/** The language chosen on Home travels in the published view itself, so nothing is stored about the person. */
export function homeLang(privateMetadata: string | undefined, fallback: Lang = 'nl'): Lang {
  try {
    return HomeMetadata.parse(JSON.parse(privateMetadata ?? '')).lang;
  } catch {
    return fallback;
  }
}

/** What Home shows this person beyond the guide: the settings and the year overview, if they may see them. */
export function homeAccess(context: Context, user: string) {
  const workspace = workspaceOf(context);
  return {
    settings: workspace?.mayEdit(user) ?? false,
    counts: workspace?.mayReadCounts(user) ?? false,
    counting: workspace?.settings.counting ?? false,
  };
}

export function appHomeOpened(guide: Guide) {
  return async ({
    event,
    client,
    context,
    logger,
  }: AllMiddlewareArgs & SlackEventMiddlewareArgs<'app_home_opened'>): Promise<void> => {
    if (event.tab !== 'home') return;
    const lang = homeLang(event.view?.private_metadata, guide.defaultLang);
    const access = homeAccess(context, event.user);
    await settle(logger, 'home', () =>
      withRateLimitRetry(() => client.views.publish({ user_id: event.user, view: home(guide, lang, access) })),
    );
  };
}
