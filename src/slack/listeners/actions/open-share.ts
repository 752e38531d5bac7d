import { shareModal } from '../../../render/blocks.js';
import { withRateLimitRetry } from '../../errors.js';
import { reachOf, placeOf, settle, show } from '../../deliver.js';
import { decode, langHint, outcomeOf, stateProblemScreen, type Guide } from '../../screens.js';
import type { ButtonArgs } from './navigate.js';

/** "Deel deze uitleg": a modal to pick a colleague or channel; from inside a modal it is pushed on top. */
export function openShare(guide: Guide) {
  return async ({ ack, body, action, client, respond, logger }: ButtonArgs): Promise<void> => {
    await ack();
    const place = placeOf(body, client, respond);
    const decoded = decode(guide, action.value);
    const lang = decoded.ok ? decoded.conversation.lang : langHint(action.value);
    const outcome = decoded.ok ? outcomeOf(guide, decoded.conversation) : undefined;
    const target = reachOf(place);
    const tell = target && { target, lang };
    if (!outcome || !action.value) {
      const screen = decoded.ok ? stateProblemScreen(guide, { code: 'outdated', flow: decoded.conversation.flow }, lang) : decoded.screen;
      await settle(logger, 'share', () => show(place, screen, lang), tell);
      return;
    }
    const view = shareModal(outcome, action.value, lang);
    const open = () => (place.kind === 'modal' ? client.views.push({ trigger_id: body.trigger_id, view }) : client.views.open({ trigger_id: body.trigger_id, view }));
    await settle(logger, 'share', () => withRateLimitRetry(open), tell);
  };
}
