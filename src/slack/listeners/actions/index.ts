import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { ACTIONS } from '../../../render/blocks.js';
import type { Guide } from '../../screens.js';
import { chooseAudience } from './choose-audience.js';
import { chooseLanguage } from './choose-language.js';
import { followLink } from './follow-link.js';
import { navigate, type ButtonArgs } from './navigate.js';
import { openMenu } from './open-menu.js';
import { openShare } from './open-share.js';
import { unknownAction } from './unknown-action.js';

const startsWith = (prefix: string) => new RegExp(`^${prefix.replace(/\./g, '\\.')}(\\.|$)`);

type Listener = (args: ButtonArgs) => Promise<void>;

const LISTENERS: [id: string | RegExp, make: (guide: Guide) => Listener][] = [
  [startsWith(ACTIONS.go), navigate],
  [ACTIONS.menu, openMenu],
  [startsWith(ACTIONS.audience), chooseAudience],
  [startsWith(ACTIONS.lang), chooseLanguage],
  [ACTIONS.share, openShare],
  [ACTIONS.link, () => followLink],
];

const isKnown = (actionId: string) => LISTENERS.some(([id]) => (typeof id === 'string' ? id === actionId : id.test(actionId)));

export function register(app: App, guide: Guide): void {
  for (const [id, make] of LISTENERS) app.action<BlockAction<ButtonAction>>(id, make(guide));
  app.action<BlockAction<ButtonAction>>(/.*/, unknownAction(guide, isKnown));
}
