import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import type { Guide } from '../../../guide/guide.js';
import { peekState } from '../../../guide/state.js';
import { screenModal } from '../../ui/blocks.js';
import { unknownButtonScreen } from '../../ui/screens.js';

/** A modal no listener knows, submitted: the modal says it no longer works, instead of Slack's error after 3 seconds. */
export function unknownView(guide: Guide) {
  return async ({ ack, view }: AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>): Promise<void> => {
    const { lang } = peekState(view.private_metadata);
    await ack({
      response_action: 'update',
      view: screenModal(unknownButtonScreen(guide, view.private_metadata), lang),
    });
  };
}
