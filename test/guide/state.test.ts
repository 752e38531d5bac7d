import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Conversation } from '../../src/guide/conversation.js';
import { decodeState, encodeState, peekState, STATE_PATTERN } from '../../src/guide/state.js';
import { loadFixture, VALID_ROOT, validKb } from '../helpers/fixtures.js';

const kb = validKb();
const conversation: Conversation = { flow: 'demo', lang: 'en', asker: 'employee', facts: {}, answers: ['till', 'yes'] };
const demoFlow = readFileSync(join(VALID_ROOT, 'flows/demo.yml'), 'utf8');

describe('conversation state in a button value', () => {
  it('round-trips flow, language and answers in a short string', () => {
    const value = encodeState(kb, conversation);
    expect(value.length).toBeLessThan(100);
    expect(decodeState(kb, value)).toEqual({ ok: true, conversation });
  });

  it('round-trips the empty start of a flow', () => {
    const fresh: Conversation = { flow: 'demo', lang: 'nl', facts: {}, answers: [] };
    expect(decodeState(kb, encodeState(kb, fresh))).toEqual({ ok: true, conversation: fresh });
  });

  it('round-trips who asks, facts from the question, several answers and "weet ik niet"', () => {
    const full: Conversation = {
      flow: 'demo',
      lang: 'nl',
      asker: 'manager',
      facts: { purpose: 'till' },
      answers: ['?'],
    };
    const value = encodeState(kb, full);
    expect(value).toMatch(/^2:nl:demo:[\w-]+:m:purpose=till:\?:[\w-]{6}$/);
    expect(decodeState(kb, value)).toEqual({ ok: true, conversation: full });
    const several: Conversation = {
      flow: 'demo',
      lang: 'en',
      asker: 'employee',
      facts: { purpose: ['till', 'door'] },
      answers: ['till'],
    };
    expect(decodeState(kb, encodeState(kb, several))).toMatchObject({ ok: true });
  });

  it('reads a value made before this format as outdated, so the person gets a fresh start', () => {
    expect(decodeState(kb, '1:nl:demo:abcdefgh:till.yes:xyzxyz')).toEqual({
      ok: false,
      error: { code: 'outdated', flow: 'demo' },
    });
  });

  it('detects a value that was edited', () => {
    const value = encodeState(kb, conversation).replace(':till.yes:', ':till.no:');
    expect(decodeState(kb, value)).toEqual({ ok: false, error: { code: 'tampered' } });
  });

  it('refuses values that are not state at all, without throwing', () => {
    for (const junk of [
      undefined,
      42,
      '',
      'hello',
      '1:nl:demo',
      'x'.repeat(5000),
      '2:nl:demo:abc::xyz',
      '1:de:demo:abc::xyz',
    ]) {
      expect(decodeState(kb, junk).ok).toBe(false);
    }
  });

  it('reports a flow that no longer exists', () => {
    const other = loadFixture({ 'flows/demo.yml': demoFlow.replace('id: demo', 'id: renamed') }).kb!;
    expect(decodeState(other, encodeState(kb, conversation))).toEqual({
      ok: false,
      error: { code: 'unknown_flow', flow: 'demo' },
    });
  });

  it('continues when the flow changed but the answers still lead somewhere', () => {
    const changed = loadFixture({
      'flows/demo.yml': demoFlow.replace('Is er een alternatief?', 'Is er een gelijkwaardig alternatief?'),
    }).kb!;
    expect(decodeState(changed, encodeState(kb, conversation))).toEqual({ ok: true, conversation });
  });

  it('peeks at the language and flow of a value it cannot trust, for a kind answer', () => {
    const value = encodeState(kb, conversation).replace(':till.yes:', ':till.no:');
    expect(peekState(value)).toEqual({ lang: 'en', flow: 'demo', asker: 'employee' });
    expect(peekState(42)).toEqual({ lang: 'nl' });
    expect(peekState('9:xx')).toEqual({ lang: 'nl', flow: undefined });
  });

  it('masks every state in a text with the pattern the logger uses', () => {
    const text = `clicked ${encodeState(kb, conversation)} then ${encodeState(kb, { ...conversation, lang: 'nl' })}.`;
    expect(text.replace(STATE_PATTERN, '‹state›')).toBe('clicked ‹state› then ‹state›');
  });

  it('reports an outdated value when the changed flow no longer has those answers', () => {
    const changed = loadFixture({ 'flows/demo.yml': demoFlow.replace('id: "yes"', 'id: "ja"') }).kb!;
    expect(decodeState(changed, encodeState(kb, conversation))).toEqual({
      ok: false,
      error: { code: 'outdated', flow: 'demo' },
    });
  });
});
