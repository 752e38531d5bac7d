import type { App, ViewSubmitAction } from '@slack/bolt';
import type { Guide } from '../../../guide/guide.js';
import { CALLBACKS } from '../../ui/ids.js';
import { ANY, forOthers, matchesAny } from '../catch-all.js';
import { shareSubmitted } from './share-submitted.js';
import { unknownView } from './unknown-view.js';

export function register(app: App, guide: Guide): void {
  app.view(CALLBACKS.share, shareSubmitted(guide));
  const known = matchesAny([CALLBACKS.share]);
  app.view<ViewSubmitAction>(
    ANY,
    forOthers(known, (args) => args.view.callback_id, unknownView(guide)),
  );
}
