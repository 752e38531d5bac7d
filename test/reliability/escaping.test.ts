import { describe, expect, it } from 'vitest';
import { start, walk } from '../../src/guide/conversation.js';
import { encodeState } from '../../src/guide/state.js';
import { esc } from '../../src/slack/ui/block-kit.js';
import { realGuide } from '../helpers/knowledge.js';
import { until, useLiveApp } from '../helpers/live-app.js';
import { appMention, directMessage, IDS, messageShortcut, shareSubmission, slashCommand } from '../helpers/payloads.js';

/** Slack mrkdwn that would notify people, mention someone or disguise a link, if it reached a message unescaped. */
const INJECTIONS = [
  '<!channel>',
  '<!here>',
  '<!everyone>',
  '<!subteam^S0EVIL0001>',
  '<@U0EVIL0001>',
  '<#C0EVIL0001>',
  '<https://evil.example/login|Rabobank>',
  '<mailto:x@evil.example|HR>',
];
const HOSTILE = `camera op de werkvloer ${INJECTIONS.join(' ')} &amp; *vet*`;

describe('text from the person, in what the app sends', () => {
  const env = useLiveApp();

  const outgoing = () => JSON.stringify(env.stub.calls.filter((c) => c.method !== 'auth.test').map((c) => c.body));

  it.each([
    ['a slash command', () => ({ ...slashCommand(HOSTILE), response_url: 'RESPONSE_URL' })],
    ['a direct message', () => directMessage(HOSTILE)],
    ['a mention', () => appMention(HOSTILE)],
    [
      'the message shortcut',
      () => ({ ...messageShortcut('ask_about_message', HOSTILE), response_url: 'RESPONSE_URL' }),
    ],
  ])('never carries a broadcast, mention or disguised link from %s', async (_surface, make) => {
    const payload = JSON.parse(
      JSON.stringify(make()).replace('"RESPONSE_URL"', JSON.stringify(env.stub.hookUrl('reply'))),
    );
    expect((await env.live.post(payload)).status).toBe(200);
    await until(() => env.stub.calls.length > 1, 'an answer');
    const sent = outgoing();
    expect(sent).toContain('"blocks"');
    for (const injection of INJECTIONS) expect(sent).not.toContain(injection.slice(0, -1));
    expect(sent).not.toContain('evil.example');
  });

  it.each([
    ['a channel id with markup in it', { channel: 'C0CHAN0001> <!channel' }],
    ['a user id with markup in it', { user: '<!here>' }],
  ])('refuses to share to %s', async (_what, target) => {
    const outcome = outcomeState();
    await env.live.post(shareSubmission(outcome, target));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(env.stub.calls.filter((c) => c.method === 'chat.postMessage')).toEqual([]);
  });

  it('shares with a real channel id, mentioning only the sharer', async () => {
    await env.live.post(shareSubmission(outcomeState(), { channel: IDS.channel }));
    await until(() => env.stub.calls.some((c) => c.method === 'chat.postMessage'), 'the shared message');
    const shared = JSON.stringify(env.stub.calls.find((c) => c.method === 'chat.postMessage')!.body);
    expect(shared.match(/<[@#!][^>]*>/g)).toEqual([`<@${IDS.user}>`]);
  });
});

describe('escaping for mrkdwn', () => {
  it.each(INJECTIONS)('turns %s into plain text', (injection) => {
    const escaped = esc(injection);
    expect(escaped).not.toMatch(/[<>]/);
    expect(escaped).toContain('&lt;');
  });

  it('escapes an ampersand first, so an entity in the text stays as typed', () => {
    expect(esc('&lt;!channel&gt;')).toBe('&amp;lt;!channel&amp;gt;');
  });
});

/** A conversation state at an outcome of biometrics, as a share button carries it. */
function outcomeState(): string {
  const { kb } = realGuide();
  let c = start('biometrics', 'nl', 'employee');
  for (let result = walk(kb, c); result.ok && result.step.type === 'question'; result = walk(kb, c))
    c = { ...c, answers: [...c.answers, result.step.question.options[0]!.id] };
  return encodeState(kb, c);
}
