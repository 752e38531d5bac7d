import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { start } from '../../../../src/guide/conversation.js';
import { decodeState, encodeState } from '../../../../src/guide/state.js';
import { messageProblems, viewProblems } from '../../../helpers/block-kit.js';
import {
  blockActions,
  type ClickedButton,
  dmContainer,
  homeContainer,
  IDS,
  modalContainer,
} from '../../../helpers/payloads.js';
import {
  buttonIn,
  buttonsIn,
  createTestApp,
  firstQuestion,
  guideWithFlows,
  mockSlack,
  realGuide,
  setUpNock,
  tearDownNock,
  textOf,
} from '../../../helpers/slack-app.js';

describe('step buttons', () => {
  beforeEach(setUpNock);
  afterEach(tearDownNock);

  const startButton = (lang: 'nl' | 'en' = 'nl'): ClickedButton => {
    const { kb } = realGuide();
    return { action_id: 'mw.go.start.biometrics', value: encodeState(kb, start('biometrics', lang, 'employee')) };
  };

  it('in a private reply replace it through the response_url, one step on', async () => {
    const slack = mockSlack();
    const app = await createTestApp();
    const { acks } = await app.send(blockActions(startButton()));
    expect(acks).toEqual([undefined]);
    expect(slack.made()).toEqual([]);
    const reply = slack.responses[0]!.body;
    expect(reply).toMatchObject({ response_type: 'ephemeral', replace_original: true });
    expect(messageProblems(reply as never)).toEqual([]);
    expect(buttonsIn(reply.blocks).some((b) => b.action_id.startsWith('mw.go.option.'))).toBe(true);
  });

  it('walk a flow to its outcome, with the answers so far, Back, Restart and Share', async () => {
    const slack = mockSlack();
    const app = await createTestApp();
    let clicked = startButton();
    let blocks: any[] = [];
    for (let step = 0; step < 20; step++) {
      await app.send(blockActions(clicked));
      blocks = slack.responses.at(-1)!.body.blocks;
      expect(messageProblems({ text: 'x', blocks })).toEqual([]);
      const option = buttonsIn(blocks).find((b) => b.action_id.startsWith('mw.go.option.'));
      if (!option) break;
      clicked = option;
    }
    const share = buttonIn(blocks, 'mw.share');
    expect(share.style).toBe('primary');
    const state = decodeState(app.guide.kb, share.value);
    expect(state.ok && state.conversation.answers.length).toBeGreaterThan(0);
    expect(textOf(blocks)).toContain('geen juridisch advies');
    buttonIn(blocks, 'mw.details.why');
    buttonIn(blocks, 'mw.go.restart');

    await app.send(blockActions(buttonIn(blocks, 'mw.go.back')));
    const back = decodeState(app.guide.kb, buttonIn(slack.responses.at(-1)!.body.blocks, /^mw\.go\.option\./).value);
    expect(back.ok && state.ok && back.conversation.answers).toHaveLength(
      state.ok ? state.conversation.answers.length : 0,
    );
  });

  it('in a direct message update that message with chat.update', async () => {
    const slack = mockSlack();
    const app = await createTestApp();
    await app.send(blockActions(startButton(), dmContainer));
    expect(slack.made().map((c) => c.method)).toEqual(['chat.update']);
    const [update] = slack.made();
    expect(update!.body).toMatchObject({ channel: IDS.dm, ts: '1700000000.000200' });
    expect(messageProblems(update!.body as never)).toEqual([]);
    expect(slack.responses).toEqual([]);
  });

  it('in a modal update the modal, guarded by its hash', async () => {
    const slack = mockSlack();
    const app = await createTestApp();
    await app.send(blockActions(startButton(), modalContainer));
    const [update] = slack.made();
    expect(update?.method).toBe('views.update');
    expect(update!.body).toMatchObject({
      view_id: modalContainer.type === 'view' && modalContainer.view_id,
      hash: '1700000000.abcd',
    });
    expect(viewProblems(update!.body.view)).toEqual([]);
  });

  it('a double click in a modal (hash_conflict) is not an error', async () => {
    const slack = mockSlack({ api: { 'views.update': [[200, { ok: false, error: 'hash_conflict' }]] } });
    const app = await createTestApp();
    await app.send(blockActions(startButton(), modalContainer));
    expect(slack.made().map((c) => c.method)).toEqual(['views.update']);
    expect(app.logs.join('\n')).not.toMatch(/WARN|ERROR/);
  });

  it('on the Home tab open the flow in a modal', async () => {
    const slack = mockSlack();
    const app = await createTestApp();
    await app.send(blockActions(startButton(), homeContainer));
    const [open] = slack.made();
    expect(open?.method).toBe('views.open');
    expect(open!.body.trigger_id).toBeTruthy();
    expect(viewProblems(open!.body.view)).toEqual([]);
  });

  it('keep the language of the state they carry', async () => {
    const slack = mockSlack();
    const app = await createTestApp();
    await app.send(blockActions(startButton('en')));
    const next = decodeState(app.guide.kb, buttonIn(slack.responses[0]!.body.blocks, /^mw\.go\.option\./).value);
    expect(next.ok && next.conversation.lang).toBe('en');
  });

  it('with an edited value answer kindly with a way to start again, not an error', async () => {
    const slack = mockSlack();
    const app = await createTestApp();
    const value = startButton().value!.replace(/:[^:]+$/, ':AAAAAA');
    await app.send(blockActions({ action_id: 'mw.go.option.x', value }));
    const reply = slack.responses[0]!.body;
    expect(textOf(reply.blocks)).toContain('Deze knop werkt niet meer');
    const restart = buttonIn(reply.blocks, 'mw.go.start.biometrics');
    expect(decodeState(app.guide.kb, restart.value).ok).toBe(true);
    expect(app.logs.join('\n')).not.toMatch(/WARN|ERROR/);
  });

  it('from before the flow changed say the explanation was updated and offer to start again', async () => {
    const slack = mockSlack();
    const current = realGuide();
    const before = guideWithFlows(current, (flows) =>
      flows.map((f) => {
        if (f.id !== 'biometrics') return f;
        const first = f.questions[firstQuestion(f)]!;
        const retired = { id: 'retired', label: { nl: 'Oud', en: 'Old' }, next: first.options[0]!.next };
        return {
          ...f,
          questions: { ...f.questions, [firstQuestion(f)]: { ...first, options: [...first.options, retired] } },
        };
      }),
    );
    const app = await createTestApp({}, current);
    await app.send(
      blockActions({
        action_id: 'mw.go.option.retired',
        value: encodeState(before.kb, {
          flow: 'biometrics',
          lang: 'nl',
          asker: 'employee',
          facts: {},
          answers: ['retired'],
        }),
      }),
    );
    const reply = slack.responses[0]!.body;
    expect(textOf(reply.blocks)).toContain('bijgewerkt');
    const restart = buttonIn(reply.blocks, 'mw.go.start.biometrics');
    expect(decodeState(current.kb, restart.value)).toMatchObject({
      ok: true,
      conversation: { flow: 'biometrics', answers: [] },
    });
  });

  it('for a flow that no longer exists lead to the topics', async () => {
    const slack = mockSlack();
    const current = realGuide();
    const app = await createTestApp(
      {},
      guideWithFlows(current, (flows) => flows.filter((f) => f.id !== 'biometrics')),
    );
    await app.send(blockActions(startButton()));
    const reply = slack.responses[0]!.body;
    expect(textOf(reply.blocks)).toContain('bestaat niet');
    buttonIn(reply.blocks, 'mw.menu');
  });
});
