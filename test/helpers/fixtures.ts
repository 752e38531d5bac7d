import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.js';

export const VALID_ROOT = fileURLToPath(new URL('../fixtures/valid/', import.meta.url));
export const TODAY = '2026-11-23';

/** A flow whose first question takes several answers (tools.yml), to add to the valid base where a test needs it. */
export const TOOLS_FLOW = readFileSync(new URL('../fixtures/multiple-choice/tools.yml', import.meta.url), 'utf8');

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the valid fixture base with some files replaced (null removes a file). */
export function fixtureRoot(files: Record<string, string | Uint8Array | null> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'mw-'));
  made.push(root);
  cpSync(VALID_ROOT, root, { recursive: true });
  for (const [path, content] of Object.entries(files)) {
    const target = join(root, path);
    if (content === null) rmSync(target);
    else {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, content);
    }
  }
  return root;
}

export const loadFixture = (files: Record<string, string | Uint8Array | null> = {}) =>
  loadKnowledge({ root: fixtureRoot(files), today: TODAY });

/** The valid fixture knowledge base, loaded. */
export function validKb() {
  const { kb, diagnostics } = loadKnowledge({ root: VALID_ROOT, today: TODAY });
  if (!kb) throw new Error(`fixture knowledge is invalid: ${JSON.stringify(diagnostics)}`);
  return kb;
}
