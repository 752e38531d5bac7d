import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { slack } from '../../../messages/index.js';
import { noticeScreen, screenModal } from '../../ui/blocks.js';
import { readLang, SETTINGS_INPUT } from '../../ui/ids.js';
import { readSettings } from '../../ui/settings.js';
import { workspaceOf } from '../../workspace.js';

/**
 * The settings modal, submitted. Who may edit is checked again here, not only when the modal opened: a
 * submission is just a signed request, and one from anyone else (a forged one, or after the installer took
 * someone off the list) changes nothing.
 */
export async function settingsSubmitted({
  ack,
  body,
  view,
  context,
  logger,
}: AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>): Promise<void> {
  const lang = readLang(metadataLang(view.private_metadata));
  const workspace = workspaceOf(context);
  const user = body.user.id;
  if (!workspace?.mayEdit(user)) {
    logger.warn('refused a settings submission from someone who may not change the settings');
    await ack({ response_action: 'errors', errors: { [SETTINGS_INPUT.name]: slack.settings.notAllowed(lang) } });
    return;
  }
  const read = readSettings(view.state.values, lang, {
    mayName: workspace.mayName(user),
    keep: workspace.settings.editors,
  });
  if (!read.ok) {
    await ack({ response_action: 'errors', errors: read.errors });
    return;
  }
  await workspace.save(read.settings);
  await ack({ response_action: 'update', view: screenModal(noticeScreen(slack.settings.saved(lang)), lang) });
}

function metadataLang(metadata: string): unknown {
  try {
    return (JSON.parse(metadata) as { lang?: unknown }).lang;
  } catch {
    return undefined;
  }
}
