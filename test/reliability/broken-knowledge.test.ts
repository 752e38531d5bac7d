import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/knowledge/diagnostics.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { fixtureRoot, TODAY, VALID_ROOT } from '../helpers/fixtures.js';

/**
 * A corpus of broken knowledge bases, each generated from the valid fixture with one thing broken. The cases in
 * test/knowledge/load.test.ts are not repeated here; together they cover every kind of mistake the loader names.
 */

const demo = readFileSync(join(VALID_ROOT, 'flows/demo.yml'), 'utf8');
const base = readFileSync(join(VALID_ROOT, 'knowledge/base.yml'), 'utf8');

function edit(text: string, find: string, replace: string): string {
  if (!text.includes(find)) throw new Error(`fixture does not contain ${JSON.stringify(find)}`);
  return text.replace(find, replace);
}
const flow = (find: string, replace: string) => edit(demo, find, replace);
const knowledge = (find: string, replace: string) => edit(base, find, replace);
const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;

/** A chain of `length` questions in front of the demo flow, each one line of flow-style YAML. */
function chainedFlow(length: number): string {
  const questions = Array.from({ length }, (_, i) => {
    const next = i + 1 < length ? `q${i + 1}` : 'purpose';
    return `  q${i}: { question: { nl: V, en: Q }, options: [{ id: a, label: { nl: A, en: A }, next: ${next} }, { id: b, label: { nl: B, en: B }, next: till_no }] }\n`;
  });
  return flow('start: purpose', 'start: q0').replace('questions:\n', `questions:\n${questions.join('')}`);
}

/** Nested mappings that each merge the one before twice: 2^16 copies if expanded. */
const mappingBomb = [
  'a0: &a0 { k: v }',
  ...Array.from({ length: 16 }, (_, i) => `a${i + 1}: &a${i + 1} [*a${i}, *a${i}]`),
].join('\n');

const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(demo, 'utf16le')]);
const pngHeader = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);

interface BrokenCase {
  kind: string;
  files: Record<string, string | Uint8Array | null>;
  /** Where the first relevant error must point. */
  file: string;
  line: number;
  message: RegExp;
}

const cases: BrokenCase[] = [];
const add = (kind: string, files: BrokenCase['files'], file: string, line: number, message: RegExp) =>
  cases.push({ kind, files, file, line, message });

// YAML syntax
{
  const text = flow('title: { nl: Demo-onderwerp,', 'title: { nl: "Demo-onderwerp,');
  add(
    'a quote that is never closed',
    { 'flows/demo.yml': text },
    'flows/demo.yml',
    lineOf(text, 'title:'),
    /^YAML syntax: Missing closing "quote/,
  );
}
{
  const text = flow('askers: [employee, manager]', '  askers: [employee, manager]');
  add(
    'a key indented deeper than its siblings',
    { 'flows/demo.yml': text },
    'flows/demo.yml',
    lineOf(text, 'askers'),
    /^YAML syntax: All mapping items must start at the same column/,
  );
}
{
  const text = flow('askers: [employee, manager]', 'askers: [employee, manager');
  add(
    'a list in brackets that is never closed',
    { 'flows/demo.yml': text },
    'flows/demo.yml',
    lineOf(text, 'askers') + 1,
    /^YAML syntax: Flow sequence .* end with a \]/,
  );
}
{
  const text = flow('  purpose:\n    question:', '  purpose:\n\tquestion:');
  add(
    'a tab used to indent',
    { 'flows/demo.yml': text },
    'flows/demo.yml',
    lineOf(text, '\tquestion'),
    /^a tab is used to indent: YAML indents with spaces only$/,
  );
}
{
  const text = `${demo}---\nid: second\n`;
  add(
    'a second document in one file',
    { 'flows/demo.yml': text },
    'flows/demo.yml',
    lineOf(text, '---'),
    /^a second YAML document starts here/,
  );
}
{
  const text = flow('askers: [employee, manager]', 'askers: *people');
  add(
    'an alias without an anchor',
    { 'flows/demo.yml': text },
    'flows/demo.yml',
    lineOf(text, '*people'),
    /^alias \*people refers to no anchor \(&people\)$/,
  );
}
{
  const text = flow('title: { nl: Demo-onderwerp', 'title: { nl: !secret Demo-onderwerp');
  add(
    'an unknown YAML tag',
    { 'flows/demo.yml': text },
    'flows/demo.yml',
    lineOf(text, '!secret'),
    /^Unresolved tag: !secret: knowledge files use plain values/,
  );
}
{
  const text = flow('title: { nl: Demo-onderwerp', 'title: { nl: !!binary RGVtbw==');
  add(
    'a standard YAML tag that turns text into bytes',
    { 'flows/demo.yml': text },
    'flows/demo.yml',
    lineOf(text, '!!binary'),
    /^YAML tag !!binary: knowledge files use plain values/,
  );
}
{
  const text = `%YAML 1.1\n---\n${demo}`;
  add(
    'a %YAML 1.1 header (no would mean false)',
    { 'flows/demo.yml': text },
    'flows/demo.yml',
    3,
    /^the file declares YAML 1\.1: remove the %YAML line/,
  );
}
{
  const text = flow('start: purpose', '? [start, begin]\n: purpose');
  add(
    'a list used as a key',
    { 'flows/demo.yml': text },
    'flows/demo.yml',
    lineOf(text, '? ['),
    /^a key must be a plain name, not a list or mapping$/,
  );
}
{
  const text = flow(
    'title: { nl: Demo-onderwerp, en: Demo topic }',
    'title: { nl: Demo-onderwerp, nl: Demo, en: Demo topic }',
  );
  add(
    'a key written twice inside { ... }',
    { 'flows/demo.yml': text },
    'flows/demo.yml',
    lineOf(text, 'title:'),
    /^the same key appears twice in one mapping/,
  );
}
{
  const text = flow('  choice:\n', '  purpose:\n');
  add(
    'two questions with the same id',
    { 'flows/demo.yml': text },
    'flows/demo.yml',
    lineOf(text, '  purpose:\n    question: { nl: Is er'),
    /^the same key appears twice in one mapping/,
  );
}

