import { App, type BlockAction, type ButtonAction, HTTPReceiver, LogLevel } from '@slack/bolt';
import { replaceWith, replyPrivately, settle } from '../../src/slack/deliver.js';
import type { Screen } from '../../src/slack/ui/block-kit.js';
import { clientOptions, oneWorkspace } from '../../src/slack/web-client.js';

/**
 * The yardstick that does the same work as the app: Bolt in HTTP mode whose listeners ack and then answer every
 * click and command with one fixed message, rendered beforehand by the bench at the size of the app's typical
 * answer (SAME_WORK_SCREEN, JSON). It answers the way the app does, with the app's own delivery code and client
 * settings: response_url for ephemeral messages and commands, chat.update for a message in the DM. What it
 * leaves out is exactly the app's own work: request checks, redelivery dedupe, routing, the engine, rendering.
 */

const port = Number(process.env.PORT);
const signingSecret = process.env.SLACK_SIGNING_SECRET ?? '';
const screen = JSON.parse(process.env.SAME_WORK_SCREEN ?? '') as Screen;
const options = clientOptions(process.env.SLACK_API_URL);

const app = new App({
  authorize: oneWorkspace(process.env.SLACK_BOT_TOKEN ?? '', options),
  receiver: new HTTPReceiver({ signingSecret, endpoints: '/slack/events' }),
  clientOptions: options,
  logLevel: LogLevel.ERROR,
  convoStore: false,
});
app.action<BlockAction<ButtonAction>>(/.*/, async (args) => {
  await args.ack();
  await replaceWith(args, 'answer', screen, 'nl');
});
app.command(/.*/, async ({ ack, command, respond, client, logger }) => {
  await ack();
  const reach = { client, respond, channel: command.channel_id, user: command.user_id };
  await settle(logger, 'answer', () => replyPrivately(reach, screen), { reach, lang: 'nl' });
});

await app.start({ port, host: '127.0.0.1' });
// Exit normally on the bench's SIGTERM, so a profile taken with --cpu-prof is written.
process.once('SIGTERM', () => process.exit(0));
