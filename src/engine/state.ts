import { createHash } from 'node:crypto';
import type { KnowledgeBase } from '../knowledge/base.js';
import { Conversation, MAX_ANSWERS, walk } from './flow.js';

/**
 * Conversation state as a compact string for a Slack button value (limit 2000 characters; typically < 80):
 * `1:<lang>:<flow>:<flow hash>:<answer>.<answer>:<check>`. The check catches edited or truncated values;
 * the flow hash tells whether the flow changed since the value was made.
 */
const FORMAT = '1';
const MAX_LENGTH = 2000;

export type StateError =
  | { code: 'malformed' }
  | { code: 'tampered' }
  | { code: 'unknown_flow'; flow: string }
  | { code: 'outdated'; flow: string };

export type DecodeResult = { ok: true; conversation: Conversation; flowChanged: boolean } | { ok: false; error: StateError };

const check = (body: string) => createHash('sha256').update(body).digest('base64url').slice(0, 6);

export function encodeState(kb: KnowledgeBase, c: Conversation): string {
  const hash = kb.flows.get(c.flow)?.hash ?? '-';
  const body = [FORMAT, c.lang, c.flow, hash, c.answers.join('.')].join(':');
  return `${body}:${check(body)}`;
}

/** Reads a state string back and checks it against the current knowledge; never throws. */
export function decodeState(kb: KnowledgeBase, value: unknown): DecodeResult {
  if (typeof value !== 'string' || value.length > MAX_LENGTH) return { ok: false, error: { code: 'malformed' } };
  const parts = value.split(':');
  if (parts.length !== 6 || parts[0] !== FORMAT) return { ok: false, error: { code: 'malformed' } };
  const [, lang, flow, hash, answers, sum] = parts as [string, string, string, string, string, string];
  if (check(parts.slice(0, 5).join(':')) !== sum) return { ok: false, error: { code: 'tampered' } };
  const parsed = Conversation.safeParse({ flow, lang, answers: answers ? answers.split('.', MAX_ANSWERS + 1) : [] });
  if (!parsed.success) return { ok: false, error: { code: 'malformed' } };
  const entry = kb.flows.get(flow);
  if (!entry) return { ok: false, error: { code: 'unknown_flow', flow } };
  const flowChanged = entry.hash !== hash;
  if (flowChanged && !walk(kb, parsed.data).ok) return { ok: false, error: { code: 'outdated', flow } };
  if (!flowChanged && !walk(kb, parsed.data).ok) return { ok: false, error: { code: 'tampered' } };
  return { ok: true, conversation: parsed.data, flowChanged };
}
