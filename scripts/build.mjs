#!/usr/bin/env node
/**
 * Compiles a TypeScript project when its sources changed since its last build, and only then: `npm start` on a
 * built checkout starts at once, and a test never runs code older than its sources. A build also removes
 * outputs whose source is gone. `node scripts/build.mjs` builds the app (src/ → dist/), `… bench` the
 * benchmark (bench/ and src/ → .bench/); `--force` always compiles. The app's build also bundles the core for the
 * browser (src/web/client.ts → dist/web/bundle/guide.js), which `monitorwijzer site` copies into the site.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const PROJECTS = {
  app: { tsconfig: 'tsconfig.json', sources: ['src'], out: 'dist', base: 'src', browser: 'src/web/client.ts' },
  bench: { tsconfig: 'bench/tsconfig.json', sources: ['src', 'bench'], out: '.bench', base: '.' },
};

const files = (dir) =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));

function sourcesHash(project) {
  const hash = createHash('sha256');
  const inputs = [
    ...project.sources.flatMap((dir) => files(join(root, dir))).sort(),
    ...['tsconfig.json', project.tsconfig, 'package-lock.json'].map((f) => join(root, f)),
  ];
  for (const file of inputs) {
    if (existsSync(file)) hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

/** Compiled files (x.js, x.js.map) whose x.ts no longer exists. */
function removeOrphans(project) {
  const out = join(root, project.out);
  for (const file of files(out)) {
    const compiled = relative(out, file);
    const base = compiled.replace(/\.js(\.map)?$/, '');
    if (base !== compiled && !existsSync(join(root, project.base, `${base}.ts`))) rmSync(file);
  }
}

/** One minified script for the web pages; esbuild reads the TypeScript sources itself. */
async function bundleForBrowser(entry, outfile) {
  const { build } = await import('esbuild');
  await build({
    entryPoints: [join(root, entry)],
    outfile,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: ['es2022'],
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
}

const name = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'app';
const project = PROJECTS[name];
if (!project) {
  process.stderr.write(`usage: node scripts/build.mjs [${Object.keys(PROJECTS).join('|')}] [--force]\n`);
  process.exit(2);
}
const stamp = join(root, project.out, '.sources');
const current = sourcesHash(project);
if (process.argv.includes('--force') || !existsSync(stamp) || readFileSync(stamp, 'utf8') !== current) {
  execFileSync(
    process.execPath,
    [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(root, project.tsconfig)],
    { stdio: 'inherit' },
  );
  removeOrphans(project);
  if (project.browser) await bundleForBrowser(project.browser, join(root, project.out, 'web', 'bundle', 'guide.js'));
  writeFileSync(stamp, current);
}
