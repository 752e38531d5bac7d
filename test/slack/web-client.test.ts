import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { start } from '../../src/guide/conversation.js';
import { encodeState } from '../../src/guide/state.js';
import { messageProblems } from '../helpers/block-kit.js';
import { blockActions, dmContainer } from '../helpers/payloads.js';
import { createTestApp, mockSlack, realGuide, setUpNock, tearDownNock, textOf } from '../helpers/slack-app.js';

/** Slack API failures are retried within bounds or told to the person; they never crash the app. */
describe('the Web API client policy, when Slack refuses or fails', () => {
  const rejections: unknown[] = [];
  const onRejection = (reason: unknown) => rejections.push(reason);
  beforeAll(() => process.on('unhandledRejection', onRejection));
  afterAll(() => process.off('unhandledRejection', onRejection));
  beforeEach(setUpNock);
  afterEach(() => {
    tearDownNock();
    expect(rejections).toEqual([]);
  });

  const dmStep = () =>
    blockActions(
      {
        action_id: 'mw.go.start.biometrics',
        value: encodeState(realGuide().kb, start('biometrics', 'nl', 'employee')),
      },
      dmContainer,
    );

  it('waits out a short rate limit (Retry-After) once and then succeeds', async () => {
    const slack = mockSlack({
      api: { 'chat.update': [[429, { ok: false, error: 'ratelimited' }, { 'Retry-After': '1' }]] },
    });
    const app = await createTestApp();
    const started = Date.now();
    await app.send(dmStep());
    expect(slack.made().map((c) => c.method)).toEqual(['chat.update', 'chat.update']);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(slack.responses).toEqual([]);
  });

  it('does not wait out a long rate limit, and tells the person when to try again', async () => {
    const slack = mockSlack({
      api: { 'chat.update': [[429, { ok: false, error: 'ratelimited' }, { 'Retry-After': '30' }]] },
    });
    const app = await createTestApp();
    await app.send(dmStep());
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
});
