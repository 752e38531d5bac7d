import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { start } from '../../src/guide/conversation.js';
import { encodeState } from '../../src/guide/state.js';
import { realGuide } from '../helpers/knowledge.js';
import { until, useLiveApp } from '../helpers/live-app.js';
import {
  blockActions,
  dmContainer,
  ephemeralContainer,
  globalShortcut,
  homeContainer,
  IDS,
  slashCommand,
} from '../helpers/payloads.js';
import { platformError, rateLimited, serverError } from '../helpers/slack-stub.js';

/**
 * When Slack fails (rate limits, server errors, dropped connections, no answer at all, expired response_urls
 * and trigger_ids), the app retries within bounds, tells the person, and never hangs. Complements
 * test/slack/errors.test.ts, which covers rate limits and HTTP 500 with nock.
 */
describe('when Slack fails', () => {
  const rejections: unknown[] = [];
  const onRejection = (reason: unknown) => rejections.push(reason);
  const env = useLiveApp();

  beforeAll(() => process.on('unhandledRejection', onRejection));
  afterAll(() => process.off('unhandledRejection', onRejection));
  afterEach(() => expect(rejections).toEqual([]));

  const calls = (method: string) => env.stub.calls.filter((c) => c.method === method);
  const shown = (method: string) => JSON.stringify(calls(method).map((c) => c.body.blocks ?? c.body.view));
  const state = encodeState(realGuide().kb, start('biometrics', 'nl', 'employee'));
  /** A click on a step in the app's DM: the step is updated with chat.update; the response_url can tell the person. */
  const dmClick = () => ({
    ...blockActions({ action_id: 'mw.go.start.biometrics', value: state }, dmContainer),
    response_url: env.stub.hookUrl('dm'),
  });
  const homeClick = () => blockActions({ action_id: 'mw.go.start.biometrics', value: state }, homeContainer);

  it('retries a dropped connection twice, then tells the person', async () => {
    env.stub.always('chat.update', { drop: true });
    await env.live.post(dmClick());
    await until(() => calls('hook').length === 1, 'the person to be told');
    expect(calls('chat.update')).toHaveLength(3);
    expect(JSON.stringify(calls('hook')[0]!.body.blocks)).toContain('Er ging iets mis bij Slack');
  });

  it('gives up on a Web API that does not answer, after a bounded number of tries, and tells the person', async () => {
    env.stub.always('chat.update', { hang: true });
    await env.live.post(dmClick());
    await until(() => calls('hook').length === 1, 'the person to be told');
    expect(calls('chat.update').length).toBeLessThanOrEqual(3);
    expect(JSON.stringify(calls('hook')[0]!.body.blocks)).toContain('Er ging iets mis bij Slack');
  });

  it('answers with a new ephemeral message when the response_url does not answer', async () => {
    env.stub.always('hook', { hang: true });
    await env.live.post({ ...slashCommand('privacy'), response_url: env.stub.hookUrl('cmd') });
    await until(() => calls('chat.postEphemeral').length === 1, 'the ephemeral fallback');
    expect(calls('chat.postEphemeral')[0]!.body).toMatchObject({ channel: IDS.channel, user: IDS.user });
    expect(shown('chat.postEphemeral')).toContain('Ik bewaar niets');
  });

  it('answers with a new ephemeral message when the response_url cannot be reached', async () => {
    env.stub.always('hook', { drop: true });
    await env.live.post({ ...slashCommand('help'), response_url: env.stub.hookUrl('cmd') });
    await until(() => calls('chat.postEphemeral').length === 1, 'the ephemeral fallback');
    expect(calls('chat.postEphemeral')[0]!.body).toMatchObject({ channel: IDS.channel, user: IDS.user });
    expect(shown('chat.postEphemeral')).toContain('/monitorwijzer');
  });

  it('answers with a new ephemeral message when the response_url has expired (HTTP 404)', async () => {
    env.stub.always('hook', { status: 404, body: 'expired_url' });
    await env.live.post({
      ...blockActions({ action_id: 'mw.go.start.biometrics', value: state }, ephemeralContainer),
      response_url: env.stub.hookUrl('old'),
    });
    await until(() => calls('chat.postEphemeral').length === 1, 'the ephemeral fallback');
    expect(shown('chat.postEphemeral')).toContain('mw.go.option.');
  });

  it('shows the step in the DM when the Home trigger_id has expired', async () => {
    env.stub.queue('views.open', platformError('expired_trigger_id'));
    await env.live.post(homeClick());
    await until(() => calls('chat.postMessage').length === 1, 'the step in the DM');
    expect(calls('chat.postMessage')[0]!.body.channel).toBe(IDS.user);
    expect(shown('chat.postMessage')).toContain('mw.go.option.');
  });

  it('shows the rollout check in the DM when the shortcut’s trigger_id was used already', async () => {
    env.stub.queue('views.open', platformError('exchanged_trigger_id'));
    await env.live.post(globalShortcut('check_tool'));
    await until(() => calls('chat.postMessage').length === 1, 'the check in the DM');
    expect(calls('chat.postMessage')[0]!.body.channel).toBe(IDS.user);
    expect(shown('chat.postMessage')).toContain('mw.go.option.');
  });

  it('tells the person on Home, in the DM, when to try again after a long rate limit', async () => {
    env.stub.queue('views.open', rateLimited(30));
    await env.live.post(homeClick());
    await until(() => calls('chat.postMessage').length === 1, 'the message in the DM');
    expect(shown('chat.postMessage')).toContain('over 30 seconden');
  });

  it('keeps answering when both the response_url and the Web API fail', async () => {
    env.stub.always('hook', serverError);
    env.stub.always('chat.postEphemeral', serverError);
    await env.live.post({ ...slashCommand('help'), response_url: env.stub.hookUrl('cmd') });
    // the answer, then the message that something went wrong: each tried both ways, the Web API three times
    await until(() => calls('chat.postEphemeral').length === 6, 'every attempt');
    env.stub.always('hook', undefined);
    await env.live.post({ ...slashCommand('help'), response_url: env.stub.hookUrl('later') });
    await until(() => calls('hook').some((c) => c.hook === 'later' && c.body.blocks), 'an answer once Slack is back');
    expect(JSON.stringify(calls('hook').find((c) => c.hook === 'later')!.body.blocks)).toContain('/monitorwijzer');
  });
});
