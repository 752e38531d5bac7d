import type { AllMiddlewareArgs, App, GlobalShortcut, MessageShortcut, SlackShortcutMiddlewareArgs } from '@slack/bolt';
import { SHORTCUTS } from '../../ui/ids.js';
import { ANY, forOthers, matchesAny } from '../catch-all.js';
import { type GuideFor, perRequest } from '../per-request.js';
import { askAboutMessage } from './ask-about-message.js';
import { checkTool } from './check-tool.js';
import { unknownShortcut } from './unknown-shortcut.js';

export function register(app: App, guideFor: GuideFor): void {
  app.shortcut<GlobalShortcut>({ callback_id: SHORTCUTS.checkTool, type: 'shortcut' }, perRequest(guideFor, checkTool));
  app.shortcut<MessageShortcut>(
    { callback_id: SHORTCUTS.askAboutMessage, type: 'message_action' },
    perRequest(guideFor, askAboutMessage),
  );
  const known = matchesAny(Object.values(SHORTCUTS));
  app.shortcut(
    ANY,
    forOthers(
      known,
      (args: AllMiddlewareArgs & SlackShortcutMiddlewareArgs) => args.shortcut.callback_id,
      perRequest(guideFor, unknownShortcut),
    ),
  );
}
