import type { Guide } from '../../../guide/guide.js';
import { countConversation } from '../../counting.js';
import { replaceWith } from '../../deliver.js';
import { goAction } from '../../ui/ids.js';
import { conversationScreen, decode } from '../../ui/screens.js';
import type { ButtonListener } from './types.js';

/**
 * Every step button (an option, Back, Restart, Change, Start) carries the encoded state it leads to,
 * so one listener moves any conversation on, wherever it is shown.
 */
/** A topic's Start button: the only click that begins a conversation. */
const START_PREFIX = `${goAction('start')}.`;

export function navigate(guide: Guide): ButtonListener {
  return async (args) => {
    await args.ack();
    const decoded = decode(guide, args.action.value);
    await replaceWith(
      args,
      'navigation',
      decoded.ok ? conversationScreen(guide, decoded.conversation) : decoded.screen,
      decoded.lang,
    );
    if (decoded.ok)
      countConversation(args.context, guide, decoded.conversation, args.action.action_id.startsWith(START_PREFIX));
  };
}
