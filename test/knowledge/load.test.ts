import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Diagnostic, formatDiagnostic } from '../../src/knowledge/diagnostics.js';
import { loadOrganisation } from '../../src/knowledge/load.js';
import { fixtureRoot, loadFixture, VALID_ROOT } from '../helpers/fixtures.js';

const demoFlow = readFileSync(join(VALID_ROOT, 'flows/demo.yml'), 'utf8');
const baseKnowledge = readFileSync(join(VALID_ROOT, 'knowledge/base.yml'), 'utf8');

/** The demo flow with one piece of text replaced; fails loudly if the piece is not there. */
function editedFlow(find: string, replace: string): string {
  if (!demoFlow.includes(find)) throw new Error(`fixture does not contain ${find}`);
  return demoFlow.replace(find, replace);
}

const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;

function errorsOf(files: Record<string, string | Uint8Array | null>): Diagnostic[] {
  const result = loadFixture(files);
  expect(result.kb).toBeUndefined();
  return result.diagnostics.filter((d) => d.severity === 'error');
}

describe('loading valid knowledge', () => {
  it('builds a knowledge base with every flow, ground, ruling and route', () => {
    const { kb, diagnostics } = loadFixture();
    expect(diagnostics).toEqual([]);
    expect([...kb!.flows.keys()]).toEqual(['demo']);
    expect([...kb!.grounds.keys()]).toEqual(['avg-9']);
    expect([...kb!.routes.keys()]).toEqual(['employer', 'or']);
    expect(kb!.flows.get('demo')!.questionsLeft.get('purpose')).toBe(2);
  });

  it('gives the same content the same version hash, and changed content a new one', () => {
    const a = loadFixture().kb!;
    const b = loadFixture().kb!;
    const c = loadFixture({ 'flows/demo.yml': editedFlow('De kassa', 'De kassa of pin') }).kb!;
    expect(a.version).toBe(b.version);
    expect(c.version).not.toBe(a.version);
    expect(c.flows.get('demo')!.hash).not.toBe(a.flows.get('demo')!.hash);
  });
});

