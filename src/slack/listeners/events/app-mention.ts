import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { Guide } from '../../../guide/guide.js';
import { countStarted, isCounting } from '../../counting.js';
import { replyPrivately, settle } from '../../deliver.js';
import { requestLang } from '../../locale.js';
import { parseRequest, plainText } from '../../requests.js';
import { withDmInvite } from '../../ui/blocks.js';
import { requestScreen } from '../../ui/screens.js';

/** Opens the app's direct-message tab for the person (Slack's documented app_redirect link). */
export const dmUrl = (team: string, app: string) =>
  `https://slack.com/app_redirect?team=${encodeURIComponent(team)}&app=${encodeURIComponent(app)}`;

/**
 * @monitorwijzer in a channel: the answer goes to the asker only, with an invitation to continue in a DM.
 * Nothing is posted in the channel, so neither the question nor the answer becomes public.
 */
export function appMention(guide: Guide) {
  return async ({
    event,
    body,
    client,
    context,
    logger,
  }: AllMiddlewareArgs & SlackEventMiddlewareArgs<'app_mention'>): Promise<void> => {
    if (!event.user) return;
    const lang = requestLang(body, guide.defaultLang);
    const answer = requestScreen(guide, parseRequest(plainText(event.text), lang), isCounting(context));
    const screen = withDmInvite(answer, dmUrl(body.team_id, body.api_app_id), lang);
    const reach = { client, channel: event.channel, user: event.user, threadTs: event.thread_ts };
    await settle(logger, 'mention', () => replyPrivately(reach, screen));
    countStarted(context, guide, answer);
  };
}
