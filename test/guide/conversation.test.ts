import { describe, expect, it } from 'vitest';
import {
  answer,
  back,
  backTo,
  type Conversation,
  restart,
  type Step,
  start,
  UNKNOWN,
  walk,
  withAsker,
} from '../../src/guide/conversation.js';
import { loadFixture, TOOLS_FLOW, validKb } from '../helpers/fixtures.js';

const kb = validKb();
const stepIn = (base: typeof kb, c: Conversation): Step => {
  const result = walk(base, c);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.step;
};
const stepOf = (c: Conversation) => stepIn(kb, c);
const demo = (
  answers: Conversation['answers'],
  asker: Conversation['asker'] = 'employee',
  facts: Conversation['facts'] = {},
) => ({
  ...start('demo', 'nl', asker, facts),
  answers,
});

const toolsKb = () => loadFixture({ 'flows/tools.yml': TOOLS_FLOW }).kb!;

describe('who is asking', () => {
  it('is asked first when a flow serves several askers and the conversation does not say', () => {
    const step = stepOf(start('demo'));
    expect(step).toMatchObject({ type: 'asker', askers: ['employee', 'manager'], answered: [] });
  });

  it('changes the words of a question and of an outcome for that asker', () => {
    const employee = stepOf(demo(['till']));
    const manager = stepOf(demo(['till'], 'manager'));
    expect(employee.type === 'question' && employee.question.question.nl).toBe('Is er een alternatief?');
    expect(manager.type === 'question' && manager.question.question.nl).toBe('Bieden jullie een alternatief?');
    const outcome = stepOf(demo(['till', 'no'], 'manager'));
    expect(outcome.type === 'outcome' && outcome.parts[0]!.outcome.summary.nl).toBe('Voer het zo niet in.');
  });

  it('leaves a letter out for an asker whose variant says none', () => {
    const employee = stepOf(demo(['door']));
    const manager = stepOf(demo(['door'], 'manager'));
    expect(employee.type === 'outcome' && employee.parts[0]!.outcome.letter).toBeDefined();
    expect(manager.type === 'outcome' && manager.parts[0]!.outcome.letter).toBeUndefined();
  });

  it('refuses an asker the flow does not serve', () => {
    expect(walk(kb, demo([], 'applicant'))).toMatchObject({
      ok: false,
      error: { code: 'unknown_asker', valid: ['employee', 'manager'] },
    });
  });

  it('can be changed: the flow starts again for the new asker, keeping what their question said', () => {
    const c = demo(['till'], 'employee', { purpose: 'till' });
    expect(withAsker(c, 'manager')).toEqual({ ...c, asker: 'manager', answers: [] });
    expect(stepOf(withAsker(c, undefined)).type).toBe('asker');
  });
});

describe('walking a flow', () => {
  it('starts at the start question with a progress estimate of the longest path', () => {
    expect(stepOf(demo([]))).toMatchObject({
      type: 'question',
      node: 'purpose',
      progress: { current: 1, total: 2 },
      answered: [],
    });
  });

  it('moves to the next question and counts the answers so far', () => {
    const step = stepOf(demo(['till']));
    expect(step).toMatchObject({ type: 'question', node: 'choice', progress: { current: 2, total: 2 } });
    expect(step.answered.map((a) => [a.question, a.options.map((o) => o.id), a.from])).toEqual([
      ['purpose', ['till'], 'answer'],
    ]);
  });

  it('ends in an outcome with its grounds, rulings and routes resolved, and the oldest review date', () => {
    const step = stepOf(demo(['till', 'no']));
    if (step.type !== 'outcome') throw new Error('not an outcome');
    expect(step.verdict).toBe('not_allowed');
    expect(step.parts).toHaveLength(1);
    expect(step.parts[0]!.grounds.map((g) => g.citation)).toEqual(['AVG art. 9']);
    expect(step.parts[0]!.rulings.map((r) => r.citation)).toEqual(['ECLI:NL:RBAMS:2019:6005']);
    expect(step.routes.map((r) => r.route.id)).toEqual(['employer', 'or']);
    expect(step.reviewed).toBe('2026-11-01');
  });

  it('goes back one answer, back to any earlier question, and restarts for the same asker', () => {
    const done = demo(['till', 'yes']);
    const atEnd = stepOf(done);
    expect(stepOf(back(done, atEnd)).type === 'question' && (stepOf(back(done, atEnd)) as { node: string }).node).toBe(
      'choice',
    );
    expect((stepOf(backTo(done, atEnd.answered[0]!)) as { node: string }).node).toBe('purpose');
    expect(restart(done)).toEqual({ ...done, answers: [], facts: {} });
    expect(back(demo([]), stepOf(demo([])))).not.toHaveProperty('asker');
  });

  it('rejects an unknown flow, an unknown option and answers past the outcome', () => {
    expect(walk(kb, start('nope'))).toEqual({ ok: false, error: { code: 'unknown_flow', flow: 'nope' } });
    expect(walk(kb, demo(['window']))).toEqual({
      ok: false,
      error: { code: 'unknown_option', flow: 'demo', node: 'purpose', option: 'window', valid: ['till', 'door'] },
    });
    expect(walk(kb, demo(['door', 'yes']))).toEqual({
      ok: false,
      error: { code: 'past_outcome', flow: 'demo', node: 'door_ok' },
    });
    expect(walk(kb, demo(['till', 'no'], 'employee', {})).ok).toBe(true);
  });
});

