import { reachOf, placeOf, settle, show } from '../../deliver.js';
import { langHint, stateProblemScreen, type Guide } from '../../screens.js';
import type { ButtonArgs } from './navigate.js';

/**
 * A button no listener knows, such as one on a message an older version sent: acknowledged (else Slack shows
 * an error after 3 seconds) and answered with "this button no longer works" and a way back to the topics.
 */
export function unknownAction(guide: Guide, isKnown: (actionId: string) => boolean) {
  return async ({ ack, body, action, client, respond, logger }: ButtonArgs): Promise<void> => {
    if (isKnown(action.action_id)) return;
    await ack();
    const lang = langHint(action.value);
    const place = placeOf(body, client, respond);
    const target = reachOf(place);
    await settle(logger, 'unknown button', () => show(place, stateProblemScreen(guide, { code: 'malformed' }, lang), lang), target && { target, lang });
  };
}
