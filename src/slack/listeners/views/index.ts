import type { App, ViewSubmitAction } from '@slack/bolt';
import { CALLBACKS } from '../../ui/ids.js';
import { ANY, forOthers, matchesAny } from '../catch-all.js';
import { type GuideFor, perRequest } from '../per-request.js';
import { settingsSubmitted } from './settings-submitted.js';
import { shareSubmitted } from './share-submitted.js';
import { unknownView } from './unknown-view.js';

export function register(app: App, guideFor: GuideFor): void {
  app.view(CALLBACKS.share, perRequest(guideFor, shareSubmitted));
  app.view(CALLBACKS.settings, settingsSubmitted);
  const known = matchesAny([CALLBACKS.share, CALLBACKS.settings]);
  app.view<ViewSubmitAction>(
    ANY,
    forOthers(known, (args) => args.view.callback_id, perRequest(guideFor, unknownView)),
  );
}