describe('"weet ik niet"', () => {
  it('leads where the flow says, and the outcome names what it turns on and how to find out', () => {
    const step = stepOf(demo(['till', UNKNOWN]));
    if (step.type !== 'outcome') throw new Error('not an outcome');
    expect(step.parts[0]!.node).toBe('till_depends');
    expect(step.open).toEqual([
      {
        question: 'choice',
        text: expect.objectContaining({ nl: 'Is er een alternatief?' }),
        findOut: { nl: 'Vraag het HR.', en: 'Ask HR.' },
      },
    ]);
    expect(step.answered.at(-1)).toMatchObject({ unknown: true, options: [] });
  });

  it('is refused where the question does not offer it', () => {
    expect(walk(kb, demo([UNKNOWN]))).toMatchObject({ ok: false, error: { code: 'no_unknown', node: 'purpose' } });
  });
});

describe('facts from the question', () => {
  it('answer their question when the walk reaches it, marked as taken from the question', () => {
    const step = stepOf(demo([], 'employee', { purpose: 'till' }));
    expect(step).toMatchObject({ type: 'question', node: 'choice' });
    expect(step.answered).toEqual([expect.objectContaining({ question: 'purpose', from: 'question', at: 0 })]);
  });

  it('can be changed: going back to one drops it and shows its question again', () => {
    const c = demo(['no'], 'employee', { purpose: 'till' });
    const step = stepOf(c);
    const changed = backTo(c, step.answered[0]!);
    expect(changed.facts).toEqual({});
    expect(changed.answers).toEqual([]);
    expect(stepOf(changed)).toMatchObject({ type: 'question', node: 'purpose' });
  });

  it('are ignored where they are no valid answer, so the question is asked', () => {
    expect(stepOf(demo([], 'employee', { purpose: 'window' }))).toMatchObject({ type: 'question', node: 'purpose' });
    expect(stepOf(demo([], 'employee', { purpose: ['till', 'door'] }))).toMatchObject({
      type: 'question',
      node: 'purpose',
    });
  });
});

describe('several answers at once', () => {
  const base = (answers: Conversation['answers']) => ({ ...start('tools', 'nl'), answers });

  it('walks every chosen practice on its own way, asking a shared question once per branch', () => {
    const k = toolsKb();
    const first = stepIn(k, base([['screenshots', 'keys']]));
    expect(first).toMatchObject({ type: 'question', node: 'routine' });
    const done = stepIn(k, base([['screenshots', 'keys'], 'yes']));
    if (done.type !== 'outcome') throw new Error('not an outcome');
    expect(done.parts.map((p) => [p.practice?.id, p.node])).toEqual([
      ['keys', 'keys_out'],
      ['screenshots', 'routine_out'],
    ]);
    expect(done.verdict).toBe('not_allowed');
  });

  it('reuses an answer when a second branch reaches the same question', () => {
    const k = toolsKb();
    const done = stepIn(k, base([['screenshots', 'idle'], 'no']));
    if (done.type !== 'outcome') throw new Error('not an outcome');
    expect(done.parts.map((p) => [p.practice?.id, p.node])).toEqual([
      ['screenshots', 'ok_out'],
      ['idle', 'ok_out'],
    ]);
    expect(done.answered.map((a) => a.question)).toEqual(['what', 'routine']);
  });

  it('takes one chosen option as an ordinary answer', () => {
    const done = stepIn(toolsKb(), base([['keys']]));
    expect(done.type === 'outcome' && done.parts.map((p) => p.node)).toEqual(['keys_out']);
  });

  it('refuses several answers to a question that takes one', () => {
    expect(walk(kb, demo([['till', 'door']]))).toMatchObject({
      ok: false,
      error: { code: 'not_multiple', node: 'purpose' },
    });
  });

  it('lists each route once, in the order the parts name them', () => {
    const done = stepIn(toolsKb(), base([['screenshots', 'keys'], 'yes']));
    expect(done.type === 'outcome' && done.routes.map((r) => r.route.id)).toEqual(['employer', 'or']);
  });

  it('keeps the answer one keeps adding to', () => {
    expect(answer(base([]), ['keys']).answers).toEqual([['keys']]);
  });
});
