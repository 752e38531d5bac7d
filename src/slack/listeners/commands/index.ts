import type { App } from '@slack/bolt';
import { ANY } from '../catch-all.js';
import { type GuideFor, perRequest } from '../per-request.js';
import { monitorwijzerCommand } from './monitorwijzer.js';

export function register(app: App, guideFor: GuideFor): void {
  // Slack sends only the commands the manifest declares (/monitorwijzer); one renamed there is answered all the same.
  app.command(ANY, perRequest(guideFor, monitorwijzerCommand));
}
