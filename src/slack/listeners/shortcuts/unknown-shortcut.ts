import type { AllMiddlewareArgs, SlackShortcutMiddlewareArgs } from '@slack/bolt';
import type { Guide } from '../../../guide/guide.js';
import { openModal, settle } from '../../deliver.js';
import { requestLang } from '../../locale.js';
import { topicMenu } from '../../ui/screens.js';

/** A shortcut no listener knows (the manifest and the code out of step): the topics, rather than Slack's error. */
export function unknownShortcut(guide: Guide) {
  return async ({ ack, shortcut, client, logger }: AllMiddlewareArgs & SlackShortcutMiddlewareArgs): Promise<void> => {
    await ack();
    const lang = requestLang(shortcut, guide.defaultLang);
    const user = shortcut.user.id;
    await settle(
      logger,
      'unknown shortcut',
      () => openModal(client, shortcut.trigger_id, topicMenu(guide, lang), lang, user),
      { reach: { client, user }, lang },
    );
  };
}
