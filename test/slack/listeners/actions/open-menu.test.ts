import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { messageProblems } from '../../../helpers/block-kit.js';
import { blockActions } from '../../../helpers/payloads.js';
import { createTestApp, mockSlack, setUpNock, tearDownNock, textOf } from '../../../helpers/slack-app.js';

describe('the Other topic button', () => {
  beforeEach(setUpNock);
  afterEach(tearDownNock);

  it('shows the topic menu in place, in the language it carries', async () => {
    const slack = mockSlack();
    const app = await createTestApp();
    const { acks } = await app.send(blockActions({ action_id: 'mw.menu', value: 'en' }));
    expect(acks).toHaveLength(1);
    const reply = slack.responses[0]!.body;
    expect(reply.replace_original).toBe(true);
    expect(messageProblems(reply as never)).toEqual([]);
    expect(textOf(reply.blocks)).toContain('Choose a topic');
  });

  it('falls back to Dutch for a value it does not know', async () => {
    const slack = mockSlack();
    const app = await createTestApp();
    await app.send(blockActions({ action_id: 'mw.menu', value: '<script>' }));
    expect(textOf(slack.responses[0]!.body.blocks)).toContain('Kies een onderwerp');
  });
});
