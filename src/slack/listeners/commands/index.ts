import type { App } from '@slack/bolt';
import type { Guide } from '../../screens.js';
import { COMMAND, monitorwijzerCommand } from './monitorwijzer.js';

export function register(app: App, guide: Guide): void {
  app.command(COMMAND, monitorwijzerCommand(guide));
}
