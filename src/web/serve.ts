import type { IncomingMessage, ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import { CONTENT_SECURITY_POLICY } from './pages.js';

/** Where HTTP mode serves the site, next to /slack/events. */
export const SITE_PATH = '/hulp';

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  svg: 'image/svg+xml',
};

/**
 * Every answer carries the page policy (plus no framing, which a <meta> cannot say), tells the browser not to guess
 * types or send a referrer, and sets no cookie: the server never learns more than which page was fetched.
 */
const HEADERS = {
  'content-security-policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cache-control': 'no-cache',
};

interface Served {
  type: string;
  plain: Buffer;
  gzip: Buffer;
}

/** A request handler for the site's files, compressed once up front; GET and HEAD only. */
export function siteHandler(files: ReadonlyMap<string, string>): (req: IncomingMessage, res: ServerResponse) => void {
  const served = new Map<string, Served>();
  for (const [path, content] of files) {
    const plain = Buffer.from(content);
    served.set(path, {
      type: TYPES[path.split('.').pop() ?? ''] ?? 'application/octet-stream',
      plain,
      gzip: gzipSync(plain),
    });
  }
  return (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    // Without the slash, the pages' relative links would point outside the site.
    if (pathname === SITE_PATH) {
      res.writeHead(301, { ...HEADERS, location: `${SITE_PATH}/` });
      res.end();
      return;
    }
    const inSite = pathname.slice(SITE_PATH.length + 1);
    const file = served.get(inSite === '' || inSite.endsWith('/') ? `${inSite}index.html` : inSite);
    if (!file) {
      res.writeHead(404, { ...HEADERS, 'content-type': 'text/plain; charset=utf-8' });
      res.end('Not found');
      return;
    }
    const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const body = gzip ? file.gzip : file.plain;
    res.writeHead(200, {
      ...HEADERS,
      'content-type': file.type,
      'content-length': body.length,
      vary: 'accept-encoding',
      ...(gzip && { 'content-encoding': 'gzip' }),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
}
