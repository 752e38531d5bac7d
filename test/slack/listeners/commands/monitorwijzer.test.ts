import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodeState } from '../../../../src/guide/state.js';
import { messageProblems } from '../../../helpers/block-kit.js';
import { IDS, slashCommand } from '../../../helpers/payloads.js';
import {
  buttonIn,
  buttonsIn,
  createTestApp,
  mockSlack,
  realGuide,
  setUpNock,
  tearDownNock,
  textOf,
  vagueQuestion,
} from '../../../helpers/slack-app.js';
import { WIRE } from '../../../helpers/wire-ids.js';

describe('/monitorwijzer', () => {
  beforeEach(setUpNock);
  afterEach(tearDownNock);

  async function command(text: string, channel?: string) {
    const slack = mockSlack();
    const app = await createTestApp();
    const { acks } = await app.send(slashCommand(text, channel));
    expect(acks).toEqual([undefined]);
    expect(slack.made()).toEqual([]);
    expect(slack.responses).toHaveLength(1);
    const reply = slack.responses[0]!.body;
    expect(reply.response_type).toBe('ephemeral');
    expect(messageProblems(reply as { text: string; blocks: unknown[] })).toEqual([]);
    return { reply, app };
  }

  it('without text answers privately with who you are and every topic', async () => {
    const { reply, app } = await command('');
    const askers = buttonsIn(reply.blocks).filter((b) => b.action_id.startsWith('mw.asker.'));
    expect(askers.map((b) => b.text.text)).toEqual([
      'Werknemer',
      'Leidinggevende of HR',
      'Vertrouwenspersoon',
      'OR-lid',
      'Sollicitant',
      'Platformwerker (bezorger, chauffeur via een app)',
    ]);
    const started = new Set(
      buttonsIn(reply.blocks)
        .filter((b) => b.action_id.startsWith('mw.go.start.'))
        .map((b) => b.action_id),
    );
    expect([...started].sort()).toEqual([...app.guide.kb.flows.keys()].map((id) => `mw.go.start.${id}`).sort());
  });

  it('with a clear question starts that flow, first asking who asks when the question does not say', async () => {
    const { reply, app } = await command('vingerafdruk kassa');
    const employee = buttonIn(reply.blocks, WIRE.asker('employee'));
    const next = decodeState(app.guide.kb, employee.value);
    expect(next.ok && next.conversation).toMatchObject({
      flow: 'biometrics',
      lang: 'nl',
      asker: 'employee',
      answers: [],
    });
  });

  it('with a question that says who asks, starts at the first question for them', async () => {
    const { reply, app } = await command('mijn baas wil mijn vingerafdruk bij de kassa');
    const option = buttonIn(reply.blocks, WIRE.option);
    const next = decodeState(app.guide.kb, option.value);
    expect(next.ok && next.conversation).toMatchObject({ flow: 'biometrics', asker: 'employee' });
    expect(textOf(reply.blocks)).toContain('Je vraagt als: Werknemer');
  });

  it('with a vague question lists the topics that fit, each with a Start button', async () => {
    const { reply, app } = await command(vagueQuestion(realGuide()));
    const starts = buttonsIn(reply.blocks).filter((b) => b.action_id.startsWith('mw.go.start.'));
    expect(starts.length).toBeGreaterThan(0);
    for (const start of starts) expect(decodeState(app.guide.kb, start.value).ok).toBe(true);
  });

  it('with a question nothing fits says so and shows all topics', async () => {
    const { reply } = await command('xyzzy plugh');
    expect(textOf(reply.blocks)).toContain('Ik vond geen onderwerp');
  });

  it('help explains the subcommands', async () => {
    const { reply } = await command('help');
    expect(textOf(reply.blocks)).toContain('/monitorwijzer privacy');
  });

  it('privacy shows what the app processes and that it stores nothing', async () => {
    const { reply } = await command('privacy');
    expect(textOf(reply.blocks)).toContain('Ik bewaar niets');
  });

  it('lang en answers in English and carries the language in every button', async () => {
    const { reply, app } = await command('lang en');
    expect(textOf(reply.blocks)).toContain('Choose a topic');
    for (const b of buttonsIn(reply.blocks).filter((b) => b.action_id.startsWith('mw.go.'))) {
      const state = decodeState(app.guide.kb, b.value);
      expect(state.ok && state.conversation.lang).toBe('en');
    }
  });

  it('lang en with a question routes it in English', async () => {
    const { reply, app } = await command('lang en fingerprint at the till');
    const state = decodeState(app.guide.kb, buttonIn(reply.blocks, WIRE.anyAsker).value);
    expect(state.ok && state.conversation).toMatchObject({ flow: 'biometrics', lang: 'en' });
  });

  it('lang with an unknown language explains how to choose one', async () => {
    const { reply } = await command('lang fr');
    expect(textOf(reply.blocks)).toContain('/monitorwijzer lang en');
  });

  it('in a direct message between people also answers through the response_url, never as a post', async () => {
    const { reply } = await command('privacy', IDS.dm);
    expect(reply.response_type).toBe('ephemeral');
  });
});
