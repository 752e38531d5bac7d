import type { Guide } from '../../../guide/guide.js';
import { peekState } from '../../../guide/state.js';
import { replaceWith } from '../../deliver.js';
import { unknownButtonScreen } from '../../ui/screens.js';
import type { ButtonListener } from './types.js';

/**
 * A button no listener knows, such as one on a message an older version sent: acknowledged (else Slack shows
 * an error after 3 seconds) and answered with "this button no longer works" and a way back to the topics.
 */
export function unknownAction(guide: Guide): ButtonListener {
  return async (args) => {
    await args.ack();
    await replaceWith(
      args,
      'unknown button',
      unknownButtonScreen(guide, args.action.value),
      peekState(args.action.value).lang,
    );
  };
}