describe('reporting broken knowledge with file, line and message', () => {
  it('reports YAML syntax errors at their line', () => {
    const text = editedFlow(
      '    question: { nl: Waarvoor?, en: What for? }',
      '    question: { nl: Waarvoor?, en: What for?',
    );
    const [error] = errorsOf({ 'flows/demo.yml': text });
    // The parser notices the missing "}" where the next line starts.
    expect(error).toMatchObject({ file: 'flows/demo.yml', line: lineOf(text, 'question: { nl: Waarvoor?') + 1 });
    expect(error!.message).toMatch(/^YAML syntax: Flow map .* end with a \}/);
  });

  it('reports a key written twice in one mapping', () => {
    const text = editedFlow('start: purpose\n', 'start: purpose\nstart: choice\n');
    const [error] = errorsOf({ 'flows/demo.yml': text });
    expect(error).toMatchObject({ file: 'flows/demo.yml', line: lineOf(text, 'start: choice') });
    expect(error!.message).toMatch(/same key appears twice/);
  });

  it('reports a misspelt field as unknown, at its line', () => {
    const text = baseKnowledge.replace('    citation: AVG art. 9', '    citaton: AVG art. 9');
    const errors = errorsOf({ 'knowledge/base.yml': text });
    expect(errors.map(formatDiagnostic)).toContain(
      `knowledge/base.yml:${lineOf(text, 'citaton')}:5 error grounds[0].citaton: unknown field "citaton" (check the spelling)`,
    );
  });

  it('explains that an unquoted comma split a text in two', () => {
    const text = editedFlow(
      'label: { nl: De deur, en: The door }',
      'label: { nl: De deur, die open moet, en: The door }',
    );
    const [error] = errorsOf({ 'flows/demo.yml': text });
    expect(error!.path).toBe('questions.purpose.options[1].label.die open moet');
    expect(error!.message).toMatch(/comma inside \{ \.\.\. \} splits a text in two: put the whole text in quotes/);
  });

  it('reports a missing translation by language', () => {
    const text = editedFlow('reasoning: { nl: Verboden., en: Prohibited. }', 'reasoning: { nl: Verboden. }');
    const [error] = errorsOf({ 'flows/demo.yml': text });
    expect(error).toMatchObject({
      line: lineOf(text, 'reasoning: { nl: Verboden. }'),
      path: 'outcomes.till_no.reasoning.en',
      message: 'missing English (en) translation',
    });
  });

  it('reports a verdict outside the fixed set with the allowed values', () => {
    const text = editedFlow('verdict: not_allowed', 'verdict: forbidden');
    const [error] = errorsOf({ 'flows/demo.yml': text });
    expect(error).toMatchObject({ line: lineOf(text, 'verdict: forbidden'), path: 'outcomes.till_no.verdict' });
    expect(error!.message).toBe(
      'must be one of: allowed, allowed_with_conditions, likely_not_allowed, not_allowed, depends',
    );
  });

  it('reports an option that leads to a node that does not exist', () => {
    const text = editedFlow('next: till_no', 'next: till_nope');
    const [error] = errorsOf({ 'flows/demo.yml': text });
    expect(error).toMatchObject({ line: lineOf(text, 'till_nope'), path: 'questions.choice.options[0].next' });
    expect(error!.message).toMatch(/^unknown node "till_nope" \(known: purpose, choice, till_no/);
  });

  it('reports a reference to a ground, ruling or route that is not defined', () => {
    const text = editedFlow(
      '    rulings: [demo-ruling]\n    routes: [employer, or]',
      '    rulings: [manfeld]\n    routes: [employer, ap]',
    );
    const errors = errorsOf({ 'flows/demo.yml': text });
    expect(errors.map((e) => [e.line, e.message])).toEqual([
      [lineOf(text, 'rulings: [manfeld]'), 'unknown ruling "manfeld" (not defined under knowledge/)'],
      [lineOf(text, 'routes: [employer, ap]'), 'unknown route "ap" (not defined under knowledge/)'],
    ]);
  });

  it('reports an id defined twice, naming where it was first defined', () => {
    const second = baseKnowledge.split('rulings:')[0]!;
    const errors = errorsOf({ 'knowledge/more.yml': second });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      file: 'knowledge/more.yml',
      line: 2,
      message: 'duplicate ground id "avg-9" (first defined at knowledge/base.yml:2)',
    });
  });

  it('allows only one flow to be the tool check before rollout', () => {
    const checking = editedFlow('id: demo', 'id: demo\ntool_check: true');
    const errors = errorsOf({
      'flows/demo.yml': checking,
      'flows/other.yml': checking.replace('id: demo', 'id: other'),
    });
    expect(errors.map((e) => [e.file, e.message])).toEqual([
      ['flows/other.yml', 'only one flow can be the tool check before rollout'],
    ]);
  });

  it('reports questions and outcomes that cannot be reached from the start', () => {
    const text = editedFlow('        next: door_ok', '        next: till_no');
    const errors = errorsOf({ 'flows/demo.yml': text });
    expect(errors.map((e) => e.message)).toEqual(['outcome "door_ok" cannot be reached from the start node']);
    expect(errors[0]!.line).toBe(lineOf(text, '  door_ok:'));
  });

  it('reports a cycle and the dead end it causes', () => {
    const text = editedFlow('        next: till_depends', '        next: purpose').replace(
      'next: till_no',
      'next: choice',
    );
    const messages = errorsOf({ 'flows/demo.yml': text }).map((e) => e.message);
    expect(messages).toContain('cycle: purpose → choice → purpose; a flow must always move towards an outcome');
    expect(messages).toContain('cycle: choice → choice; a flow must always move towards an outcome');
    expect(messages).toContain('outcome "till_no" cannot be reached from the start node');
  });

  it('reports a question from which no outcome can be reached', () => {
    const text = editedFlow('        next: till_depends', '        next: choice')
      .replace('      next: till_depends', '      next: choice')
      .replace('next: till_no', 'next: choice');
    const messages = errorsOf({ 'flows/demo.yml': text }).map((e) => e.message);
    expect(messages).toContain('dead end: no outcome can be reached from question "choice"');
  });

  it('requires every outcome to cite a legal ground and an escalation route', () => {
    const text = editedFlow(
      '    grounds: [avg-9]\n    rulings: [demo-ruling]\n    routes: [employer, or]',
      '    grounds: []\n    routes: []',
    );
    const messages = errorsOf({ 'flows/demo.yml': text }).map((e) => `${e.path}: ${e.message}`);
    expect(messages).toEqual([
      'outcomes.till_no.grounds: an outcome needs at least one legal ground',
      'outcomes.till_no.routes: an outcome needs at least one escalation route',
    ]);
  });

  it('requires a "depends" outcome to say what it depends on', () => {
    const text = editedFlow('    conditions:\n      - { nl: Echt vrije keuze., en: A genuinely free choice. }\n', '');
    const [error] = errorsOf({ 'flows/demo.yml': text });
    expect(error!.path).toBe('outcomes.till_depends.conditions');
    expect(error!.message).toMatch(/must list its conditions/);
  });

  it('refuses an option label longer than a Slack button allows', () => {
    const text = editedFlow('label: { nl: De deur, en: The door }', `label: { nl: "${'x'.repeat(76)}", en: The door }`);
    const [error] = errorsOf({ 'flows/demo.yml': text });
    expect(error).toMatchObject({
      path: 'questions.purpose.options[1].label.nl',
      message: 'is longer than 75 characters',
    });
  });

  it('refuses an unknown placeholder in a letter', () => {
    const text = editedFlow('ik koos {answer:purpose}', 'ik koos {answer:nothing} {name}');
    const messages = errorsOf({ 'flows/demo.yml': text }).map((e) => e.message);
    expect(messages).toEqual([
      'unknown placeholder "{answer:nothing}"; use {organisation}, {date} or {answer:<question id>}',
      'unknown placeholder "{name}"; use {organisation}, {date} or {answer:<question id>}',
    ]);
  });

  it('reports every problem at once, across files, sorted by file and line', () => {
    const flow = editedFlow('verdict: not_allowed', 'verdict: nope').replace(
      'askers: [employee, manager]',
      'askers: [employee, boss]',
    );
    const knowledge = baseKnowledge.replace('reviewed: 2026-11-01', 'reviewed: 01-11-2026');
    const errors = errorsOf({ 'flows/demo.yml': flow, 'knowledge/base.yml': knowledge });
    expect(errors.map((e) => `${e.file}:${e.line}`)).toEqual([
      `flows/demo.yml:${lineOf(flow, 'askers:')}`,
      `flows/demo.yml:${lineOf(flow, 'verdict: nope')}`,
      `knowledge/base.yml:${lineOf(knowledge, '01-11-2026')}`,
    ]);
  });

  it('refuses a file that is not UTF-8, naming the line', () => {
    const bytes = Buffer.concat([Buffer.from('id: demo\ntitle: '), Buffer.from([0xff, 0xfe]), Buffer.from('\n')]);
    const [error] = errorsOf({ 'flows/demo.yml': bytes });
    expect(error).toMatchObject({
      file: 'flows/demo.yml',
      line: 2,
      message: 'file is not valid UTF-8 text (save it as UTF-8)',
    });
  });

  it('refuses an oversized file without parsing it', () => {
    const [error] = errorsOf({ 'knowledge/huge.yml': `# ${'x'.repeat(1024 * 1024)}\n` });
    expect(error!.message).toMatch(/^file is \d+ bytes; the limit is 1048576 bytes$/);
  });

  it('refuses a YAML alias bomb instead of expanding it', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      ...'bcdefghi'.split('').map((k, i) => `${k}: &${k} [${Array(10).fill(`*${'abcdefghi'[i]}`).join(', ')}]`),
    ].join('\n');
    const [error] = errorsOf({ 'knowledge/bomb.yml': bomb });
    expect(error!.message).toMatch(/^YAML could not be read: .*alias/i);
  });

  it('fails when there are no flows at all', () => {
    const errors = errorsOf({ 'flows/demo.yml': null });
    expect(errors.map((e) => e.message)).toEqual(['no flow files (*.yml) found']);
  });
});

