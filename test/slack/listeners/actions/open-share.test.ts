import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encodeState } from '../../../../src/guide/state.js';
import { viewProblems } from '../../../helpers/block-kit.js';
import { blockActions, modalContainer } from '../../../helpers/payloads.js';
import { createTestApp, firstOutcome, mockSlack, setUpNock, tearDownNock, textOf } from '../../../helpers/slack-app.js';

describe('the Share button', () => {
  beforeEach(setUpNock);
  afterEach(tearDownNock);

  it('opens a modal to choose a colleague or a channel, carrying the outcome state', async () => {
    const slack = mockSlack();
    const app = await createTestApp();
    const state = encodeState(app.guide.kb, firstOutcome());
    await app.send(blockActions({ action_id: 'mw.share', value: state }));
    const [open] = slack.made();
    expect(open?.method).toBe('views.open');
    const view = open!.body.view;
    expect(viewProblems(view)).toEqual([]);
    expect(view).toMatchObject({ callback_id: 'mw.share', private_metadata: state });
    expect(textOf(view.blocks)).toContain('nooit jouw antwoorden');
    expect(textOf(view.blocks)).toContain('conversations_select');
  });

  it('inside a modal pushes the share modal on top', async () => {
    const slack = mockSlack();
    const app = await createTestApp();
    await app.send(
      blockActions({ action_id: 'mw.share', value: encodeState(app.guide.kb, firstOutcome()) }, modalContainer),
    );
    expect(slack.made().map((c) => c.method)).toEqual(['views.push']);
  });

  it('on a state that is not an outcome says the explanation changed', async () => {
    const slack = mockSlack();
    const app = await createTestApp();
    await app.send(
      blockActions({
        action_id: 'mw.share',
        value: encodeState(app.guide.kb, { flow: 'biometrics', lang: 'nl', asker: 'employee', facts: {}, answers: [] }),
      }),
    );
    expect(slack.made()).toEqual([]);
    expect(textOf(slack.responses[0]!.body.blocks)).toContain('bijgewerkt');
  });
});
