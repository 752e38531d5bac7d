import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { messageProblems } from '../../../helpers/block-kit.js';
import { appMention, IDS } from '../../../helpers/payloads.js';
import { buttonIn, createTestApp, mockSlack, setUpNock, tearDownNock, textOf } from '../../../helpers/slack-app.js';

describe('an @mention in a channel', () => {
  beforeEach(setUpNock);
  afterEach(tearDownNock);

  it('answers only the asker, with an invitation to continue in a DM, and posts nothing publicly', async () => {
    const slack = mockSlack();
    const app = await createTestApp();
    await app.send(appMention('mag mijn werkgever een vingerafdruk vragen voor de kassa?'));
    expect(slack.made().map((c) => c.method)).toEqual(['chat.postEphemeral']);
    const [reply] = slack.made();
    expect(reply!.body).toMatchObject({ channel: IDS.channel, user: IDS.user });
    expect(messageProblems(reply!.body as never)).toEqual([]);
    expect(textOf(reply!.body.blocks)).toContain('Alleen jij ziet dit antwoord');
    expect(buttonIn(reply!.body.blocks, 'mw.link').url).toBe(
      `https://slack.com/app_redirect?team=${IDS.team}&app=${IDS.app}`,
    );
  });

  it('in a thread answers in that thread', async () => {
    const slack = mockSlack();
    const app = await createTestApp();
    await app.send(appMention('privacy', '1700000000.000001'));
    expect(slack.made()[0]!.body.thread_ts).toBe('1700000000.000001');
  });
});
