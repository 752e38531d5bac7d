import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodeState } from '../../../../src/guide/state.js';
import { viewProblems } from '../../../helpers/block-kit.js';
import { blockActions, homeContainer } from '../../../helpers/payloads.js';
import { buttonsIn, createTestApp, mockSlack, setUpNock, tearDownNock, textOf } from '../../../helpers/slack-app.js';

describe('a "who are you" button on Home', () => {
  beforeEach(setUpNock);
  afterEach(tearDownNock);

  it('opens a modal with only the topics for that asker, each starting for them', async () => {
    const slack = mockSlack();
    const app = await createTestApp();
    await app.send(blockActions({ action_id: 'mw.asker.manager', value: 'nl:manager' }, homeContainer));
    const [open] = slack.made();
    expect(open?.method).toBe('views.open');
    expect(viewProblems(open!.body.view)).toEqual([]);
    expect(textOf(open!.body.view.blocks)).toContain('Leidinggevende of HR');
    const states = buttonsIn(open!.body.view.blocks)
      .filter((b) => b.action_id.startsWith('mw.go.start.'))
      .map((b) => decodeState(app.guide.kb, b.value));
    expect(states.length).toBeGreaterThan(0);
    for (const state of states) {
      expect(state.ok && state.conversation.asker).toBe('manager');
      expect(state.ok && app.guide.kb.flows.get(state.conversation.flow)?.flow.askers).toContain('manager');
    }
  });

  it('keeps the language it was shown in', async () => {
    const slack = mockSlack();
    const app = await createTestApp();
    await app.send(blockActions({ action_id: 'mw.asker.works_council', value: 'en:works_council' }, homeContainer));
    const starts = buttonsIn(slack.made()[0]!.body.view.blocks).filter((b) => b.action_id.startsWith('mw.go.start.'));
    expect(starts.length).toBeGreaterThan(0);
    for (const start of starts) {
      const state = decodeState(app.guide.kb, start.value);
      expect(state.ok && [state.conversation.lang, state.conversation.asker]).toEqual(['en', 'works_council']);
    }
  });
});
