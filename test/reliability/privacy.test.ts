import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodeState } from '../../src/guide/state.js';
import { createPrivateLogger, logLevel } from '../../src/slack/logger.js';
import { buttonIn, buttonsIn } from '../helpers/buttons.js';
import { realGuide } from '../helpers/knowledge.js';
import { BOT_TOKEN, type LiveApp, SIGNING_SECRET, startLiveApp, until } from '../helpers/live-app.js';
import {
  appHomeOpened,
  appMention,
  blockActions,
  directMessage,
  ephemeralContainer,
  globalShortcut,
  homeContainer,
  IDS,
  messageShortcut,
  shareSubmission,
  slashCommand,
} from '../helpers/payloads.js';
import { encodeForSlack } from '../helpers/signing.js';
import { platformError, rateLimited, type SlackStub, serverError, startSlackStub } from '../helpers/slack-stub.js';

/**
 * A scripted conversation over every surface, at debug level, with Slack failing along the way: the logs,
 * error reports included, hold no message text, no Slack ids, no answer path and no secret.
 * (test/slack/privacy.test.ts follows the same conversation without failures; socket mode is covered in
 * socket-mode.test.ts.)
 */
describe('the logs of a conversation on every surface, with failures, at debug level', () => {
  let stub: SlackStub;
  let live: LiveApp;

  beforeEach(async () => {
    stub = await startSlackStub();
    live = await startLiveApp(stub, { logLevel: 'debug' });
  });
  afterEach(async () => {
    await live.stop();
    await stub.close();
  });

  const QUESTION = 'mag mijn werkgever mijn vingerafdruk scannen bij de kassa';
  const TEXTS = [
    QUESTION,
    'camera op de werkvloer boven mijn bureau',
    'wordt mijn laptop thuis gevolgd',
    'klantbeoordelingen in mijn jaargesprek',
  ];
  const hooks = () => stub.calls.filter((c) => c.method === 'hook');

  /** Sends a payload and waits until the app has called Slack in answer. */
  async function deliver(payload: object): Promise<void> {
    const before = stub.calls.length;
    expect((await live.post(payload)).status).toBe(200);
    await until(() => stub.calls.length > before, 'the app to answer');
  }

  it('hold no message text, ids, answer path, response_url, token or signing secret', async () => {
    stub.queue('hook', { status: 404, body: 'expired_url' });
    await deliver({ ...slashCommand(QUESTION), response_url: stub.hookUrl('start') });
    await until(
      () => stub.calls.some((c) => c.method === 'chat.postEphemeral'),
      'the fallback for the expired response_url',
    );
    let blocks = stub.calls.find((c) => c.method === 'chat.postEphemeral')!.body.blocks;

    const states: string[] = [];
    stub.queue('hook', serverError, { drop: true });
    for (
      let option = buttonsIn(blocks).find((b) => b.action_id.startsWith('mw.go.option.'));
      option;
      option = buttonsIn(blocks).find((b) => b.action_id.startsWith('mw.go.option.'))
    ) {
      states.push(option.value!);
      const id = `step${states.length}`;
      await deliver({ ...blockActions(option, ephemeralContainer), response_url: stub.hookUrl(id) });
      await until(
        () => hooks().some((c) => c.hook === id && c.body.blocks) || stub.calls.at(-1)!.method === 'chat.postEphemeral',
        `step ${id}`,
      );
      blocks = (stub.calls.filter((c) => c.body.blocks).at(-1)!.body.blocks as unknown[]) ?? [];
    }
    const share = buttonIn(blocks, 'mw.share');
    stub.queue('views.open', rateLimited(1));
    await deliver({ ...blockActions(share, ephemeralContainer), response_url: stub.hookUrl('share') });
    stub.queue('chat.postMessage', platformError('not_in_channel'));
    await deliver(shareSubmission(share.value!, { channel: IDS.channel }));
    await deliver(shareSubmission(share.value!, { user: IDS.colleague }));

    stub.queue('chat.postMessage', { drop: true }, { drop: true }, { drop: true });
    await deliver(directMessage(TEXTS[1]!));
    await until(
      () => live.logs.some((l) => l.includes('direct message failed')),
      'the failed direct message to be reported',
    );
    stub.queue('chat.postEphemeral', platformError('channel_not_found'));
    await deliver(appMention(TEXTS[2]!));
    await deliver({ ...messageShortcut('ask_about_message', TEXTS[3]!), response_url: stub.hookUrl('shortcut') });
    stub.queue('views.open', platformError('expired_trigger_id'));
    await deliver(globalShortcut('check_tool'));
    await deliver(appHomeOpened());
    await deliver(blockActions({ action_id: 'mw.go.start.biometrics', value: states[0] }, homeContainer));
    await deliver({
      ...blockActions({ action_id: 'mw.retired.button', value: states[1] }, ephemeralContainer),
      response_url: stub.hookUrl('retired'),
    });
    // A signed body that is not JSON: parse errors quote the start of what they could not read.
    const { body } = encodeForSlack(directMessage(TEXTS[1]!));
    expect((await live.postRaw(`${TEXTS[1]} ${body}`, 'application/json')).status).toBe(400);
    expect(
      (await live.postRaw(`payload=${encodeURIComponent(TEXTS[2]!)}`, 'application/x-www-form-urlencoded')).status,
    ).toBe(400);

    const logs = live.logs.join('\n');
    expect(live.logs.length).toBeGreaterThan(100);
    for (const expected of ['failed:', 'not_in_channel', 'WebAPIRequestError', 'Malformed request body'])
      expect(logs).toContain(expected);
    const decoded = decodeState(realGuide().kb, share.value);
    const answers = decoded.ok ? decoded.conversation.answers : [];
    expect(answers.length).toBeGreaterThan(0);
    const forbidden = [
      ...TEXTS,
      ...TEXTS.flatMap((t) => t.split(' ').filter((w) => w.length > 6)),
      ...Object.values(IDS),
      ...states,
      answers.join('.'),
      '/hooks/',
      BOT_TOKEN,
      SIGNING_SECRET,
      'SeCrEt',
    ];
    for (const secret of forbidden) expect(logs, `logs contain "${secret}"`).not.toContain(secret);
    for (const answer of answers)
      expect(logs, `logs contain answer "${answer}"`).not.toMatch(new RegExp(`[^\\w-]${answer}[^\\w-]`));
  });
});

describe('error reports', () => {
  it('name the error and its Slack code, never the request, the ids or the token', () => {
    const lines: string[] = [];
    const logger = createPrivateLogger(logLevel('debug'), (line) => lines.push(line));
    const state = '1:nl:biometrics:abcd1234:till.required:Xy12Zq';
    const failure = Object.assign(
      new Error(`chat.update failed for ${IDS.channel} with ${state}: "${QUESTION_TEXT}"`),
      { code: 'slack_webapi_platform_error', data: { error: 'channel_not_found' } },
    );
    logger.error('unhandled listener error:', failure, { token: BOT_TOKEN, text: QUESTION_TEXT });
    logger.warn(`Bearer ${BOT_TOKEN} https://hooks.slack.com/actions/${IDS.team}/1/abc`);
    const text = lines.join('\n');
    expect(text).toContain('channel_not_found');
    for (const secret of [IDS.channel, IDS.team, state, QUESTION_TEXT, BOT_TOKEN]) expect(text).not.toContain(secret);
  });
});

const QUESTION_TEXT = 'mag mijn baas mijn mail lezen';
