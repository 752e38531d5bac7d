import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodeState } from '../../../../src/guide/state.js';
import { messageProblems } from '../../../helpers/block-kit.js';
import { directMessage, IDS } from '../../../helpers/payloads.js';
import { buttonIn, createTestApp, mockSlack, setUpNock, tearDownNock } from '../../../helpers/slack-app.js';

describe('a direct message to the app', () => {
  beforeEach(setUpNock);
  afterEach(tearDownNock);

  it('is answered in the DM with the flow the question fits', async () => {
    const slack = mockSlack();
    const app = await createTestApp();
    await app.send(directMessage('Mag mijn baas mijn vingerafdruk gebruiken bij de kassa?'));
    const [post] = slack.made();
    expect(post?.method).toBe('chat.postMessage');
    expect(post!.body.channel).toBe(IDS.dm);
    expect(messageProblems(post!.body as never)).toEqual([]);
    const state = decodeState(app.guide.kb, buttonIn(post!.body.blocks, /^mw\.go\.option\./).value);
    expect(state.ok && state.conversation.flow).toBe('biometrics');
  });

  it('ignores messages from bots and edits', async () => {
    const slack = mockSlack();
    const app = await createTestApp();
    const body = directMessage('hallo');
    await app.send({ ...body, event: { ...body.event, bot_id: 'B0OTHER001' } });
    await app.send({ ...body, event: { ...body.event, subtype: 'message_changed' } });
    expect(slack.made()).toEqual([]);
  });

  it('ignores messages in channels (only DMs are conversations with the app)', async () => {
    const slack = mockSlack();
    const app = await createTestApp();
    const body = directMessage('vingerafdruk');
    await app.send({ ...body, event: { ...body.event, channel: IDS.channel, channel_type: 'channel' } });
    expect(slack.made()).toEqual([]);
  });
});
