import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encodeState } from '../../../../src/guide/state.js';
import { outcomeOf } from '../../../../src/slack/ui/screens.js';
import { messageProblems, viewProblems } from '../../../helpers/block-kit.js';
import { IDS, shareSubmission } from '../../../helpers/payloads.js';
import {
  API_ORIGIN,
  createTestApp,
  firstOutcome,
  mockSlack,
  setUpNock,
  tearDownNock,
  textOf,
} from '../../../helpers/slack-app.js';

describe('submitting the share modal', () => {
  beforeEach(setUpNock);
  afterEach(tearDownNock);

  it('posts only the general explanation to the chosen colleague and confirms in the modal', async () => {
    const slack = mockSlack();
    const app = await createTestApp();
    const outcome = firstOutcome();
    const { acks } = await app.send(shareSubmission(encodeState(app.guide.kb, outcome), { user: IDS.colleague }));
    const [post] = slack.made();
    expect(post?.method).toBe('chat.postMessage');
    expect(post!.body.channel).toBe(IDS.colleague);
    expect(messageProblems(post!.body as never)).toEqual([]);
    const shared = textOf(post!.body.blocks);
    expect(shared).toContain(`<@${IDS.user}>`);
    const view = outcomeOf(app.guide, outcome);
    for (const answered of view!.answered) expect(shared).not.toContain(answered.question.slice(0, 40));
    expect(shared).not.toContain('Jouw antwoorden');
    expect(shared).not.toContain('1:nl:');
    expect(shared).not.toContain('"actions"');
    expect(acks).toHaveLength(1);
    expect(acks[0]).toMatchObject({ response_action: 'update' });
    expect(viewProblems((acks[0] as { view: never }).view)).toEqual([]);
    expect(textOf((acks[0] as { view: { blocks: unknown[] } }).view.blocks)).toContain(`<@${IDS.colleague}>`);
  });

  it('posts to a chosen channel', async () => {
    const slack = mockSlack();
    const app = await createTestApp();
    await app.send(shareSubmission(encodeState(app.guide.kb, firstOutcome()), { channel: IDS.channel }));
    expect(slack.made()[0]?.body.channel).toBe(IDS.channel);
  });

  it('asks to choose exactly one of colleague and channel', async () => {
    const slack = mockSlack();
    const app = await createTestApp();
    const state = encodeState(app.guide.kb, firstOutcome());
    for (const choice of [{}, { user: IDS.colleague, channel: IDS.channel }]) {
      const { acks } = await app.send(shareSubmission(state, choice));
      expect(acks[0]).toMatchObject({
        response_action: 'errors',
        errors: { 'mw.share.channel': expect.stringContaining('Kies') },
      });
    }
    expect(slack.made()).toEqual([]);
  });

  it('when the app is not in the channel, says so next to the channel field', async () => {
    mockSlack({ api: { 'chat.postMessage': [[200, { ok: false, error: 'not_in_channel' }]] } });
    const app = await createTestApp();
    const { acks } = await app.send(
      shareSubmission(encodeState(app.guide.kb, firstOutcome()), { channel: IDS.channel }),
    );
    expect(acks[0]).toMatchObject({
      response_action: 'errors',
      errors: { 'mw.share.channel': expect.stringContaining('/invite') },
    });
  });

  it('when Slack is slow, answers before the post is done and updates the modal once it is', async () => {
    let acked!: () => void;
    const ackSeen = new Promise<void>((resolve) => (acked = resolve));
    // The post is answered only after the submission was acknowledged, however long the app waits for it.
    nock(API_ORIGIN)
      .post('/api/chat.postMessage')
      .reply(async () => {
        await ackSeen;
        return [200, { ok: true, channel: IDS.channel, ts: '1.2' }];
      });
    const slack = mockSlack();
    const app = await createTestApp();
    const body = shareSubmission(encodeState(app.guide.kb, firstOutcome()), { channel: IDS.channel });
    const acks: unknown[] = [];
    await app.slack.app.processEvent({
      body,
      ack: async (response?: unknown) => {
        acks.push(response);
        acked();
      },
    });
    expect(acks[0]).toMatchObject({ response_action: 'update' });
    expect(textOf(acks[0] as never)).toContain('Bezig met delen');
    const [update] = slack.made();
    expect(update?.method).toBe('views.update');
    expect(update!.body.view_id).toBe('V0SHARE001');
    expect(textOf(update!.body.view.blocks)).toContain('gedeeld');
  });

  it('on a state from an earlier version replaces the modal with the friendly "updated" notice', async () => {
    mockSlack();
    const app = await createTestApp();
    const { acks } = await app.send(shareSubmission('1:nl:biometrics:zzzzzzzz:x:AAAAAA', { channel: IDS.channel }));
    expect(acks[0]).toMatchObject({ response_action: 'update' });
    expect(textOf(acks[0] as never)).toContain('bijgewerkt');
  });
});
