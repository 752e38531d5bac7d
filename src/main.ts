import { main as cli } from './cli/main.js';

/** `npm start`: the terminal guide. Without Slack credentials this is what anyone can try at once. */
process.stderr.write('Tip: set SLACK_BOT_TOKEN and SLACK_APP_TOKEN to run monitorwijzer in Slack (see README).\n');
process.exitCode = await cli(['chat', ...process.argv.slice(2)]);
