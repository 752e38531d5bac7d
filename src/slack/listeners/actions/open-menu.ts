import { Lang } from '../../../knowledge/schema.js';
import { reachOf, placeOf, settle, show } from '../../deliver.js';
import { topicMenu, type Guide } from '../../screens.js';
import type { ButtonArgs } from './navigate.js';

/** "Other topic" / "All topics": the topic menu in place of the current message or modal. */
export function openMenu(guide: Guide) {
  return async ({ ack, body, action, client, respond, logger }: ButtonArgs): Promise<void> => {
    await ack();
    const lang = Lang.catch('nl').parse(action.value);
    const place = placeOf(body, client, respond);
    const target = reachOf(place);
    await settle(logger, 'menu', () => show(place, topicMenu(guide, lang), lang), target && { target, lang });
  };
}
