import type { App } from '@slack/bolt';
import type { Guide } from '../../guide/guide.js';
import * as actions from './actions/index.js';
import * as commands from './commands/index.js';
import * as events from './events/index.js';
import * as shortcuts from './shortcuts/index.js';
import * as views from './views/index.js';

export function registerListeners(app: App, guide: Guide): void {
  commands.register(app, guide);
  actions.register(app, guide);
  events.register(app, guide);
  views.register(app, guide);
  shortcuts.register(app, guide);
}
