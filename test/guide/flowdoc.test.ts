import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { flowDocs } from '../../src/cli/commands.js';
import { realKb } from '../helpers/knowledge.js';

const docsDir = fileURLToPath(new URL('../../docs/flows/', import.meta.url));

describe('reviewer docs for flows', () => {
  const docs = flowDocs(realKb());

  it.each([...docs.keys()])('docs/flows/%s is up to date (run `npm run docs` after editing a flow)', (name) => {
    const path = docsDir + name;
    expect(existsSync(path), `${name} is missing: run npm run docs`).toBe(true);
    expect(readFileSync(path, 'utf8')).toBe(docs.get(name));
  });

  it('lists every outcome of a flow with its verdict', () => {
    const page = docs.get('biometrics.md')!;
    expect(page).toContain('```mermaid\nflowchart TD');
    expect(page).toContain('| `mandatory` | ⛔ Niet toegestaan |');
  });
});
