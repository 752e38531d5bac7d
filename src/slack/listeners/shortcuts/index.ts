import type { App, GlobalShortcut, MessageShortcut } from '@slack/bolt';
import type { Guide } from '../../screens.js';
import { askAboutMessage } from './ask-about-message.js';
import { checkTool } from './check-tool.js';
import { unknownShortcut } from './unknown-shortcut.js';

/** Callback ids as declared in manifest.yml (a test keeps the two in step). */
export const SHORTCUTS = { checkTool: 'check_tool', askAboutMessage: 'ask_about_message' } as const;

export function register(app: App, guide: Guide): void {
  app.shortcut<GlobalShortcut>({ callback_id: SHORTCUTS.checkTool, type: 'shortcut' }, checkTool(guide));
  app.shortcut<MessageShortcut>({ callback_id: SHORTCUTS.askAboutMessage, type: 'message_action' }, askAboutMessage(guide));
  app.shortcut(/.*/, unknownShortcut(guide, (id) => Object.values<string>(SHORTCUTS).includes(id)));
}