// Encoding and invisible characters
add(
  'UTF-16 text with a byte order mark',
  { 'flows/demo.yml': utf16 },
  'flows/demo.yml',
  1,
  /^file is UTF-16 text \(save it as UTF-8\)$/,
);
{
  const text = flow('Een kleine testflow.', 'Een kleine café-flow.');
  add(
    'Latin-1 text (é as one byte)',
    { 'flows/demo.yml': Buffer.from(text, 'latin1') },
    'flows/demo.yml',
    lineOf(text, 'café'),
    /^file is not valid UTF-8 text/,
  );
}
add(
  'a binary file saved as .yml',
  { 'knowledge/logo.yml': pngHeader },
  'knowledge/logo.yml',
  1,
  /^file is not valid UTF-8 text/,
);
{
  const text = flow('Een kleine testflow.', 'Een kleine\u0000testflow.');
  add(
    'a NUL character',
    { 'flows/demo.yml': text },
    'flows/demo.yml',
    lineOf(text, '\u0000'),
    /^invisible control character U\+0000/,
  );
}
{
  const text = flow('start: purpose', '\ufeffstart: purpose');
  add(
    'a byte order mark inside the file',
    { 'flows/demo.yml': text },
    'flows/demo.yml',
    lineOf(text, '\ufeff'),
    /^a byte order mark \(U\+FEFF\) stands inside the file/,
  );
}

// A file that is not a mapping
add('an empty flow file', { 'flows/demo.yml': '' }, 'flows/demo.yml', 1, /^file is empty$/);
add(
  'a knowledge file with only a comment',
  { 'knowledge/extra.yml': '# grounds follow later\n' },
  'knowledge/extra.yml',
  1,
  /^file is empty$/,
);
add(
  'a file that is a list',
  { 'knowledge/extra.yml': '- id: avg-6\n- id: avg-7\n' },
  'knowledge/extra.yml',
  1,
  /^the file must be a mapping of fields \(key: value\), not a list$/,
);
add(
  'a file that is one line of text',
  { 'flows/demo.yml': 'mag mijn werkgever dat?\n' },
  'flows/demo.yml',
  1,
  /^the file must be a mapping of fields \(key: value\), not a text$/,
);

