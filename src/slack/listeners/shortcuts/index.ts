import type { App, GlobalShortcut, MessageShortcut } from '@slack/bolt';
import type { Guide } from '../../../guide/guide.js';
import { SHORTCUTS } from '../../ui/ids.js';
import { ANY, forOthers, matchesAny } from '../catch-all.js';
import { askAboutMessage } from './ask-about-message.js';
import { checkTool } from './check-tool.js';
import { unknownShortcut } from './unknown-shortcut.js';

export function register(app: App, guide: Guide): void {
  app.shortcut<GlobalShortcut>({ callback_id: SHORTCUTS.checkTool, type: 'shortcut' }, checkTool(guide));
  app.shortcut<MessageShortcut>(
    { callback_id: SHORTCUTS.askAboutMessage, type: 'message_action' },
    askAboutMessage(guide),
  );
  const known = matchesAny(Object.values(SHORTCUTS));
  app.shortcut(
    ANY,
    forOthers(known, (args) => args.shortcut.callback_id, unknownShortcut(guide)),
  );
}
