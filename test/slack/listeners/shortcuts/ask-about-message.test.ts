import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodeState } from '../../../../src/guide/state.js';
import { SHORTCUTS } from '../../../../src/slack/ui/ids.js';
import { messageProblems } from '../../../helpers/block-kit.js';
import { messageShortcut } from '../../../helpers/payloads.js';
import { buttonIn, createTestApp, mockSlack, setUpNock, tearDownNock, textOf } from '../../../helpers/slack-app.js';

describe('the message shortcut "Vraag monitorwijzer"', () => {
  beforeEach(setUpNock);
  afterEach(tearDownNock);

  it('routes the chosen message and answers only the person who asked', async () => {
    const slack = mockSlack();
    const app = await createTestApp();
    const { acks } = await app.send(
      messageShortcut(SHORTCUTS.askAboutMessage, 'Vanaf maandag klokken we in met een vingerafdruk op de prikklok'),
    );
    expect(acks).toHaveLength(1);
    expect(slack.made()).toEqual([]);
    const reply = slack.responses[0]!.body;
    expect(reply.response_type).toBe('ephemeral');
    expect(messageProblems(reply as never)).toEqual([]);
    const state = decodeState(app.guide.kb, buttonIn(reply.blocks, /^mw\.go\.(option|start|asker)\./).value);
    expect(state.ok && state.conversation.flow).toBe('biometrics');
  });

  it('on a message without text shows the topics', async () => {
    const slack = mockSlack();
    const app = await createTestApp();
    await app.send(messageShortcut(SHORTCUTS.askAboutMessage, ''));
    expect(textOf(slack.responses[0]!.body.blocks)).toContain('Kies een onderwerp');
  });
});