describe('review dates', () => {
  it('warns about a ground reviewed more than 12 months ago, without failing', () => {
    const text = baseKnowledge.replace('    reviewed: 2026-11-01\nrulings', '    reviewed: 2025-10-01\nrulings');
    const { kb, diagnostics } = loadFixture({ 'knowledge/base.yml': text });
    expect(kb).toBeDefined();
    expect(diagnostics).toEqual([
      expect.objectContaining({
        severity: 'warning',
        path: 'grounds[0].reviewed',
        message: 'last reviewed 2025-10-01, more than 12 months ago: check it is still correct',
      }),
    ]);
  });

  it('warns when a time-sensitive fact has passed its re-check date', () => {
    const text = baseKnowledge.replace(
      '    reviewed: 2026-11-01\nrulings',
      '    reviewed: 2026-11-01\n    time_sensitive:\n      note: { nl: Wetsvoorstel., en: A bill is pending. }\n      recheck: 2026-11-20\nrulings',
    );
    const { kb, diagnostics } = loadFixture({ 'knowledge/base.yml': text });
    expect(kb).toBeDefined();
    expect(diagnostics.map((d) => [d.severity, d.line, d.message])).toEqual([
      ['warning', lineOf(text, 'recheck:'), 're-check date 2026-11-20 has passed: A bill is pending.'],
    ]);
  });
});

describe('organisation settings', () => {
  it('is optional when the default file is absent', () => {
    expect(loadOrganisation(undefined, fixtureRoot())).toEqual({ ok: true });
  });

  it('reads contacts from the given file', () => {
    const root = fixtureRoot({
      'org.yml': 'name: Acme\nrepresentation: pvt\ncontacts:\n  fg: { name: Privacyteam, how: fg@acme.nl }\n',
    });
    expect(loadOrganisation(join(root, 'org.yml'), root)).toEqual({
      ok: true,
      organisation: {
        name: 'Acme',
        representation: 'pvt',
        contacts: { fg: { name: 'Privacyteam', how: 'fg@acme.nl' } },
      },
    });
  });

  it('reports an invalid file with its line, and a missing explicit file', () => {
    const root = fixtureRoot({ 'org.yml': 'name: Acme\nrepresentation: ondernemingsraad\n' });
    const bad = loadOrganisation(join(root, 'org.yml'), root);
    expect(bad).toEqual({
      ok: false,
      diagnostics: [expect.objectContaining({ file: 'org.yml', line: 2, message: 'must be one of: or, pvt, none' })],
    });
    expect(loadOrganisation(join(root, 'missing.yml'), root)).toMatchObject({
      ok: false,
      diagnostics: [{ message: 'organisation file not found' }],
    });
  });
});
