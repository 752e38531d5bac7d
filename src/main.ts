import { main as cli } from './cli/main.js';
import { loadConfig } from './config.js';
import { runSlack } from './slack/run.js';

/**
 * `npm start`: monitorwijzer in Slack when Slack credentials are set (socket or HTTP mode, see
 * docs/slack.md), otherwise the terminal guide, which anyone can try at once.
 */
const loaded = loadConfig(process.env);
if (!loaded.ok) {
  process.stderr.write(`${loaded.message}\n`);
  process.exitCode = 2;
} else if (loaded.config.mode === 'terminal') {
  process.stderr.write('Tip: set SLACK_BOT_TOKEN and SLACK_APP_TOKEN to run monitorwijzer in Slack (see README).\n');
  process.exitCode = await cli(['chat', ...process.argv.slice(2)]);
} else {
  process.exitCode = await runSlack(loaded.config);
}
