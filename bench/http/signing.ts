import { createHmac } from 'node:crypto';

/** The headers Slack sends with a request: `v0=` HMAC-SHA256 of `v0:<timestamp>:<raw body>` with the signing secret. */
export function slackHeaders(
  secret: string,
  body: string,
  timestamp: number = Math.floor(Date.now() / 1000),
): Record<string, string> {
  const signature = createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex');
  return {
    'content-type': 'application/x-www-form-urlencoded',
    'x-slack-request-timestamp': String(timestamp),
    'x-slack-signature': `v0=${signature}`,
  };
}
