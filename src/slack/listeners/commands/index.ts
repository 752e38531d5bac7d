import type { App } from '@slack/bolt';
import type { Guide } from '../../../guide/guide.js';
import { ANY } from '../catch-all.js';
import { monitorwijzerCommand } from './monitorwijzer.js';

export function register(app: App, guide: Guide): void {
  // Slack sends only the commands the manifest declares (/monitorwijzer); one renamed there is answered all the same.
  app.command(ANY, monitorwijzerCommand(guide));
}
