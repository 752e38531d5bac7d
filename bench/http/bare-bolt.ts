import { App, HTTPReceiver } from '@slack/bolt';
import { BENCH_BOT, BENCH_BOT_TOKEN, BENCH_BOT_USER } from './workspace.js';

/**
 * The reference row: Bolt in HTTP mode with nothing of ours, a listener that only acks (a tenth of the work of
 * an app that answers; same-work.ts is the yardstick that answers). Same receiver, same
 * path and no conversation store, as in the app. It calls no API: the token is never checked, and the bot's
 * ids are given so Bolt's authorization does not look them up with auth.test on the first request.
 */

const port = Number(process.env.PORT);
const signingSecret = process.env.SLACK_SIGNING_SECRET ?? '';

const app = new App({
  token: BENCH_BOT_TOKEN,
  tokenVerificationEnabled: false,
  botId: BENCH_BOT,
  botUserId: BENCH_BOT_USER,
  convoStore: false,
  receiver: new HTTPReceiver({ signingSecret, endpoints: '/slack/events' }),
});
app.action(/.*/, async ({ ack }) => ack());
app.command(/.*/, async ({ ack }) => ack());

await app.start({ port, host: '127.0.0.1' });
