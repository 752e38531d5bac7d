import type { App } from '@slack/bolt';
import * as actions from './actions/index.js';
import * as commands from './commands/index.js';
import * as events from './events/index.js';
import type { GuideFor } from './per-request.js';
import * as shortcuts from './shortcuts/index.js';
import * as views from './views/index.js';

export function registerListeners(app: App, guideFor: GuideFor): void {
  commands.register(app, guideFor);
  actions.register(app, guideFor);
  events.register(app, guideFor);
  views.register(app, guideFor);
  shortcuts.register(app, guideFor);
}
