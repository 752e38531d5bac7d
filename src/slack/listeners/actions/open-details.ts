import type { Guide } from '../../../guide/guide.js';
import { openOver, replaceWith } from '../../deliver.js';
import type { Details } from '../../ui/answer.js';
import { ACTIONS } from '../../ui/ids.js';
import { decode, detailsOf, stateProblemScreen } from '../../ui/screens.js';
import type { ButtonListener } from './types.js';

const DETAILS: readonly Details[] = ['why', 'routes', 'letter'];
const detailsNamed = (actionId: string): Details =>
  DETAILS.find((d) => actionId === `${ACTIONS.details}.${d}`) ?? 'why';

/**
 * "Waarom en bronnen", "Alle routes" or "Voorbeeldbrief" under an answer: that part of the details in a modal,
 * opened with the click's trigger (pushed on top when the answer is itself in a modal).
 */
export function openDetails(guide: Guide): ButtonListener {
  return async (args) => {
    await args.ack();
    const { action } = args;
    const decoded = decode(guide, action.value);
    const view = decoded.ok ? detailsOf(guide, decoded.conversation, detailsNamed(action.action_id)) : undefined;
    if (!decoded.ok || !view) {
      const screen = decoded.ok
        ? stateProblemScreen(guide, { code: 'outdated', flow: decoded.conversation.flow }, decoded.lang)
        : decoded.screen;
      await replaceWith(args, 'details', screen, decoded.lang);
      return;
    }
    await openOver(args, 'details', view, decoded.lang);
  };
}