// Wrong types and values
{
  const text = flow('askers: [employee, manager]', 'askers: employee');
  add(
    'a text where a list belongs',
    { 'flows/demo.yml': text },
    'flows/demo.yml',
    lineOf(text, 'askers'),
    /^must be a list, not a text$/,
  );
}
{
  const text = flow('label: { nl: De deur, en: The door }', 'label: { nl: 1, en: The door }');
  add(
    'a number where a text belongs',
    { 'flows/demo.yml': text },
    'flows/demo.yml',
    lineOf(text, 'nl: 1,'),
    /^must be a text, not a number: put it in quotes \("1"\)$/,
  );
}
{
  const text = flow('start: purpose', 'start:');
  add(
    'a field without a value',
    { 'flows/demo.yml': text },
    'flows/demo.yml',
    lineOf(text, 'start:'),
    /^has no value$/,
  );
}
{
  const text = flow('title: { nl: Demo-onderwerp, en: Demo topic }', 'title: Demo-onderwerp');
  add(
    'one text where both languages belong',
    { 'flows/demo.yml': text },
    'flows/demo.yml',
    lineOf(text, 'title:'),
    /^must be a text in both languages/,
  );
}
{
  const text = flow('    options:\n      - id: "no"', '    options:\n      first:\n        id: "no"').replace(
    '        label: { nl: Nee, en: "No" }\n        next: till_no\n      - id: "yes"',
    '        label: { nl: Nee, en: "No" }\n        next: till_no\n      second:\n        id: "yes"',
  );
  add(
    'options as a mapping instead of a list',
    { 'flows/demo.yml': text },
    'flows/demo.yml',
    lineOf(text, '      first:') - 1,
    /^must be a list, not a mapping$/,
  );
}
{
  const text = knowledge('date: 2019-08-12', 'date: 2019-02-30');
  add(
    'a date that does not exist',
    { 'knowledge/base.yml': text },
    'knowledge/base.yml',
    lineOf(text, '2019-02-30'),
    /^must be a date written as YYYY-MM-DD$/,
  );
}
{
  const text = knowledge('url: https://eur-lex', 'url: http://eur-lex');
  add(
    'a link without https',
    { 'knowledge/base.yml': text },
    'knowledge/base.yml',
    lineOf(text, 'http://'),
    /^must be an https:\/\/ URL$/,
  );
}
{
  const text = flow('id: demo', 'id: Demo');
  add('an id with capitals', { 'flows/demo.yml': text }, 'flows/demo.yml', 1, /^must be lowercase letters, digits/);
}
{
  const text = flow(
    '      - id: door\n        label: { nl: De deur, en: The door }\n        cues: { nl: [deur], en: [door] }\n        next: door_ok\n',
    '',
  ).replace('  door_ok:', '  door_unused:');
  add(
    'a question with one option',
    { 'flows/demo.yml': text },
    'flows/demo.yml',
    lineOf(text, '    options:'),
    /^a question needs at least 2 options$/,
  );
}
{
  const text = flow('label: { nl: De deur, en: The door }', 'label: { nl: De deur, en: "" }');
  add('an empty translation', { 'flows/demo.yml': text }, 'flows/demo.yml', lineOf(text, 'en: ""'), /^is empty$/);
}
{
  const text = flow('askers: [employee, manager]', 'askers: [employee, ceo]');
  add(
    'an asker that does not exist',
    { 'flows/demo.yml': text },
    'flows/demo.yml',
    lineOf(text, 'askers'),
    /^must be one of: employee, manager, confidential_counsellor, works_council, applicant, platform_worker$/,
  );
}
{
  const text = knowledge('    contact: hr', '    contact: boss');
  add(
    'a route contact that organisation.yml cannot fill',
    { 'knowledge/base.yml': text },
    'knowledge/base.yml',
    lineOf(text, 'contact: boss'),
    /^must be one of: or, vertrouwenspersoon, fg, hr$/,
  );
}

