import { describe, expect, it } from 'vitest';
import { EVENT_MEMORY_ENTRIES, EVENT_MEMORY_MS, type SeenInMemory, seenEvents } from '../../src/slack/dedupe.js';
import { SIGNING_SECRET, startLiveApp, until, useLiveApp } from '../helpers/live-app.js';
import { appHomeOpened, appMention, directMessage, IDS } from '../helpers/payloads.js';
import { encodeForSlack, signedHeaders } from '../helpers/signing.js';
import { startSlackStub } from '../helpers/slack-stub.js';

describe('Slack redelivering an event', () => {
  const env = useLiveApp();

  const sent = (method: string) => env.stub.calls.filter((c) => c.method === method);

  /** Posts the same event body again as Slack does: a new signature, the same event_id, retry headers. */
  async function deliver(event: object, retry?: { num: number; reason: string }): Promise<number> {
    const { body, contentType } = encodeForSlack(event as Record<string, unknown>);
    const headers = {
      ...signedHeaders(SIGNING_SECRET, body, contentType),
      ...(retry && { 'x-slack-retry-num': String(retry.num), 'x-slack-retry-reason': retry.reason }),
    };
    return (await fetch(`${env.live.base}/slack/events`, { method: 'POST', body, headers })).status;
  }

  it.each([
    ['a direct message', () => directMessage('camera op de werkvloer'), 'chat.postMessage'],
    ['a mention', () => appMention('mag mijn baas mijn laptop volgen'), 'chat.postEphemeral'],
    ['opening Home', () => appHomeOpened(), 'views.publish'],
  ])('answers %s once, however often Slack retries it', async (_what, make, method) => {
    const event = make();
    expect(await deliver(event)).toBe(200);
    await until(() => sent(method).length === 1, `the answer (${method})`);
    for (const [num, reason] of [
      [1, 'http_timeout'],
      [2, 'http_error'],
      [3, 'http_timeout'],
    ] as const)
      expect(await deliver(event, { num, reason })).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(sent(method)).toHaveLength(1);
  });

  it('answers the same envelope delivered twice at once only once', async () => {
    const event = directMessage('vingerafdruk bij de kassa');
    expect(await Promise.all([deliver(event), deliver(event)])).toEqual([200, 200]);
    await until(() => sent('chat.postMessage').length >= 1, 'the answer');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(sent('chat.postMessage')).toHaveLength(1);
  });

  it('answers a retry of an event it never received (the first delivery was lost)', async () => {
    expect(await deliver(directMessage('camera'), { num: 1, reason: 'http_timeout' })).toBe(200);
    await until(() => sent('chat.postMessage').length === 1, 'the answer to the retry');
    expect(JSON.stringify(sent('chat.postMessage')[0]!.body.blocks)).toMatch(/[Cc]amera/);
  });

  it('answers different events, even with the same text', async () => {
    await deliver(directMessage('camera'));
    await deliver(directMessage('camera'));
    await until(() => sent('chat.postMessage').length === 2, 'two answers');
    expect(sent('chat.postMessage').map((c) => JSON.stringify(c.body.blocks))).toEqual([
      expect.stringMatching(/[Cc]amera/),
      expect.stringMatching(/[Cc]amera/),
    ]);
  });
});

describe('what the app remembers, within bounds', () => {
  it(`holds at most ${EVENT_MEMORY_ENTRIES} ids, forgetting the oldest first`, () => {
    const seen = seenEvents();
    for (let i = 0; i < EVENT_MEMORY_ENTRIES * 3; i++) expect(seen.firstTime(`Ev${i}`)).toBe(true);
    expect(seen.size).toBeLessThanOrEqual(EVENT_MEMORY_ENTRIES);
    expect(seen.firstTime(`Ev${EVENT_MEMORY_ENTRIES * 3 - 1}`)).toBe(false);
    expect(seen.firstTime('Ev0')).toBe(true);
  });

  it(`forgets an id after ${EVENT_MEMORY_MS / 60_000} minutes, well after Slack's last retry`, () => {
    let now = 0;
    const seen = seenEvents(EVENT_MEMORY_ENTRIES, EVENT_MEMORY_MS, () => now);
    expect(seen.firstTime('Ev1')).toBe(true);
    now = 5 * 60_000 + 1;
    expect(seen.firstTime('Ev1')).toBe(false);
    now = EVENT_MEMORY_MS + 1;
    expect(seen.firstTime('Ev2')).toBe(true);
    expect(seen.size).toBe(1);
    expect(seen.firstTime('Ev1')).toBe(true);
  });

  it('keeps one Web API client, however many teams the requests name', async () => {
    const stub = await startSlackStub({ keep: false });
    const live = await startLiveApp(stub);
    try {
      let answered = 0;
      const teams = Array.from({ length: 500 }, (_, i) => `T${String(i).padStart(9, '0')}`);
      for (const team of teams) {
        const event = appHomeOpened();
        expect(
          (
            await live.post({
              ...event,
              team_id: team,
              authorizations: [{ ...event.authorizations[0], team_id: team }],
            })
          ).status,
        ).toBe(200);
        answered++;
      }
      expect(answered).toBe(teams.length);
      // Bolt keeps a pool of clients per team id it is told about (a private field, so read it by name).
      const pools = (live.slack.app as unknown as { clients: Record<string, unknown> }).clients;
      expect(Object.keys(pools)).toEqual([IDS.team]);
    } finally {
      await live.stop();
      await stub.close();
    }
  });

  it('remembers every event id of a stream, until the bound', async () => {
    const stub = await startSlackStub();
    const live = await startLiveApp(stub);
    try {
      const events = Array.from({ length: 300 }, () => appHomeOpened());
      for (const event of events) await live.post(event);
      await until(
        () => stub.calls.filter((c) => c.method === 'views.publish').length === events.length,
        'an answer to every event',
      );
      expect((live.slack.seen as SeenInMemory).size).toBe(events.length);
    } finally {
      await live.stop();
      await stub.close();
    }
  });
});
