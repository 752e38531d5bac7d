import { describe, expect, it } from 'vitest';
import { answer, back, backTo, type Conversation, restart, start, walk } from '../../src/guide/conversation.js';
import { validKb } from '../helpers/fixtures.js';

const kb = validKb();
const stepOf = (c: Conversation) => {
  const result = walk(kb, c);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.step;
};

describe('walking a flow', () => {
  it('starts at the start question with a progress estimate of the longest path', () => {
    const step = stepOf(start('demo'));
    expect(step).toMatchObject({ type: 'question', node: 'purpose', progress: { current: 1, total: 2 }, answered: [] });
  });

  it('moves to the next question and counts the answers so far', () => {
    const step = stepOf(answer(start('demo'), 'till'));
    expect(step).toMatchObject({ type: 'question', node: 'choice', progress: { current: 2, total: 2 } });
    expect(step.answered.map((a) => [a.question, a.option.id])).toEqual([['purpose', 'till']]);
  });

  it('ends in an outcome with its grounds, rulings and routes resolved, and the oldest review date', () => {
    const step = stepOf({ flow: 'demo', lang: 'nl', answers: ['till', 'no'] });
    expect(step.type).toBe('outcome');
    if (step.type !== 'outcome') return;
    expect(step.outcome.verdict).toBe('not_allowed');
    expect(step.grounds.map((g) => g.citation)).toEqual(['AVG art. 9']);
    expect(step.rulings.map((r) => r.citation)).toEqual(['ECLI:NL:RBAMS:2019:6005']);
    expect(step.routes.map((r) => r.id)).toEqual(['employer', 'or']);
    expect(step.reviewed).toBe('2026-11-01');
  });

  it('goes back one answer, back to any earlier question, and restarts', () => {
    const done: Conversation = { flow: 'demo', lang: 'en', answers: ['till', 'yes'] };
    expect(stepOf(back(done)).node).toBe('choice');
    expect(stepOf(backTo(done, 0)).node).toBe('purpose');
    expect(restart(done)).toEqual({ flow: 'demo', lang: 'en', answers: [] });
    expect(back(start('demo')).answers).toEqual([]);
  });

  it('rejects an unknown flow, an unknown option and answers past the outcome', () => {
    expect(walk(kb, start('nope'))).toEqual({ ok: false, error: { code: 'unknown_flow', flow: 'nope' } });
    expect(walk(kb, { flow: 'demo', lang: 'nl', answers: ['window'] })).toEqual({
      ok: false,
      error: { code: 'unknown_option', flow: 'demo', node: 'purpose', option: 'window', valid: ['till', 'door'] },
    });
    expect(walk(kb, { flow: 'demo', lang: 'nl', answers: ['door', 'yes'] })).toEqual({
      ok: false,
      error: { code: 'past_outcome', flow: 'demo', node: 'door_ok' },
    });
  });
});
