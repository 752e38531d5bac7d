import type { AllMiddlewareArgs, GlobalShortcut, SlackShortcutMiddlewareArgs } from '@slack/bolt';
import type { Guide } from '../../../guide/guide.js';
import { openModal, settle } from '../../deliver.js';
import { requestLang } from '../../locale.js';
import { checkToolScreen } from '../../ui/screens.js';

/** Global shortcut for managers: the rollout check in a modal. */
export function checkTool(guide: Guide) {
  return async ({
    ack,
    shortcut,
    client,
    logger,
  }: AllMiddlewareArgs & SlackShortcutMiddlewareArgs<GlobalShortcut>): Promise<void> => {
    await ack();
    const lang = requestLang(shortcut, guide.defaultLang);
    const user = shortcut.user.id;
    await settle(
      logger,
      'check-tool shortcut',
      () => openModal(client, shortcut.trigger_id, checkToolScreen(guide, lang), lang, user),
      { reach: { client, user }, lang },
    );
  };
}
