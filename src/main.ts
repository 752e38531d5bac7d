import { loadConfig } from './config.js';

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
  // Each surface is loaded only when it runs: the terminal guide starts without Bolt.
  const { main: cli } = await import('./cli/main.js');
  process.exitCode = await cli(['chat', ...process.argv.slice(2)]);
} else {
  const { runSlack } = await import('./slack/run.js');
  process.exitCode = await runSlack(loaded.config);
}