// References, translations, ids, graph
{
  const text = flow('start: purpose', 'start: till_no');
  add(
    'a flow that starts at an outcome',
    { 'flows/demo.yml': text },
    'flows/demo.yml',
    lineOf(text, 'start:'),
    /^start node "till_no" is an outcome; a flow starts with a question$/,
  );
}
{
  const text = flow('    routes: [employer]\n', '    routes: [avg-9]\n');
  add(
    'a ground referenced as a route',
    { 'flows/demo.yml': text },
    'flows/demo.yml',
    lineOf(text, 'routes: [avg-9]'),
    /^unknown route "avg-9"/,
  );
}
{
  const text = knowledge('name: { nl: Ondernemingsraad, en: Works council }', 'name: { en: Works council }');
  add(
    'a missing Dutch text in a route',
    { 'knowledge/base.yml': text },
    'knowledge/base.yml',
    lineOf(text, 'name: { en: Works'),
    /^missing Dutch \(nl\) translation$/,
  );
}
{
  const text = flow('      - { nl: Vraag een pas., en: Ask for a badge. }', '      - { nl: Vraag een pas. }');
  add(
    'a missing English text in a list item',
    { 'flows/demo.yml': text },
    'flows/demo.yml',
    lineOf(text, '{ nl: Vraag een pas. }'),
    /^missing English \(en\) translation$/,
  );
}
{
  const text = flow('        next: till_depends', '        next: extra').replace(
    'outcomes:\n',
    '  extra:\n    question: { nl: Nog iets?, en: Anything else? }\n    options:\n      - { id: back, label: { nl: Terug, en: Back }, next: choice }\n      - { id: done, label: { nl: Klaar, en: Done }, next: till_depends }\noutcomes:\n',
  );
  add(
    'a cycle through three questions',
    { 'flows/demo.yml': text },
    'flows/demo.yml',
    lineOf(text, 'next: choice }'),
    /^cycle: choice → extra → choice;/,
  );
}
add(
  'one flow id in two files (.yml and .yaml)',
  { 'flows/demo.yaml': demo },
  'flows/demo.yml',
  1,
  /^duplicate flow id "demo" \(first defined at flows\/demo\.yaml:1\)$/,
);
{
  const text = knowledge('  - id: or\n', '  - id: employer\n');
  add(
    'one route id twice in a file',
    { 'knowledge/base.yml': text },
    'knowledge/base.yml',
    lineOf(text, '  - id: employer\n    name: { nl: Onder'),
    /^duplicate route id "employer"/,
  );
}
{
  const text = flow('      - id: door\n', '      - id: till\n');
  add(
    'one option id twice in a question',
    { 'flows/demo.yml': text },
    'flows/demo.yml',
    lineOf(text, '      - id: till\n        label: { nl: De deur'),
    /^duplicate option id "till" in question "purpose"$/,
  );
}
{
  const text = flow('  till_no:\n', '  choice:\n').replace('next: till_no', 'next: choice');
  add(
    'an id used for a question and an outcome',
    { 'flows/demo.yml': text },
    'flows/demo.yml',
    lineOf(text, '  choice:\n    verdict'),
    /^"choice" is both a question and an outcome/,
  );
}

// Size and resource attacks
{
  const text = chainedFlow(300);
  add(
    'a huge flow (300 questions in a row)',
    { 'flows/demo.yml': text },
    'flows/demo.yml',
    lineOf(text, 'start:'),
    /^the longest path through this flow asks 302 questions; a conversation holds at most 40 answers$/,
  );
}
// Reported at the line where the 50,001st token stands: the parser never sees the file.
add(
  'a list with tens of thousands of items',
  { 'knowledge/many.yml': `grounds:\n${'  - x\n'.repeat(40_000)}` },
  'knowledge/many.yml',
  8_334,
  /^file has more than 50000 YAML tokens/,
);
add(
  'brackets nested 10,000 deep',
  { 'knowledge/deep.yml': `grounds: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n` },
  'knowledge/deep.yml',
  1,
  /^values are nested more than 20 levels deep$/,
);
add(
  'list items nested 5,000 deep on one line',
  { 'knowledge/deep.yml': `grounds:\n${'- '.repeat(5_000)}x\n` },
  'knowledge/deep.yml',
  2,
  /^values are nested more than 20 levels deep$/,
);
{
  const text = `grounds:\n${Array.from({ length: 30 }, (_, i) => `${' '.repeat(2 * i + 2)}k${i}:`).join('\n')} x\n`;
  add(
    'mappings indented 30 levels deep',
    { 'knowledge/deep.yml': text },
    'knowledge/deep.yml',
    lineOf(text, 'k19:'),
    /^values are nested more than 20 levels deep$/,
  );
}
add(
  'an alias bomb of nested lists of mappings',
  { 'knowledge/bomb.yml': mappingBomb },
  'knowledge/bomb.yml',
  1,
  /^YAML could not be read: .*alias/i,
);
{
  const text = `x: &a avg-9\ngrounds:\n${'  - *a\n'.repeat(500)}`;
  add(
    'hundreds of aliases',
    { 'knowledge/aliases.yml': text },
    'knowledge/aliases.yml',
    103,
    /^more than 100 aliases \(\*name\) in one file: write the values out$/,
  );
}
{
  const text = `routes:\n${'  - { id: r, name: 1 }\n'.repeat(2_000)}`;
  add(
    'thousands of the same mistake',
    { 'knowledge/routes.yml': text },
    'knowledge/routes.yml',
    2,
    /^must be a text in both languages/,
  );
}

const timings: number[] = [];

