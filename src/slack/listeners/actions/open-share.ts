import type { Guide } from '../../../guide/guide.js';
import { openOver, replaceWith } from '../../deliver.js';
import { shareModal } from '../../ui/answer.js';
import { decode, outcomeOf, stateProblemScreen } from '../../ui/screens.js';
import type { ButtonListener } from './types.js';

/** "Deel deze uitleg": a modal to pick a colleague or channel; from inside a modal it is pushed on top. */
export function openShare(guide: Guide): ButtonListener {
  return async (args) => {
    await args.ack();
    const { action } = args;
    const decoded = decode(guide, action.value);
    const outcome = decoded.ok ? outcomeOf(guide, decoded.conversation) : undefined;
    if (!decoded.ok || !outcome || !action.value) {
      const screen = decoded.ok
        ? stateProblemScreen(guide, { code: 'outdated', flow: decoded.conversation.flow }, decoded.lang)
        : decoded.screen;
      await replaceWith(args, 'share', screen, decoded.lang);
      return;
    }
    await openOver(args, 'share', shareModal(outcome, action.value, decoded.lang), decoded.lang);
  };
}
