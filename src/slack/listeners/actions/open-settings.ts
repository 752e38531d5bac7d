import { slack } from '../../../messages/index.js';
import { settle } from '../../deliver.js';
import { noticeScreen, screenModal } from '../../ui/blocks.js';
import { readLang } from '../../ui/ids.js';
import { settingsModal } from '../../ui/settings.js';
import { withRateLimitRetry } from '../../web-client.js';
import { workspaceOf } from '../../workspace.js';
import type { ButtonListener } from './types.js';

/** "Instellingen" on Home: the settings modal for those who may edit them, a short refusal for anyone else. */
export const openSettings: ButtonListener = async ({ ack, action, body, client, context, logger }) => {
  await ack();
  const lang = readLang(action.value);
  const user = body.user.id;
  const workspace = workspaceOf(context);
  const view = workspace?.mayEdit(user)
    ? settingsModal(workspace.settings, lang, workspace.mayName(user))
    : screenModal(noticeScreen(slack.settings.notAllowed(lang)), lang);
  await settle(logger, 'settings', () =>
    withRateLimitRetry(() => client.views.open({ trigger_id: body.trigger_id, view })),
  );
};