describe('a broken knowledge base is refused, naming file and line', () => {
  it('has a corpus of at least 30 distinct kinds of breakage', () => {
    expect(new Set(cases.map((c) => c.kind)).size).toBe(cases.length);
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });

  it.each(cases)('$kind', ({ files, file, line, message }) => {
    const root = fixtureRoot(files);
    const started = performance.now();
    const result = loadKnowledge({ root, today: TODAY });
    const elapsed = performance.now() - started;
    timings.push(elapsed);
    expect(result.kb).toBeUndefined();
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    const matching = errors.filter((d) => d.file === file && message.test(d.message));
    expect(matching.map(formatDiagnostic), `errors were:\n${errors.map(formatDiagnostic).join('\n')}`).not.toEqual([]);
    expect(matching[0]!.line).toBe(line);
  });

  it('reports a repeated mistake a bounded number of times', () => {
    const errors = loadKnowledge({
      root: fixtureRoot({ 'knowledge/routes.yml': `routes:\n${'  - { id: r, name: 1 }\n'.repeat(2_000)}` }),
      today: TODAY,
    }).diagnostics;
    expect(errors.length).toBeLessThanOrEqual(51);
    expect(errors[errors.length - 1]!.message).toMatch(/^\d+ more problems in this file not shown: fix these first$/);
  });

  afterAll(() => {
    console.info(
      `[reliability] broken knowledge fixtures rejected: ${timings.length}/${cases.length}; slowest ${Math.round(Math.max(...timings))} ms`,
    );
  });
});

describe('harmless variations are still accepted', () => {
  it('accepts a UTF-8 byte order mark at the start and Windows line endings', () => {
    const { kb, diagnostics } = loadKnowledge({
      root: fixtureRoot({ 'flows/demo.yml': `\ufeff${demo.replaceAll('\n', '\r\n')}` }),
      today: TODAY,
    });
    expect(diagnostics).toEqual([]);
    expect(kb?.flows.get('demo')?.flow.title.nl).toBe('Demo-onderwerp');
  });

  it('accepts a tab inside a quoted text', () => {
    const { kb } = loadKnowledge({
      root: fixtureRoot({
        'flows/demo.yml': flow('summary: { nl: Niet toegestaan.', 'summary: { nl: "Niet\ttoegestaan."'),
      }),
      today: TODAY,
    });
    expect(kb?.flows.get('demo')?.flow.outcomes.till_no?.summary.nl).toBe('Niet\ttoegestaan.');
  });
});

/** `npm test` builds before running the tests: the CLI is what authors and CI run, dist/main.js what `npm start` runs. */
const CLI = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));
const MAIN = fileURLToPath(new URL('../../dist/main.js', import.meta.url));
/** The real knowledge validates within 24 MB of heap; the hostile files must not need much more. */
const HEAP_LIMIT_MB = 64;

/** Files that attack the parser's time and memory, each under the size limit unless it tests that limit. */
const HOSTILE = {
  'knowledge/bomb.yml': mappingBomb,
  'knowledge/almost-1mb.yml': `grounds: [${'1,'.repeat(500_000)}]\n`,
  'knowledge/many.yml': `grounds:\n${'  - x\n'.repeat(150_000)}`,
  'knowledge/keys.yml': `grounds:\n${Array.from({ length: 100_000 }, (_, i) => `  k${i}: 1\n`).join('')}`.slice(
    0,
    1_000_000,
  ),
  'knowledge/deep.yml': `grounds: ${'['.repeat(400_000)}${']'.repeat(400_000)}\n`,
  'knowledge/oversized.yml': `grounds:\n${'  - x\n'.repeat(200_000)}`,
  'flows/demo.yml': chainedFlow(700),
};

describe(`a base full of hostile files, with a heap of only ${HEAP_LIMIT_MB} MB`, () => {
  const run = (args: string[], env: Record<string, string> = {}) =>
    spawnSync(process.execPath, [`--max-old-space-size=${HEAP_LIMIT_MB}`, ...args], {
      encoding: 'utf8',
      timeout: 15_000,
      env: { PATH: process.env.PATH ?? '', ...env },
    });

  it('is refused by validate, naming every file', () => {
    const result = run([CLI, 'validate', '--dir', fixtureRoot(HOSTILE)]);
    expect(result.stderr).not.toMatch(/heap out of memory|Maximum call stack/);
    expect(result.status).toBe(1);
    for (const file of Object.keys(HOSTILE)) expect(result.stderr + result.stdout).toContain(`${file}:`);
  });

  it('keeps the app from starting in Slack', () => {
    const env = {
      SLACK_BOT_TOKEN: 'xoxb-broken-base',
      SLACK_SIGNING_SECRET: 'broken-base-signing-secret',
      PORT: '0',
      HOST: '127.0.0.1',
      SLACK_API_URL: 'http://127.0.0.1:9/api/',
    };
    const result = run([MAIN], { ...env, MONITORWIJZER_DIR: fixtureRoot(HOSTILE) });
    expect(result.stderr).not.toMatch(/heap out of memory|Maximum call stack/);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('not starting in Slack while the knowledge is invalid');
  });
});
