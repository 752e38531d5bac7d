import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guideOf } from '../../src/guide/guide.js';
import { buildSite, writeSite } from '../../src/web/site.js';
import { loadFixture, TOOLS_FLOW } from '../helpers/fixtures.js';
import { realGuide } from '../helpers/knowledge.js';

/** Debian's Chromium: a browser download does not work everywhere, so `.ci/run` installs the package. */
const CHROMIUM = '/usr/bin/chromium';
const HAS_CHROMIUM = existsSync(CHROMIUM);
if (!HAS_CHROMIUM)
  console.warn(`browser tests skipped: no Chromium at ${CHROMIUM} (install it with: apt-get install -y chromium)`);

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const FINGERPRINT = 'mag mijn baas mijn vingerafdruk gebruiken om in te loggen op de kassa';
const RATINGS = 'mijn werkgever gebruikt klantbeoordelingen in mijn ontslagdossier';

describe.skipIf(!HAS_CHROMIUM)('the site in a real browser', () => {
  let browser: Browser;
  let context: BrowserContext;
  let dir: string;
  let site: string;
  let tools: string;
  /** Every request any page made, to check none left the site. */
  const requests: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'mw-site-'));
    site = join(dir, 'site');
    tools = join(dir, 'tools');
    writeSite(buildSite(realGuide()), site);
    writeSite(buildSite(guideOf(loadFixture({ 'flows/tools.yml': TOOLS_FLOW }).kb!)), tools);
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    context = await browser.newContext();
    context.on('request', (r) => requests.push(r.url()));
  });

  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const open = async (root: string, path: string, into?: Page) => {
    const page = into ?? (await context.newPage());
    page.on('pageerror', (e) => {
      throw e;
    });
    await page.goto(pathToFileURL(join(root, path)).href);
    return page;
  };
  const heading = async (page: Page) => (await page.locator('#step-heading').textContent()) ?? '';
  const ask = async (page: Page, question: string) => {
    await page.getByLabel('Typ je vraag in je eigen woorden').fill(question);
    await page.getByRole('button', { name: 'Zoek' }).click();
    await page.locator('#step-heading').waitFor();
  };

  it('walks the fingerprint question from free text to a cited answer, and back', async () => {
    const page = await open(site, 'index.html');
    await ask(page, FINGERPRINT);
    expect(page.url()).toMatch(/\/biometrics\.html#2:nl:biometrics:/);
    // "op de kassa" answers what the scan is for: the guide goes straight to whether there is a choice.
    expect(await page.locator('.answered').textContent()).toContain('Uit je vraag');
    await expect.poll(() => heading(page)).toContain('Kun je kiezen voor een pas of pincode');
    await page.getByRole('link', { name: 'Nee, het is verplicht' }).click();
    await expect.poll(() => heading(page)).toContain('Niet toegestaan');
    await expect.poll(() => page.evaluate('document.activeElement && document.activeElement.id')).toBe('step-heading');
    const sources = page.locator('p.sources a');
    expect(await sources.allInnerTexts()).toContain('ECLI:NL:RBAMS:2019:6005');
    expect(await page.locator('details').first().getAttribute('open')).toBeNull();
    await page.getByRole('link', { name: '← Terug' }).click();
    await expect.poll(() => heading(page)).toContain('Kun je kiezen voor een pas of pincode');
    await page.goBack();
    await expect.poll(() => heading(page)).toContain('Niet toegestaan');
    await page.close();
  });

  it('walks the customer-ratings question with "weet ik niet", then switches language and shares the answer', async () => {
    const page = await open(site, 'index.html');
    await ask(page, RATINGS);
    expect(page.url()).toContain('/customer-ratings.html#');
    if ((await heading(page)).startsWith('Wie stelt de vraag'))
      await page.getByRole('link', { name: 'Werknemer', exact: true }).click();
    expect(await page.locator('.answered').textContent()).toContain('Uit je vraag');
    await page.getByRole('link', { name: 'Weet ik niet' }).click();
    expect(await page.locator('article.answer').textContent()).toContain('Wat nog onzeker is');
    expect(await page.locator('p.sources a').count()).toBeGreaterThan(0);
    const verdictNl = await heading(page);

    await page.locator('#lang-switch').click();
    await page.waitForURL(/\/en\/customer-ratings\.html#2:en:customer-ratings:/);
    await page.locator('#step-heading').waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('article.answer').textContent()).toContain('What is still uncertain');

    const shared = await open(site, 'index.html');
    await shared.goto(page.url());
    await shared.locator('#step-heading').waitFor();
    expect(await heading(shared)).toBe(await heading(page));
    await shared.locator('#lang-switch').click();
    await expect.poll(() => heading(shared)).toBe(verdictNl);
    await Promise.all([page.close(), shared.close()]);
  });

  it('asks "A or B?" when a question fits several topics, and says so when none fits', async () => {
    const page = await open(site, 'index.html');
    await page.getByLabel('Typ je vraag in je eigen woorden').fill('camera of gps');
    await page.getByRole('button', { name: 'Zoek' }).click();
    expect(await page.locator('#results h2').textContent()).toBe('Gaat je vraag over een van deze onderwerpen?');
    await page.locator('#results').getByRole('link', { name: 'GPS en locatie volgen op het werk' }).click();
    await page.locator('#step-heading').waitFor();
    expect(page.url()).toContain('/location-tracking.html#2:nl:location-tracking:');
    await page.goBack();
    await page.getByLabel('Typ je vraag in je eigen woorden').fill('qwrtz plmk');
    await page.getByRole('button', { name: 'Zoek' }).click();
    expect(await page.locator('#results h2').textContent()).toContain('Ik vond geen onderwerp');
    await page.close();
  });

  it('takes two practices ticked together and answers each on its own way', async () => {
    const page = await open(tools, 'tools.html');
    await page.locator('#step-heading').waitFor();
    await page.getByRole('button', { name: 'Verder' }).click();
    expect(await page.getByRole('alert').textContent()).toContain('Vink minstens één antwoord aan');
    await page.getByLabel('Toetsaanslagen').check();
    await page.getByLabel('Inactieve tijd').check();
    await page.getByRole('button', { name: 'Verder' }).click();
    await expect.poll(() => heading(page)).toBe('Doorlopend?');
    await page.getByRole('link', { name: 'Nee' }).click();
    const answer = await page.locator('article.answer').textContent();
    expect(answer).toContain('Per onderdeel');
    expect(answer).toContain('Toetsaanslagen');
    expect(answer).toContain('Inactieve tijd');
    await page.close();
  });

  it('works with the keyboard alone: the skip link, then an answer chosen with Enter', async () => {
    const page = await open(site, 'biometrics.html');
    await page.locator('#step-heading').waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement.className')).toBe('skip');
    await page.keyboard.press('Enter');
    await expect.poll(() => heading(page)).toContain('Wie stelt de vraag');
    for (let i = 0; i < 10 && (await page.evaluate('document.activeElement.className')) !== 'option'; i++)
      await page.keyboard.press('Tab');
    expect(await page.evaluate('getComputedStyle(document.activeElement).outlineStyle')).toBe('solid');
    await page.keyboard.press('Enter');
    await expect.poll(() => heading(page)).toContain('Waarvoor wil je werkgever');
    await page.close();
  });

  it('prints an answer without navigation and with its folded parts opened', async () => {
    const page = await open(site, 'biometrics.html');
    await page.locator('#step-heading').waitFor();
    await page.getByRole('link', { name: 'Werknemer', exact: true }).click();
    await page.getByRole('link', { name: 'Inloggen op de kassa of een kassasysteem' }).click();
    await page.getByRole('link', { name: 'Nee, het is verplicht' }).click();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('nav.steps').isVisible()).toBe(false);
    expect(await page.locator('header.site').isVisible()).toBe(false);
    const pdf = await page.pdf();
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    expect(await page.locator('details:not([open])').count()).toBe(0);
    await page.close();
  });

  it('opens a broken link kindly, with a fresh start', async () => {
    const page = await open(site, 'biometrics.html');
    await page.goto(`${page.url()}#2:nl:biometrics:xxxx:e::nonsense:abcdef`);
    await page.locator('#step-heading').waitFor();
    await expect.poll(() => heading(page)).toContain('Deze knop werkt niet meer');
    await page.close();
  });

  it('makes no request outside the site', () => {
    expect(requests.length).toBeGreaterThan(0);
    const roots = [site, tools].map((r) => pathToFileURL(r).href);
    expect(requests.filter((url) => !roots.some((root) => url.startsWith(root)))).toEqual([]);
  });

  it('has no serious or critical accessibility problem on the start page, a question and an answer, in both languages', async () => {
    const checked = await browser.newContext({ bypassCSP: true });
    const problems: string[] = [];
    let audited = 0;
    const audit = async (path: string, steps: (page: Page) => Promise<void> = async () => {}) => {
      const page = await checked.newPage();
      await page.goto(pathToFileURL(join(site, path)).href);
      await steps(page);
      await page.addScriptTag({ content: AXE });
      const result = (await page.evaluate('axe.run()')) as AxeResult;
      if (result.passes.length > 0) audited++;
      for (const v of result.violations)
        if (v.impact === 'serious' || v.impact === 'critical')
          problems.push(`${path} ${page.url().split('#')[1] ?? ''}: ${v.id} (${v.nodes.length})`);
      await page.close();
    };
    for (const lang of ['nl', 'en']) {
      const prefix = lang === 'nl' ? '' : 'en/';
      await audit(`${prefix}index.html`);
      await audit(`${prefix}biometrics.html`, async (page) => {
        await page.locator('#step-heading').waitFor();
        await page.locator('ul.options a').first().click();
      });
      await audit(`${prefix}biometrics.html`, async (page) => {
        await page.locator('#step-heading').waitFor();
        await page.locator('ul.options a').first().click();
        await page.locator('ul.options a').first().click();
        await page.locator('ul.options a').first().click();
        await page.locator('article.answer').waitFor();
        await page.evaluate("document.querySelectorAll('details').forEach((d) => { d.open = true; })");
      });
    }
    await checked.close();
    expect(problems).toEqual([]);
    expect(audited).toBe(6);
  });
});

interface AxeResult {
  violations: { id: string; impact?: string | null; nodes: unknown[] }[];
  passes: unknown[];
}
