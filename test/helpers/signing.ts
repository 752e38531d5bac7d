import { createHmac } from 'node:crypto';

/** Slack's request signature: v0=HMAC-SHA256(secret, "v0:<timestamp>:<raw body>") in hex. */
export function signature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export const nowSeconds = () => Math.floor(Date.now() / 1000);

export function signedHeaders(
  secret: string,
  body: string,
  contentType: string,
  timestamp = nowSeconds(),
): Record<string, string> {
  return {
    'content-type': contentType,
    'x-slack-request-timestamp': String(timestamp),
    'x-slack-signature': signature(secret, timestamp, body),
  };
}

/** A slash command as Slack posts it: form-encoded. */
export const formEncoded = (fields: Record<string, string>) => new URLSearchParams(fields).toString();

/** Encodes a request body the way Slack sends it: commands as a form, interactions as a `payload` form field, events as JSON. */
export function encodeForSlack(body: Record<string, unknown>): { body: string; contentType: string } {
  if (typeof body.command === 'string')
    return { body: formEncoded(body as Record<string, string>), contentType: 'application/x-www-form-urlencoded' };
  if (body.type === 'event_callback' || body.type === 'url_verification')
    return { body: JSON.stringify(body), contentType: 'application/json' };
  return { body: formEncoded({ payload: JSON.stringify(body) }), contentType: 'application/x-www-form-urlencoded' };
}

/** POSTs a body to a running app's events endpoint, signed with the given secret. */
export async function postSigned(base: string, secret: string, payload: object): Promise<Response> {
  const { body, contentType } = encodeForSlack(payload as Record<string, unknown>);
  return fetch(`${base}/slack/events`, { method: 'POST', body, headers: signedHeaders(secret, body, contentType) });
}
