import type { AllMiddlewareArgs, GlobalShortcut, SlackShortcutMiddlewareArgs } from '@slack/bolt';
import { start } from '../../../engine/flow.js';
import { msg } from '../../../i18n.js';
import { openModal, settle } from '../../deliver.js';
import { requestLang } from '../../locale.js';
import { audienceTopics, conversationScreen, ROLLOUT_FLOW, type Guide } from '../../screens.js';

/** Global shortcut for managers: the rollout check in a modal, or the managers' topics until that flow exists. */
export function checkTool(guide: Guide) {
  return async ({ ack, shortcut, client, logger }: AllMiddlewareArgs & SlackShortcutMiddlewareArgs<GlobalShortcut>): Promise<void> => {
    await ack();
    const lang = requestLang(shortcut);
    const screen = guide.kb.flows.has(ROLLOUT_FLOW)
      ? conversationScreen(guide, start(ROLLOUT_FLOW, lang))
      : audienceTopics(guide, 'manager', lang, msg((m) => m.slack.checkToolIntro, lang));
    const user = shortcut.user.id;
    await settle(logger, 'check-tool shortcut', () => openModal(client, shortcut.trigger_id, screen, lang, user), { target: { client, user }, lang });
  };
}
