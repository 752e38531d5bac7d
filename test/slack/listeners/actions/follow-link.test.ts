import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { blockActions } from '../../../helpers/payloads.js';
import { createTestApp, mockSlack, setUpNock, tearDownNock } from '../../../helpers/slack-app.js';

describe('a link button', () => {
  beforeEach(setUpNock);
  afterEach(tearDownNock);

  it('is acknowledged and nothing else happens', async () => {
    const slack = mockSlack();
    const app = await createTestApp();
    const { acks } = await app.send(blockActions({ action_id: 'mw.link', value: 'dm' }));
    expect(acks).toHaveLength(1);
    expect(slack.made()).toEqual([]);
    expect(slack.responses).toEqual([]);
  });
});
