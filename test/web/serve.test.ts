import { existsSync } from 'node:fs';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/web/pages.js';
import { type LiveApp, startLiveApp } from '../helpers/live-app.js';
import { type SlackStub, startSlackStub } from '../helpers/slack-stub.js';

/** A raw GET, so the test sees exactly what the server sends (fetch would follow redirects and unpack gzip). */
function get(url: string, headers: Record<string, string> = {}, method = 'GET') {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>(
    (resolve, reject) => {
      const req = request(url, { method, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      });
      req.on('error', reject);
      req.end();
    },
  );
}

describe('the site at /hulp/ in HTTP mode', () => {
  let stub: SlackStub;
  let live: LiveApp;
  let plain: LiveApp;

  beforeAll(async () => {
    stub = await startSlackStub();
    live = await startLiveApp(stub, { site: true });
    plain = await startLiveApp(stub);
  });
  afterAll(async () => {
    await Promise.all([live?.stop(), plain?.stop()]);
    await stub?.close();
  });

  it('serves the start page with a strict policy, no cookie and no referrer', async () => {
    const res = await get(`${live.base}/hulp/`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-security-policy']).toBe(`${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['set-cookie']).toBeUndefined();
    expect(res.body.toString()).toContain('<html lang="nl">');
  });

  it('sends /hulp to /hulp/, so the pages’ relative links stay inside the site', async () => {
    const res = await get(`${live.base}/hulp`);
    expect(res.status).toBe(301);
    expect(res.headers.location).toBe('/hulp/');
  });

  it('serves topic pages in both languages, the script and the stylesheet, compressed when asked', async () => {
    expect((await get(`${live.base}/hulp/en/`)).body.toString()).toContain('<html lang="en">');
    expect((await get(`${live.base}/hulp/en/biometrics.html`)).status).toBe(200);
    const script = await get(`${live.base}/hulp/assets/guide.js`, { 'accept-encoding': 'gzip, br' });
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(script.headers['content-encoding']).toBe('gzip');
    expect((await get(`${live.base}/hulp/assets/site.css`)).headers['content-type']).toBe('text/css; charset=utf-8');
    const head = await get(`${live.base}/hulp/biometrics.html`, {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
  });

  it('answers 404 for anything else, and serves nothing at /hulp/ unless it is switched on', async () => {
    expect((await get(`${live.base}/hulp/nope.html`)).status).toBe(404);
    expect((await get(`${live.base}/hulp/../package.json`)).status).toBe(404);
    expect((await get(`${plain.base}/hulp/`)).status).toBe(404);
    expect((await get(`${live.base}/healthz`)).status).toBe(200);
  });

  it.skipIf(!existsSync('/usr/bin/chromium'))('runs the guide in a browser under the HTTP policy', async () => {
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
    try {
      const page = await browser.newPage();
      const requests: string[] = [];
      const errors: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await page.goto(`${live.base}/hulp/`);
      await page.getByLabel('Typ je vraag in je eigen woorden').fill('vingerafdruk bij de kassa');
      await page.getByRole('button', { name: 'Zoek' }).click();
      await page.locator('#step-heading').waitFor();
      expect(page.url()).toContain('/hulp/biometrics.html#2:nl:biometrics:');
      expect(requests.filter((url) => !url.startsWith(`${live.base}/hulp/`))).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
