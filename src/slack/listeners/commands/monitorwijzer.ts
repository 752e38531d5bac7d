import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import type { Guide } from '../../../guide/guide.js';
import { countStarted, isCounting } from '../../counting.js';
import { replyPrivately, settle } from '../../deliver.js';
import { requestLang } from '../../locale.js';
import { parseRequest } from '../../requests.js';
import { requestScreen } from '../../ui/screens.js';

/** `/monitorwijzer [help | privacy | lang nl|en | question]`: always answered privately, in any conversation. */
export function monitorwijzerCommand(guide: Guide) {
  return async ({
    ack,
    body,
    command,
    respond,
    client,
    context,
    logger,
  }: AllMiddlewareArgs & SlackCommandMiddlewareArgs): Promise<void> => {
    await ack();
    const lang = requestLang(body, guide.defaultLang);
    const reach = { client, respond, channel: command.channel_id, user: command.user_id };
    const screen = requestScreen(guide, parseRequest(command.text, lang), isCounting(context));
    await settle(logger, 'slash command', () => replyPrivately(reach, screen), { reach, lang });
    countStarted(context, guide, screen);
  };
}
