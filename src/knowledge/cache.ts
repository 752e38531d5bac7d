import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildKnowledgeBase, type KnowledgeBase, type KnowledgeParts } from './base.js';
import { type LoadOptions, type LoadResult, listYaml, loadKnowledge, PACKAGE_ROOT } from './load.js';

/**
 * Validated knowledge, kept between starts: reading, parsing and checking every YAML file takes most of a
 * second, rebuilding the base from the checked parts a few milliseconds. The cache is keyed by the content of
 * every knowledge and flow file and by the loader's own build, so an edited file or a new version of the
 * checks is always loaded in full; `validate` never uses it. Where the folder cannot be written, nothing is
 * cached and loading works as before.
 */

export const CACHE_DIR = join(PACKAGE_ROOT, 'node_modules', '.cache', 'monitorwijzer');

export function loadKnowledgeCached(options: LoadOptions & { cacheDir?: string } = {}): LoadResult {
  const root = options.root ?? PACKAGE_ROOT;
  const dir = options.cacheDir ?? CACHE_DIR;
  const files = [...listYaml(join(root, 'knowledge'), true), ...listYaml(join(root, 'flows'), false)];
  const file = join(dir, `${cacheKey(root, files)}.json`);
  const cached = readParts(file);
  if (cached) return { kb: buildKnowledgeBase(cached), diagnostics: [], files: files.length };
  const loaded = loadKnowledge(options);
  if (loaded.kb) writeParts(dir, file, partsOf(loaded.kb));
  return loaded;
}

function cacheKey(root: string, files: string[]): string {
  const hash = createHash('sha256');
  // The compiled loader and schema: a new build may check differently.
  for (const code of ['load.js', 'schema.js', 'lint.js', 'base.js'])
    hash.update(readOrEmpty(new URL(code, import.meta.url)));
  for (const path of files) hash.update(relative(root, path)).update('\0').update(readOrEmpty(path)).update('\0');
  return hash.digest('base64url').slice(0, 32);
}

function readOrEmpty(path: string | URL): Buffer {
  try {
    return readFileSync(path);
  } catch {
    return Buffer.alloc(0);
  }
}

function readParts(file: string): KnowledgeParts | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as KnowledgeParts;
  } catch {
    return undefined;
  }
}

function writeParts(dir: string, file: string, parts: KnowledgeParts): void {
  try {
    mkdirSync(dir, { recursive: true });
    // Written whole, then renamed: two processes starting together never read half a file.
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, JSON.stringify(parts));
    renameSync(partial, file);
    for (const old of readdirSync(dir))
      if (join(dir, old) !== file && old.endsWith('.json')) rmSync(join(dir, old), { force: true });
  } catch {
    // A read-only install: no cache.
  }
}

const partsOf = (kb: KnowledgeBase): KnowledgeParts => ({
  flows: [...kb.flows.values()].map((e) => e.spec),
  grounds: [...kb.grounds.values()],
  rulings: [...kb.rulings.values()],
  routes: [...kb.routes.values()],
  conclusions: [...kb.conclusions.values()],
  askers: [...kb.askerCues].map(([id, cues]) => ({ id, cues })),
  terms: kb.terms,
});
