import { Lang } from '../../../knowledge/schema.js';
import { withRateLimitRetry } from '../../errors.js';
import { reachOf, placeOf, settle, show } from '../../deliver.js';
import { home, topicMenu, type Guide } from '../../screens.js';
import type { ButtonArgs } from './navigate.js';

/** A language button: Home is published again in that language; a menu message is shown again in it. */
export function chooseLanguage(guide: Guide) {
  return async ({ ack, body, action, client, respond, logger }: ButtonArgs): Promise<void> => {
    await ack();
    const lang = Lang.catch('nl').parse(action.value);
    const place = placeOf(body, client, respond);
    if (place.kind === 'home') {
      await settle(logger, 'home language', () => withRateLimitRetry(() => client.views.publish({ user_id: body.user.id, view: home(guide, lang) })));
      return;
    }
    const target = reachOf(place);
    await settle(logger, 'language', () => show(place, topicMenu(guide, lang), lang), target && { target, lang });
  };
}
