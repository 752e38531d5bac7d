import type { App } from '@slack/bolt';
import { type GuideFor, perRequest } from '../per-request.js';
import { appHomeOpened } from './app-home-opened.js';
import { appMention } from './app-mention.js';
import { directMessage } from './direct-message.js';

export function register(app: App, guideFor: GuideFor): void {
  app.event('app_home_opened', perRequest(guideFor, appHomeOpened));
  app.event('app_mention', perRequest(guideFor, appMention));
  app.event('message', perRequest(guideFor, directMessage));
}
