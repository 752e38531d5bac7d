import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { ACTIONS } from '../../../render/blocks.js';
import type { Guide } from '../../screens.js';
import { chooseAudience } from './choose-audience.js';
import { chooseLanguage } from './choose-language.js';
import { followLink } from './follow-link.js';
import { navigate } from './navigate.js';
import { openMenu } from './open-menu.js';
import { openShare } from './open-share.js';

const startsWith = (prefix: string) => new RegExp(`^${prefix.replace(/\./g, '\\.')}(\\.|$)`);

export function register(app: App, guide: Guide): void {
  app.action<BlockAction<ButtonAction>>(startsWith(ACTIONS.go), navigate(guide));
  app.action<BlockAction<ButtonAction>>(ACTIONS.menu, openMenu(guide));
  app.action<BlockAction<ButtonAction>>(startsWith(ACTIONS.audience), chooseAudience(guide));
  app.action<BlockAction<ButtonAction>>(startsWith(ACTIONS.lang), chooseLanguage(guide));
  app.action<BlockAction<ButtonAction>>(ACTIONS.share, openShare(guide));
  app.action<BlockAction<ButtonAction>>(ACTIONS.link, followLink);
}
