import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { viewProblems } from '../../../helpers/block-kit.js';
import { appHomeOpened, IDS } from '../../../helpers/payloads.js';
import { buttonsIn, createTestApp, mockSlack, setUpNock, tearDownNock, textOf } from '../../../helpers/slack-app.js';
import { WIRE } from '../../../helpers/wire-ids.js';

describe('opening the Home tab', () => {
  beforeEach(setUpNock);
  afterEach(tearDownNock);

  it('publishes Home in Dutch: what it is and is not, who you are, all topics, privacy, language', async () => {
    const slack = mockSlack();
    const app = await createTestApp();
    await app.send(appHomeOpened());
    const [publish] = slack.made();
    expect(publish?.method).toBe('views.publish');
    expect(publish!.body.user_id).toBe(IDS.user);
    const view = publish!.body.view;
    expect(viewProblems(view)).toEqual([]);
    const text = textOf(view.blocks);
    for (const part of [
      'geen juridisch advies',
      'Begin bij wie je bent',
      'Alle onderwerpen',
      'Ik bewaar niets',
      'Nederlands',
      'English',
    ])
      expect(text).toContain(part);
    const buttons = buttonsIn(view.blocks).map((b) => b.action_id);
    expect(buttons.filter((id) => id.startsWith('mw.asker.'))).toEqual(
      ['employee', 'manager', 'confidential_counsellor', 'works_council', 'applicant', 'platform_worker'].map(
        WIRE.askerMenu,
      ),
    );
    expect(buttons.filter((id) => id.startsWith('mw.go.start.'))).toHaveLength(app.guide.kb.flows.size);
  });

  it('keeps the language chosen earlier, read from the previously published view', async () => {
    const slack = mockSlack();
    const app = await createTestApp();
    await app.send(appHomeOpened({ private_metadata: JSON.stringify({ lang: 'en' }) }));
    expect(textOf(slack.made()[0]!.body.view.blocks)).toContain('not legal advice');
  });

  it('ignores the Messages tab', async () => {
    const slack = mockSlack();
    const app = await createTestApp();
    const body = appHomeOpened();
    await app.send({ ...body, event: { ...body.event, tab: 'messages' } });
    expect(slack.made()).toEqual([]);
  });
});
