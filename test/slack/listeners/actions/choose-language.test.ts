import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { messageProblems, viewProblems } from '../../../helpers/block-kit.js';
import { blockActions, homeContainer, IDS } from '../../../helpers/payloads.js';
import { buttonIn, createTestApp, mockSlack, setUpNock, tearDownNock, textOf } from '../../../helpers/slack-app.js';

describe('a language button', () => {
  beforeEach(setUpNock);
  afterEach(tearDownNock);

  it('on Home publishes Home again in that language, remembered in the view itself', async () => {
    const slack = mockSlack();
    const app = await createTestApp();
    await app.send(blockActions({ action_id: 'mw.lang.en', value: 'en' }, homeContainer));
    const [publish] = slack.made();
    expect(publish?.method).toBe('views.publish');
    expect(publish!.body.user_id).toBe(IDS.user);
    expect(viewProblems(publish!.body.view)).toEqual([]);
    expect(JSON.parse(publish!.body.view.private_metadata)).toEqual({ lang: 'en' });
    expect(buttonIn(publish!.body.view.blocks, 'mw.lang.en').style).toBe('primary');
  });

  it('in a menu message shows the menu again in that language', async () => {
    const slack = mockSlack();
    const app = await createTestApp();
    await app.send(blockActions({ action_id: 'mw.lang', value: 'en' }));
    const reply = slack.responses[0]!.body;
    expect(messageProblems(reply as never)).toEqual([]);
    expect(textOf(reply.blocks)).toContain('Choose a topic');
    expect(buttonIn(reply.blocks, 'mw.lang').value).toBe('nl');
  });
});
