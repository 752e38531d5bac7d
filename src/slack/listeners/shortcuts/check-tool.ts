import type { AllMiddlewareArgs, GlobalShortcut, SlackShortcutMiddlewareArgs } from '@slack/bolt';
import type { Guide } from '../../../guide/guide.js';
import { countStarted } from '../../counting.js';
import { openModal, settle } from '../../deliver.js';
import { requestLang } from '../../locale.js';
import { checkToolScreen } from '../../ui/screens.js';

/** Global shortcut for managers: the rollout check in a modal. */
export function checkTool(guide: Guide) {
  return async ({
    ack,
    shortcut,
    client,
    context,
    logger,
  }: AllMiddlewareArgs & SlackShortcutMiddlewareArgs<GlobalShortcut>): Promise<void> => {
    await ack();
    const lang = requestLang(shortcut, guide.defaultLang);
    const user = shortcut.user.id;
    const screen = checkToolScreen(guide, lang);
    await settle(logger, 'check-tool shortcut', () => openModal(client, shortcut.trigger_id, screen, lang, user), {
      reach: { client, user },
      lang,
    });
    countStarted(context, guide, screen);
  };
}
