import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { screenModal } from '../../../render/blocks.js';
import { langHint, stateProblemScreen, type Guide } from '../../screens.js';

/** A modal no listener knows, submitted: the modal says it no longer works, instead of Slack's error after 3 seconds. */
export function unknownView(guide: Guide, isKnown: (callbackId: string) => boolean) {
  return async ({ ack, view }: AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>): Promise<void> => {
    if (isKnown(view.callback_id)) return;
    const lang = langHint(view.private_metadata);
    await ack({ response_action: 'update', view: screenModal(stateProblemScreen(guide, { code: 'malformed' }, lang), lang) });
  };
}
