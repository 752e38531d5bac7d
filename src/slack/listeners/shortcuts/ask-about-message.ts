import type { AllMiddlewareArgs, MessageShortcut, SlackShortcutMiddlewareArgs } from '@slack/bolt';
import type { Guide } from '../../../guide/guide.js';
import { countStarted } from '../../counting.js';
import { replyPrivately, settle } from '../../deliver.js';
import { requestLang } from '../../locale.js';
import { plainText } from '../../requests.js';
import { type MaybeStarted, questionScreen, topicMenu } from '../../ui/screens.js';

/** Message shortcut: routes the chosen message's text and answers only the person who asked. */
export function askAboutMessage(guide: Guide) {
  return async ({
    ack,
    shortcut,
    respond,
    client,
    context,
    logger,
  }: AllMiddlewareArgs & SlackShortcutMiddlewareArgs<MessageShortcut>): Promise<void> => {
    await ack();
    const lang = requestLang(shortcut, guide.defaultLang);
    const text = plainText(shortcut.message.text ?? '');
    const screen: MaybeStarted = text ? questionScreen(guide, text, lang) : topicMenu(guide, lang);
    const reach = { client, respond, channel: shortcut.channel.id, user: shortcut.user.id };
    await settle(logger, 'message shortcut', () => replyPrivately(reach, screen), { reach, lang });
    countStarted(context, guide, screen);
  };
}
