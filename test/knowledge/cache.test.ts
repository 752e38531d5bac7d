import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledgeCached } from '../../src/knowledge/cache.js';
import { fixtureRoot, TODAY } from '../helpers/fixtures.js';

const cacheDir = () => mkdtempSync(join(tmpdir(), 'mw-cache-'));

describe('the knowledge cache', () => {
  it('gives the same knowledge base as a full load, from one file it writes', () => {
    const root = fixtureRoot();
    const dir = cacheDir();
    const first = loadKnowledgeCached({ root, today: TODAY, cacheDir: dir });
    expect(readdirSync(dir)).toHaveLength(1);
    const second = loadKnowledgeCached({ root, today: TODAY, cacheDir: dir });
    expect(second.kb?.version).toBe(first.kb?.version);
    expect([...second.kb!.flows.keys()]).toEqual([...first.kb!.flows.keys()]);
    expect(second.kb!.flows.get('demo')!.questionsLeft).toEqual(first.kb!.flows.get('demo')!.questionsLeft);
  });

  it('loads in full again when a file changed, and keeps only the newest copy', () => {
    const root = fixtureRoot();
    const dir = cacheDir();
    const before = loadKnowledgeCached({ root, today: TODAY, cacheDir: dir });
    const flow = join(root, 'flows/demo.yml');
    writeFileSync(
      flow,
      readFileSync(flow, 'utf8').replace('Is er een alternatief?', 'Is er een gelijkwaardig alternatief?'),
    );
    const after = loadKnowledgeCached({ root, today: TODAY, cacheDir: dir });
    expect(after.kb!.version).not.toBe(before.kb!.version);
    expect(readdirSync(dir)).toHaveLength(1);
  });

  it('never caches invalid knowledge: it is reported every time', () => {
    const root = fixtureRoot({ 'flows/demo.yml': 'id: demo\n' });
    const dir = cacheDir();
    expect(loadKnowledgeCached({ root, today: TODAY, cacheDir: dir }).kb).toBeUndefined();
    expect(readdirSync(dir)).toEqual([]);
    expect(loadKnowledgeCached({ root, today: TODAY, cacheDir: dir }).diagnostics.length).toBeGreaterThan(0);
  });

  it('still loads where the cache cannot be written', () => {
    const notADirectory = join(cacheDir(), 'file');
    writeFileSync(notADirectory, '');
    const loaded = loadKnowledgeCached({ root: fixtureRoot(), today: TODAY, cacheDir: join(notADirectory, 'sub') });
    expect(loaded.kb?.flows.has('demo')).toBe(true);
  });
});
