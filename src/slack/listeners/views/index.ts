import type { App } from '@slack/bolt';
import { CALLBACKS } from '../../../render/blocks.js';
import type { Guide } from '../../screens.js';
import { shareSubmitted } from './share-submitted.js';

export function register(app: App, guide: Guide): void {
  app.view(CALLBACKS.share, shareSubmitted(guide));
}
