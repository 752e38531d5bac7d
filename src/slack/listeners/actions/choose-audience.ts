import { Lang } from '../../../knowledge/schema.js';
import { reachOf, placeOf, settle, show } from '../../deliver.js';
import { audienceTopics, isAudienceGroup, type Guide } from '../../screens.js';
import type { ButtonArgs } from './navigate.js';

/** An audience button (on Home): that audience's topics, in a modal. Value: `<lang>:<group>`. */
export function chooseAudience(guide: Guide) {
  return async ({ ack, body, action, client, respond, logger }: ButtonArgs): Promise<void> => {
    await ack();
    const [langValue, group = ''] = (action.value ?? '').split(':');
    const lang = Lang.catch('nl').parse(langValue);
    const place = placeOf(body, client, respond);
    const target = reachOf(place);
    const screen = audienceTopics(guide, isAudienceGroup(group) ? group : 'employee', lang);
    await settle(logger, 'audience', () => show(place, screen, lang), target && { target, lang });
  };
}
