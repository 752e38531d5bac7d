import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodeState } from '../../../../src/guide/state.js';
import { SHORTCUTS } from '../../../../src/slack/ui/ids.js';
import { viewProblems } from '../../../helpers/block-kit.js';
import { globalShortcut } from '../../../helpers/payloads.js';
import {
  buttonIn,
  buttonsIn,
  createTestApp,
  guideWithFlows,
  mockSlack,
  realGuide,
  setUpNock,
  tearDownNock,
  textOf,
} from '../../../helpers/slack-app.js';

/** The flow the knowledge marks as the check of a tool before rollout. */
const toolCheck = () => [...realGuide().kb.flows.values()].find((e) => e.flow.tool_check)?.flow.id;

describe('the global shortcut "Check een monitoringtool"', () => {
  beforeEach(setUpNock);
  afterEach(tearDownNock);

  it('opens a modal that walks the manager rollout flow', async () => {
    const guide = realGuide();
    expect(toolCheck()).toBe('rollout-check');
    const slack = mockSlack();
    const app = await createTestApp({}, guide);
    const { acks } = await app.send(globalShortcut(SHORTCUTS.checkTool));
    expect(acks).toHaveLength(1);
    const [open] = slack.made();
    expect(open?.method).toBe('views.open');
    expect(viewProblems(open!.body.view)).toEqual([]);
    const state = decodeState(guide.kb, buttonIn(open!.body.view.blocks, /^mw\.go\.option\./).value);
    expect(state.ok && state.conversation.flow).toBe(toolCheck());
  });

  it('without that flow, opens the managers’ topics instead', async () => {
    const slack = mockSlack();
    const guide = guideWithFlows(realGuide(), (flows) => flows.filter((f) => !f.tool_check));
    const app = await createTestApp({}, guide);
    await app.send(globalShortcut(SHORTCUTS.checkTool));
    const view = slack.made()[0]!.body.view;
    expect(viewProblems(view)).toEqual([]);
    expect(textOf(view.blocks)).toContain('monitoringtool invoeren');
    for (const start of buttonsIn(view.blocks).filter((b) => b.action_id.startsWith('mw.go.start.'))) {
      const state = decodeState(guide.kb, start.value);
      expect(state.ok && guide.kb.flows.get(state.conversation.flow)!.flow.askers).toContain('manager');
    }
  });
});
