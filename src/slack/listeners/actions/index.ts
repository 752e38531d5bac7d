import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import type { Guide } from '../../../guide/guide.js';
import { ACTIONS } from '../../ui/ids.js';
import { ANY, forOthers, matchesAny } from '../catch-all.js';
import { type GuideFor, perRequest } from '../per-request.js';
import { chooseAsker } from './choose-asker.js';
import { chooseLanguage } from './choose-language.js';
import { followLink } from './follow-link.js';
import { navigate } from './navigate.js';
import { openCounts, openCsv } from './open-counts.js';
import { openDetails } from './open-details.js';
import { openMenu } from './open-menu.js';
import { openSettings } from './open-settings.js';
import { openShare } from './open-share.js';
import { pickAnswers, tickAnswer } from './pick-answers.js';
import type { ButtonListener } from './types.js';
import { unknownAction } from './unknown-action.js';

/** An action id itself, or it followed by `.<anything>`. */
const family = (prefix: string) => new RegExp(`^${prefix.replace(/\./g, '\\.')}(\\.|$)`);

const LISTENERS: [id: string | RegExp, make: (guide: Guide) => ButtonListener][] = [
  [family(ACTIONS.go), navigate],
  [ACTIONS.menu, openMenu],
  [family(ACTIONS.asker), chooseAsker],
  [ACTIONS.pick, pickAnswers],
  [family(ACTIONS.lang), chooseLanguage],
  [ACTIONS.share, openShare],
  [family(ACTIONS.details), openDetails],
  [ACTIONS.link, () => followLink],
  [ACTIONS.settings, () => openSettings],
  [family(ACTIONS.counts), (guide) => openCounts(guide)],
  [ACTIONS.countsCsv, (guide) => openCsv(guide)],
];

export function register(app: App, guideFor: GuideFor): void {
  for (const [id, make] of LISTENERS) app.action<BlockAction<ButtonAction>>(id, perRequest(guideFor, make));
  app.action(ACTIONS.tick, tickAnswer);
  const known = matchesAny([...LISTENERS.map(([id]) => id), ACTIONS.tick]);
  app.action<BlockAction<ButtonAction>>(
    ANY,
    forOthers(known, (args) => args.action.action_id, perRequest(guideFor, unknownAction)),
  );
}
