import type { Server } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodeState } from '../../src/engine/state.js';
import { buttonIn, buttonsIn, createTestApp, mockSlack, setUpNock, tearDownNock, TEST_SIGNING_SECRET } from './helpers/harness.js';
import { appHomeOpened, appMention, blockActions, directMessage, dmContainer, IDS, messageShortcut, shareSubmission, slashCommand } from './helpers/payloads.js';
import { postSigned } from './helpers/signing.js';

describe('logging, even at debug level', () => {
  beforeEach(setUpNock);
  afterEach(tearDownNock);

  it('never contains message text, user ids, channel ids or the answer path of a whole conversation', async () => {
    const slack = mockSlack({ api: { 'chat.update': [[429, { ok: false, error: 'ratelimited' }, { 'Retry-After': '60' }]] } });
    const app = await createTestApp({ logLevel: 'debug' });
    const server = (await app.slack.start()) as Server;
    const address = server.address();
    const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    const outbound = () => slack.calls.length + slack.responses.length;
    /** Sends a request over HTTP, signed, and waits until the app has called Slack in answer. */
    const deliver = async (body: object) => {
      const before = outbound();
      expect((await postSigned(base, TEST_SIGNING_SECRET, body)).status).toBe(200);
      await expect.poll(outbound).toBeGreaterThan(before);
    };

    try {
      await deliver(slashCommand('mag mijn werkgever mijn vingerafdruk scannen bij de kassa'));
      let blocks = slack.responses.at(-1)!.body.blocks;
      const states: string[] = [];
      const nextOption = () => buttonsIn(blocks).find((b) => b.action_id.startsWith('mw.go.option.'));
      for (let option = nextOption(); option; option = nextOption()) {
        states.push(option.value!);
        await deliver(blockActions(option));
        blocks = slack.responses.at(-1)!.body.blocks;
      }
      const share = buttonIn(blocks, 'mw.share');
      await deliver(blockActions(share));
      await deliver(shareSubmission(share.value!, { user: IDS.colleague }));
      await deliver(blockActions(buttonIn(blocks, 'mw.go.back'), dmContainer));
      await deliver(directMessage('camera op de werkvloer, mag dat'));
      await deliver(appMention('wordt mijn laptop gevolgd door mijn baas'));
      await deliver(messageShortcut('ask_about_message', 'klantbeoordelingen in mijn jaargesprek'));
      await deliver(appHomeOpened());

      const logs = app.logs.join('\n');
      expect(app.logs.length).toBeGreaterThan(50);
      expect(logs).toContain('ack()');
      expect(logs).toContain('chat.postMessage');
      expect(logs).toContain('rate-limit');

      const decoded = decodeState(app.guide.kb, share.value);
      const answers = decoded.ok ? decoded.conversation.answers : [];
      expect(answers.length).toBeGreaterThan(0);
      const forbidden = [
        ...Object.values(IDS),
        ...states,
        answers.join('.'),
        'vingerafdruk',
        'kassa',
        'camera op de werkvloer',
        'laptop',
        'klantbeoordelingen',
        '/actions/',
      ];
      for (const secret of forbidden) expect(logs, `logs contain "${secret}"`).not.toContain(secret);
      for (const answer of answers) expect(logs, `logs contain answer "${answer}"`).not.toMatch(new RegExp(`[^\\w-]${answer}[^\\w-]`));
    } finally {
      await app.slack.stop();
    }
  });
});
