import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodeState } from '../../../../src/guide/state.js';
import { viewProblems } from '../../../helpers/block-kit.js';
import { blockActions, homeContainer } from '../../../helpers/payloads.js';
import { buttonsIn, createTestApp, mockSlack, setUpNock, tearDownNock, textOf } from '../../../helpers/slack-app.js';

describe('an audience button on Home', () => {
  beforeEach(setUpNock);
  afterEach(tearDownNock);

  it('opens a modal with only the topics for that audience', async () => {
    const slack = mockSlack();
    const app = await createTestApp();
    await app.send(blockActions({ action_id: 'mw.audience.manager', value: 'nl:manager' }, homeContainer));
    const [open] = slack.made();
    expect(open?.method).toBe('views.open');
    expect(viewProblems(open!.body.view)).toEqual([]);
    expect(textOf(open!.body.view.blocks)).toContain('Leidinggevende of HR');
    const flows = buttonsIn(open!.body.view.blocks)
      .filter((b) => b.action_id.startsWith('mw.go.start.'))
      .map((b) => decodeState(app.guide.kb, b.value))
      .map((s) => (s.ok ? app.guide.kb.flows.get(s.conversation.flow)?.flow : undefined));
    expect(flows.length).toBeGreaterThan(0);
    for (const flow of flows) expect(flow?.audiences).toContain('manager');
  });

  it('groups confidential counsellors and works council members together', async () => {
    const slack = mockSlack();
    const app = await createTestApp();
    await app.send(
      blockActions({ action_id: 'mw.audience.representative', value: 'en:representative' }, homeContainer),
    );
    const starts = buttonsIn(slack.made()[0]!.body.view.blocks).filter((b) => b.action_id.startsWith('mw.go.start.'));
    for (const start of starts) {
      const state = decodeState(app.guide.kb, start.value);
      const audiences = state.ok ? app.guide.kb.flows.get(state.conversation.flow)!.flow.audiences : [];
      expect(audiences.some((a) => a === 'confidential_counsellor' || a === 'works_council')).toBe(true);
      expect(state.ok && state.conversation.lang).toBe('en');
    }
  });
});
