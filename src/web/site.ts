import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Guide } from '../guide/guide-of.js';
import { PACKAGE_ROOT } from '../knowledge/load.js';
import { LANGS, pagePath } from './html.js';
import { startPage, topicPage } from './pages.js';
import { ICON, STYLESHEET } from './style.js';

/** The browser's copy of the core, bundled by `npm run build` (scripts/build.mjs). */
export const BUNDLE = join(PACKAGE_ROOT, 'dist', 'web', 'bundle', 'guide.js');

/** Every file of the static site, by its path in the site: the pages in both languages, the script and the stylesheet. */
export function buildSite(guide: Guide): Map<string, string> {
  const files = new Map<string, string>();
  for (const lang of LANGS) {
    files.set(pagePath(lang, 'index'), startPage(guide, lang));
    for (const entry of guide.kb.flows.values())
      files.set(pagePath(lang, entry.flow.id), topicPage(guide, entry, lang));
  }
  files.set('assets/guide.js', readFileSync(BUNDLE, 'utf8'));
  files.set('assets/site.css', STYLESHEET);
  files.set('assets/icon.svg', ICON);
  return files;
}

export function writeSite(files: ReadonlyMap<string, string>, out: string): void {
  for (const [path, content] of files) {
    const target = join(out, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
}
