import http from 'node:http';
import https from 'node:https';

const agents = {
  'http:': new http.Agent({ keepAlive: true, maxSockets: 64 }),
  'https:': new https.Agent({ keepAlive: true, maxSockets: 64 }),
};

/**
 * fetch over node:http with keep-alive, for the Web API client and respond(). Every answer the app gives is an
 * outbound POST, and undici's fetch spent about a third of the app's CPU per request in the benchmark's
 * profile (docs/benchmarks.md). Bodies other than text or form data (uploads, streams) go to the global fetch.
 */
export const keepAliveFetch: typeof fetch = async (input, init = {}) => {
  const url = new URL(input instanceof Request ? input.url : input);
  const body = init.body instanceof URLSearchParams ? init.body.toString() : init.body;
  if ((body != null && typeof body !== 'string') || input instanceof Request || !(url.protocol in agents))
    return fetch(input, init);
  const protocol = url.protocol as keyof typeof agents;
  const headers = Object.fromEntries(new Headers(init.headers));
  if (init.body instanceof URLSearchParams)
    headers['content-type'] ??= 'application/x-www-form-urlencoded;charset=UTF-8';
  return new Promise<Response>((resolve, reject) => {
    const request = (protocol === 'https:' ? https : http).request(
      url,
      { method: init.method ?? 'GET', headers, agent: agents[protocol], ...(init.signal && { signal: init.signal }) },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const status = res.statusCode ?? 502;
          const nullBody = status === 204 || status === 304 || init.method === 'HEAD';
          resolve(
            new Response(nullBody ? null : Buffer.concat(chunks), {
              status,
              statusText: res.statusMessage ?? '',
              headers: responseHeaders(res.headers),
            }),
          );
        });
      },
    );
    request.on('error', reject);
    request.end(body ?? undefined);
  });
};

function responseHeaders(raw: http.IncomingHttpHeaders): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(raw)) {
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) headers.append(name, v);
  }
  return headers;
}
