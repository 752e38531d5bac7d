import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { start } from '../../../../src/guide/conversation.js';
import { guideOf } from '../../../../src/guide/guide.js';
import { decodeState, encodeState } from '../../../../src/guide/state.js';
import { tickBlock } from '../../../../src/slack/ui/ids.js';
import { messageProblems } from '../../../helpers/block-kit.js';
import { loadFixture, TOOLS_FLOW } from '../../../helpers/fixtures.js';
import { blockActions, dmContainer, modalContainer, ticked } from '../../../helpers/payloads.js';
import { buttonIn, createTestApp, mockSlack, setUpNock, tearDownNock, textOf } from '../../../helpers/slack-app.js';
import { WIRE } from '../../../helpers/wire-ids.js';

const guide = guideOf(loadFixture({ 'flows/tools.yml': TOOLS_FLOW }).kb!);
const question = encodeState(guide.kb, start('tools', 'nl'));

describe('a question that takes several answers', () => {
  beforeEach(setUpNock);
  afterEach(tearDownNock);

  it('moves on with every option ticked when "Verder" is clicked', async () => {
    const slack = mockSlack();
    const app = await createTestApp({}, guide);
    await app.send(
      blockActions(
        { action_id: WIRE.pick, value: question },
        dmContainer,
        ticked(tickBlock(question), WIRE.tick, ['screenshots', 'keys']),
      ),
    );
    const [update] = slack.made();
    expect(update?.method).toBe('chat.update');
    expect(messageProblems(update!.body as never)).toEqual([]);
    expect(textOf(update!.body.blocks)).toContain('Doorlopend?');
    const next = decodeState(guide.kb, buttonIn(update!.body.blocks, WIRE.option).value);
    expect(next.ok && next.conversation.answers).toEqual([['screenshots', 'keys'], expect.any(String)]);
  });

  it('reads the ticks of a modal from its view', async () => {
    const slack = mockSlack();
    const app = await createTestApp({}, guide);
    await app.send(
      blockActions(
        { action_id: WIRE.pick, value: question },
        modalContainer,
        ticked(tickBlock(question), WIRE.tick, ['keys']),
      ),
    );
    const [update] = slack.made();
    expect(update?.method).toBe('views.update');
    expect(textOf(update!.body.view.blocks)).toContain('Keylogger nee.');
  });

  it('with nothing ticked shows the question again and says what to do', async () => {
    const slack = mockSlack();
    const app = await createTestApp({}, guide);
    await app.send(blockActions({ action_id: WIRE.pick, value: question }, dmContainer));
    const blocks = slack.made()[0]!.body.blocks;
    expect(textOf(blocks)).toContain('Vink minstens één antwoord aan');
    expect(textOf(blocks)).toContain('Wat doet de tool?');
  });

  it('ignores ticks in another step’s block, so an old message cannot carry them over', async () => {
    const slack = mockSlack();
    const app = await createTestApp({}, guide);
    await app.send(
      blockActions(
        { action_id: WIRE.pick, value: question },
        dmContainer,
        ticked('mw.tick.elsewhere', WIRE.tick, ['keys']),
      ),
    );
    expect(textOf(slack.made()[0]!.body.blocks)).toContain('Vink minstens één antwoord aan');
  });

  it('acknowledges a tick without answering yet', async () => {
    const slack = mockSlack();
    const app = await createTestApp({}, guide);
    const { acks } = await app.send({
      ...blockActions({ action_id: WIRE.tick }, dmContainer),
      actions: [
        {
          type: 'checkboxes',
          action_id: WIRE.tick,
          block_id: tickBlock(question),
          selected_options: [],
          action_ts: '1.2',
        },
      ],
    });
    expect(acks).toHaveLength(1);
    expect(slack.made()).toEqual([]);
    expect(slack.responses).toEqual([]);
  });
});
