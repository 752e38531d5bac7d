#!/usr/bin/env node
/**
 * The README's pictures of the web pages: the start page, a question and an answer, taken in Debian's Chromium
 * from a freshly built site. `node scripts/build.mjs && node scripts/screenshots.mjs` writes docs/web-*.png.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const site = mkdtempSync(join(tmpdir(), 'mw-shots-'));
execFileSync(process.execPath, [join(root, 'dist', 'cli', 'main.js'), 'site', '--out', site], { stdio: 'ignore' });

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  const page = await browser.newPage({ viewport: { width: 760, height: 900 }, deviceScaleFactor: 1 });
  const shot = (name) => page.screenshot({ path: join(root, 'docs', `web-${name}.png`) });
  await page.goto(pathToFileURL(join(site, 'index.html')).href);
  await page
    .getByLabel('Typ je vraag in je eigen woorden')
    .fill('mag mijn baas mijn vingerafdruk gebruiken om in te loggen op de kassa');
  await shot('start');
  await page.getByRole('button', { name: 'Zoek' }).click();
  await page.locator('#step-heading').waitFor();
  await shot('question');
  await page.getByRole('link', { name: 'Nee, het is verplicht' }).click();
  await page.locator('article.answer').waitFor();
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot('answer');
} finally {
  await browser.close();
  rmSync(site, { recursive: true, force: true });
}
