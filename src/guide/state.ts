import type { KnowledgeBase } from '../knowledge/base.js';
import { shortHash } from '../knowledge/hash.js';
import { ASKERS, type Asker, Lang, MAX_ANSWERS } from '../knowledge/schema.js';
import { type Answer, Conversation, walk } from './conversation.js';

/**
 * Conversation state as a compact string for a button value or a URL fragment (Slack's limit is 2000 characters;
 * typical values are under 100): `2:<lang>:<flow>:<flow hash>:<asker>:<facts>:<answers>:<check>`, where
 * answers are `a.b+c.?` (an option, two options of one question, "weet ik niet") and facts `q=a.r=b+c`. The check
 * catches edited or truncated values; the flow hash tells whether the flow changed since the value was made.
 * Values of the earlier format (`1:`) are read as outdated: the person is offered a fresh start.
 */
const FORMAT = '2';
const EARLIER_FORMATS = new Set(['1']);
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

/** Askers as one or two letters, to keep button values short. */
const ASKER_CODES: Record<Asker, string> = {
  employee: 'e',
  manager: 'm',
  confidential_counsellor: 'vp',
  works_council: 'or',
  applicant: 'a',
  platform_worker: 'p',
};
const ASKER_BY_CODE = new Map(ASKERS.map((a) => [ASKER_CODES[a], a]));

const encodeAnswer = (a: Answer): string => (typeof a === 'string' ? a : a.join('+'));
const decodeAnswer = (text: string): Answer => (text.includes('+') ? text.split('+') : text);

export function encodeState(kb: KnowledgeBase, c: Conversation): string {
  const hash = kb.flows.get(c.flow)?.hash ?? '-';
  const facts = Object.entries(c.facts).map(([q, a]) => `${q}=${encodeAnswer(a)}`);
  const body = [
    FORMAT,
    c.lang,
    c.flow,
    hash,
    c.asker ? ASKER_CODES[c.asker] : '',
    facts.join('.'),
    c.answers.map(encodeAnswer).join('.'),
  ].join(':');
  return `${body}:${check(body)}`;
}

/** Reads a state string back and checks it against the current knowledge; never throws. */
export function decodeState(kb: KnowledgeBase, value: unknown): DecodeResult {
  if (typeof value !== 'string' || value.length > MAX_LENGTH) return { ok: false, error: { code: 'malformed' } };
  const parts = value.split(':');
  const flowNamed = parts[2] ?? '';
  if (EARLIER_FORMATS.has(parts[0] ?? '') && kb.flows.has(flowNamed))
    return { ok: false, error: { code: 'outdated', flow: flowNamed } };
  if (parts.length !== 8 || parts[0] !== FORMAT) return { ok: false, error: { code: 'malformed' } };
  const [, lang, flow, hash, askerCode, facts, answers, sum] = parts as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  if (check(parts.slice(0, 7).join(':')) !== sum) return { ok: false, error: { code: 'tampered' } };
  const asker = askerCode ? ASKER_BY_CODE.get(askerCode) : undefined;
  if (askerCode && !asker) return { ok: false, error: { code: 'malformed' } };
  const parsed = Conversation.safeParse({
    flow,
    lang,
    ...(asker && { asker }),
    facts: Object.fromEntries(
      facts ? facts.split('.').map((f) => [f.split('=')[0], decodeAnswer(f.split('=')[1] ?? '')]) : [],
    ),
    answers: answers ? answers.split('.', MAX_ANSWERS + 1).map(decodeAnswer) : [],
  });
  if (!parsed.success) return { ok: false, error: { code: 'malformed' } };
  const entry = kb.flows.get(flow);
  if (!entry) return { ok: false, error: { code: 'unknown_flow', flow } };
  if (walk(kb, parsed.data).ok) return { ok: true, conversation: parsed.data };
  // Answers that no longer fit a changed flow are an update; in an unchanged flow they were made up.
  return { ok: false, error: entry.hash !== hash ? { code: 'outdated', flow } : { code: 'tampered' } };
}

/**
 * The language, flow and asker a state value names, read without trusting the rest: to answer a broken or outdated
 * value kindly, and to start again in the same language for the same person.
 */
export function peekState(value: unknown): { lang: Lang; flow?: string; asker?: Asker } {
  if (typeof value !== 'string' || value.length > MAX_LENGTH) return { lang: 'nl' };
  const [format, lang, flow, , askerCode] = value.split(':', 5);
  const asker = format === FORMAT && askerCode ? ASKER_BY_CODE.get(askerCode) : undefined;
  return { lang: Lang.catch('nl').parse(lang), ...(flow && { flow }), ...(asker && { asker }) };
}
