import { main as cli } from './cli/main.js';
import { validationReport } from './cli/commands.js';
import { loadConfig, type SlackConfig } from './config.js';
import { createRouter } from './engine/router.js';
import { formatDiagnostic } from './knowledge/diagnostics.js';
import { loadKnowledge, loadOrganisation } from './knowledge/load.js';
import { createSlackApp } from './slack/app.js';
import { startupHint } from './slack/errors.js';
import { createPrivateLogger, logLevel } from './slack/logger.js';

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

async function runSlack(config: SlackConfig): Promise<number> {
  const knowledge = loadKnowledge({ root: config.dir });
  if (!knowledge.kb) {
    const report = validationReport(knowledge.diagnostics, undefined, knowledge.files);
    process.stderr.write(`${report.stderr}\nmonitorwijzer: not starting in Slack while the knowledge is invalid.\n`);
    return 1;
  }
  const organisation = loadOrganisation(config.org, config.dir);
  if (!organisation.ok) {
    process.stderr.write(`${organisation.diagnostics.map(formatDiagnostic).join('\n')}\n`);
    return 1;
  }
  const logger = createPrivateLogger(logLevel(config.logLevel));
  process.on('unhandledRejection', (reason) => logger.error('unhandled rejection:', reason));
  const guide = { kb: knowledge.kb, router: createRouter(knowledge.kb), organisation: organisation.organisation };
  const slack = createSlackApp(config, guide, logger);
  try {
    await slack.start();
  } catch (error) {
    logger.error('could not start in Slack:', error);
    const hint = startupHint(error);
    if (hint) process.stderr.write(`monitorwijzer: ${hint}\n`);
    return 1;
  }
  const stop = async (signal: string) => {
    logger.info(`${signal} received, stopping`);
    await slack.stop();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
  return 0;
}
