import type { App } from '@slack/bolt';
import { CALLBACKS } from '../../../render/blocks.js';
import type { Guide } from '../../screens.js';
import { shareSubmitted } from './share-submitted.js';
import { unknownView } from './unknown-view.js';

export function register(app: App, guide: Guide): void {
  app.view(CALLBACKS.share, shareSubmitted(guide));
  app.view(/.*/, unknownView(guide, (id) => id === CALLBACKS.share));
}
