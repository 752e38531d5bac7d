import type { KnowledgeBase } from '../knowledge/base.js';
import { shortHash } from '../knowledge/hash.js';
import { Lang, MAX_ANSWERS } from '../knowledge/schema.js';
import { Conversation, walk } from './conversation.js';

/**
 * Conversation state as a compact string for a button value or a URL fragment (Slack's limit is 2000 characters;
 * typical values are under 80): `1:<lang>:<flow>:<flow hash>:<answer>.<answer>:<check>`. The check catches
 * edited or truncated values; the flow hash tells whether the flow changed since the value was made.
 */
const FORMAT = '1';
const MAX_LENGTH = 2000;

/** A state value anywhere in a text: what a log line must never show (it holds the person's answers). */
export const STATE_PATTERN = /\b\d:(?:nl|en):\S*/g;

export type StateError =
  | { code: 'malformed' }
  | { code: 'tampered' }
  | { code: 'unknown_flow'; flow: string }
  | { code: 'outdated'; flow: string };

export type DecodeResult = { ok: true; conversation: Conversation } | { ok: false; error: StateError };

const check = (body: string) => shortHash(body, 6);

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
  if (walk(kb, parsed.data).ok) return { ok: true, conversation: parsed.data };
  // Answers that no longer fit a changed flow are an update; in an unchanged flow they were made up.
  return { ok: false, error: entry.hash !== hash ? { code: 'outdated', flow } : { code: 'tampered' } };
}

/** The language and flow a state value names, read without trusting the rest: to answer a broken value kindly. */
export function peekState(value: unknown): { lang: Lang; flow?: string } {
  if (typeof value !== 'string' || value.length > MAX_LENGTH) return { lang: 'nl' };
  const [, lang, flow] = value.split(':', 3);
  return { lang: Lang.catch('nl').parse(lang), ...(flow && { flow }) };
}
