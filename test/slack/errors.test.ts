import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { encodeState } from '../../src/engine/state.js';
import { start } from '../../src/engine/flow.js';
import { messageProblems } from '../helpers/block-kit.js';
import { createTestApp, mockSlack, realGuide, setUpNock, tearDownNock, textOf } from './helpers/harness.js';
import { blockActions, dmContainer, IDS, slashCommand } from './helpers/payloads.js';

/** Slack API failures are retried within bounds or told to the person; they never crash the app. */
describe('when Slack fails', () => {
  const rejections: unknown[] = [];
  const onRejection = (reason: unknown) => rejections.push(reason);
  beforeAll(() => process.on('unhandledRejection', onRejection));
  afterAll(() => process.off('unhandledRejection', onRejection));
  beforeEach(setUpNock);
  afterEach(() => {
    tearDownNock();
    expect(rejections).toEqual([]);
  });

  const dmStep = () => blockActions({ action_id: 'mw.go.start.biometrics', value: encodeState(realGuide().kb, start('biometrics', 'nl')) }, dmContainer);

  it('waits out a short rate limit (Retry-After) once and then succeeds', async () => {
    const slack = mockSlack({ api: { 'chat.update': [[429, { ok: false, error: 'ratelimited' }, { 'Retry-After': '1' }]] } });
    const app = await createTestApp();
    const started = Date.now();
    await app.send(dmStep());
    expect(slack.made().map((c) => c.method)).toEqual(['chat.update', 'chat.update']);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(slack.responses).toEqual([]);
  });

  it('does not wait out a long rate limit, and tells the person when to try again', async () => {
    const slack = mockSlack({ api: { 'chat.update': [[429, { ok: false, error: 'ratelimited' }, { 'Retry-After': '30' }]] } });
    const app = await createTestApp();
    const started = Date.now();
    await app.send(dmStep());
    expect(Date.now() - started).toBeLessThan(3000);
    expect(slack.made().map((c) => c.method)).toEqual(['chat.update']);
    const told = slack.responses[0]!.body;
    expect(told).toMatchObject({ response_type: 'ephemeral' });
    expect(told.replace_original).toBeUndefined();
    expect(textOf(told.blocks)).toContain('over 30 seconden');
    expect(messageProblems(told as never)).toEqual([]);
  });

  it('retries an HTTP 500 a bounded number of times, then tells the person', async () => {
    const failure: [number, unknown] = [500, 'Internal Server Error'];
    const slack = mockSlack({ api: { 'chat.update': [failure, failure, failure, failure] } });
    const app = await createTestApp();
    await app.send(dmStep());
    expect(slack.made().map((c) => c.method)).toEqual(['chat.update', 'chat.update', 'chat.update']);
    expect(textOf(slack.responses[0]!.body.blocks)).toContain('Er ging iets mis bij Slack');
  });

  it('does not retry invalid_auth, tells the person through the response_url, and logs only the error code', async () => {
    const slack = mockSlack({ api: { 'chat.update': [[200, { ok: false, error: 'invalid_auth' }]] } });
    const app = await createTestApp();
    await app.send(dmStep());
    expect(slack.made().map((c) => c.method)).toEqual(['chat.update']);
    expect(textOf(slack.responses[0]!.body.blocks)).toContain('Er ging iets mis bij Slack');
    expect(app.logs.join('\n')).toContain('invalid_auth');
  });

  it('answers a slash command with a new ephemeral message when its response_url has expired', async () => {
    const slack = mockSlack({ responseUrl: [[404, 'expired_url']] });
    const app = await createTestApp();
    await app.send(slashCommand('privacy'));
    expect(slack.responses).toHaveLength(1);
    const [fallback] = slack.made();
    expect(fallback?.method).toBe('chat.postEphemeral');
    expect(fallback!.body).toMatchObject({ channel: IDS.channel, user: IDS.user });
    expect(textOf(fallback!.body.blocks)).toContain('Ik bewaar niets');
  });

  it('survives when neither the response_url nor the Web API works', async () => {
    const gone: [number, unknown] = [404, 'expired_url'];
    const notFound: [number, unknown] = [200, { ok: false, error: 'channel_not_found' }];
    const slack = mockSlack({ responseUrl: [gone, gone], api: { 'chat.postEphemeral': [notFound, notFound] } });
    const app = await createTestApp();
    const { acks } = await app.send(slashCommand('help'));
    expect(acks).toHaveLength(1);
    // the answer, then the message that something went wrong: each tried both ways
    expect(slack.responses).toHaveLength(2);
    expect(slack.made().map((c) => c.method)).toEqual(['chat.postEphemeral', 'chat.postEphemeral']);
    expect(app.logs.join('\n')).toContain('channel_not_found');
  });
});
