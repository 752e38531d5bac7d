import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { Guide } from '../../../guide/guide.js';
import { countStarted, isCounting } from '../../counting.js';
import { settle } from '../../deliver.js';
import { requestLang } from '../../locale.js';
import { parseRequest, plainText } from '../../requests.js';
import { requestScreen } from '../../ui/screens.js';
import { withRateLimitRetry } from '../../web-client.js';

/** A direct message to the app: free text becomes matching topics or the flow itself, in the DM. */
export function directMessage(guide: Guide) {
  return async ({
    event,
    body,
    say,
    context,
    logger,
  }: AllMiddlewareArgs & SlackEventMiddlewareArgs<'message'>): Promise<void> => {
    if (event.channel_type !== 'im' || event.subtype !== undefined || 'bot_id' in event) return;
    const text = plainText(event.text ?? '');
    const screen = requestScreen(guide, parseRequest(text, requestLang(body, guide.defaultLang)), isCounting(context));
    await settle(logger, 'direct message', () =>
      withRateLimitRetry(() => say({ text: screen.text, blocks: screen.blocks })),
    );
    countStarted(context, guide, screen);
  };
}
