import type { Guide } from '../../../guide/guide.js';
import { placeOf, replaceWith, settle } from '../../deliver.js';
import { shareModal } from '../../ui/answer.js';
import { decode, outcomeOf, stateProblemScreen } from '../../ui/screens.js';
import { withRateLimitRetry } from '../../web-client.js';
import type { ButtonListener } from './types.js';

/** "Deel deze uitleg": a modal to pick a colleague or channel; from inside a modal it is pushed on top. */
export function openShare(guide: Guide): ButtonListener {
  return async (args) => {
    await args.ack();
    const { body, action, client, respond, logger } = args;
    const decoded = decode(guide, action.value);
    const outcome = decoded.ok ? outcomeOf(guide, decoded.conversation) : undefined;
    if (!decoded.ok || !outcome || !action.value) {
      const screen = decoded.ok
        ? stateProblemScreen(guide, { code: 'outdated', flow: decoded.conversation.flow }, decoded.lang)
        : decoded.screen;
      await replaceWith(args, 'share', screen, decoded.lang);
      return;
    }
    const place = placeOf(body, client, respond);
    const view = shareModal(outcome, action.value, decoded.lang);
    const open = () =>
      place.kind === 'modal'
        ? client.views.push({ trigger_id: body.trigger_id, view })
        : client.views.open({ trigger_id: body.trigger_id, view });
    await settle(
      logger,
      'share',
      () => withRateLimitRetry(open),
      place.reach && { reach: place.reach, lang: decoded.lang },
    );
  };
}
