import type { App } from '@slack/bolt';
import type { Guide } from '../../../guide/guide.js';
import { appHomeOpened } from './app-home-opened.js';
import { appMention } from './app-mention.js';
import { directMessage } from './direct-message.js';

export function register(app: App, guide: Guide): void {
  app.event('app_home_opened', appHomeOpened(guide));
  app.event('app_mention', appMention(guide));
  app.event('message', directMessage(guide));
}
