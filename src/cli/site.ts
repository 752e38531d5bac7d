import { resolve } from 'node:path';
import type { Guide } from '../guide/guide.js';
import { buildSite, writeSite } from '../web/site.js';
import type { Output } from './commands.js';

/** `monitorwijzer site --out <folder>`: the static site, ready for any web server, intranet share or a file browser. */
export function siteCommand(guide: Guide, out: string): Output {
  const files = buildSite(guide);
  writeSite(files, out);
  const index = resolve(out, 'index.html');
  return { stdout: `${files.size} files written to ${resolve(out)}; open ${index} in a browser.`, code: 0 };
}
