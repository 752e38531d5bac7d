import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import * as z from 'zod';
import { PACKAGE_ROOT } from '../knowledge/load.js';

/** The bot scopes the app asks for when it is installed: those of manifest.yml, so the two cannot drift apart. */
const Manifest = z.object({ oauth_config: z.object({ scopes: z.object({ bot: z.array(z.string()).min(1) }) }) });

export function manifestScopes(path: string = join(PACKAGE_ROOT, 'manifest.yml')): string[] {
  return Manifest.parse(parse(readFileSync(path, 'utf8'))).oauth_config.scopes.bot;
}
