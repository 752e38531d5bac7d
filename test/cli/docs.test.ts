import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { flowDocs, readmeExample, withReadmeExample, writeDocs } from '../../src/cli/docs.js';
import { realGuide, realKb } from '../helpers/knowledge.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('reviewer docs for flows', () => {
  const docs = flowDocs(realKb());

  it.each([...docs.keys()])('docs/flows/%s is up to date (run `npm run docs` after editing a flow)', (name) => {
    const path = join(root, 'docs', 'flows', name);
    expect(existsSync(path), `${name} is missing: run npm run docs`).toBe(true);
    expect(readFileSync(path, 'utf8')).toBe(docs.get(name));
  });

  it('lists every outcome of a flow with its verdict', () => {
    const page = docs.get('biometrics.md')!;
    expect(page).toContain('```mermaid\nflowchart TD');
    expect(page).toMatch(/\| `[a-z_]+` \| ⛔ Niet toegestaan \|/);
  });
});

describe('the answer example in the README', () => {
  const guide = realGuide();

  it('is the answer message Slack shows today (run `npm run docs` after editing the flow)', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    expect(readme).toContain(readmeExample(guide));
  });

  it('shows the verdict, a ground, a route and the buttons to the details, as text', () => {
    const example = readmeExample(guide);
    expect(example).toContain('/monitorwijzer mag mijn baas mijn vingerafdruk');
    expect(example).toContain('⛔');
    expect(example).toMatch(/AVG art\. 9/);
    expect(example).toContain('[Waarom en bronnen]');
    expect(example).not.toMatch(/<https?:|&amp;/);
  });

  it('is brought up to date between its markers, leaving the rest of the README as it was', () => {
    const dir = mkdtempSync(join(tmpdir(), 'monitorwijzer-docs-'));
    const [start, end] = ['<!-- answer example: written by `npm run docs` -->', '<!-- end of answer example -->'];
    writeFileSync(join(dir, 'README.md'), `# Title\n\n${start}\nold\n${end}\n\nAfter.\n`);
    const out = writeDocs(guide, dir);
    const readme = readFileSync(join(dir, 'README.md'), 'utf8');
    expect(readme).toBe(`# Title\n\n${readmeExample(guide)}\n\nAfter.\n`);
    expect(out.stdout).toContain('updated the answer example');
    expect(existsSync(join(dir, 'docs', 'flows', 'biometrics.md'))).toBe(true);
    expect(withReadmeExample('no markers here', guide)).toBe('no markers here');
  });
});
