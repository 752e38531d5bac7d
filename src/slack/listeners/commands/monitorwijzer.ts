import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { replyEphemeral, settle } from '../../deliver.js';
import { requestLang } from '../../locale.js';
import { parseRequest } from '../../requests.js';
import { requestScreen, type Guide } from '../../screens.js';

export const COMMAND = '/monitorwijzer';

/** `/monitorwijzer [help | privacy | lang nl|en | question]`: always answered privately, in any conversation. */
export function monitorwijzerCommand(guide: Guide) {
  return async ({ ack, body, command, respond, client, logger }: AllMiddlewareArgs & SlackCommandMiddlewareArgs): Promise<void> => {
    await ack();
    const lang = requestLang(body);
    const target = { client, respond, channel: command.channel_id, user: command.user_id };
    await settle(logger, 'slash command', () => replyEphemeral(target, requestScreen(guide, parseRequest(command.text, lang))), { target, lang });
  };
}
