import { type Conversation, walk } from '../../src/guide/conversation.js';
import type { Guide } from '../../src/guide/guide.js';
import { encodeState } from '../../src/guide/state.js';
import type { Lang } from '../../src/knowledge/schema.js';
import { firstQuestion, guideWithFlows } from './knowledge.js';
import {
  appHomeOpened,
  appMention,
  blockActions,
  directMessage,
  ephemeralContainer,
  globalShortcut,
  messageShortcut,
  shareSubmission,
  slashCommand,
} from './payloads.js';
import { encodeForSlack } from './signing.js';

/**
 * Generated requests for the fuzz test. Each request is made from its own index and the run's seed, so a
 * failure can be replayed alone (FUZZ_SEED, and the index in the failure message) whatever the concurrency.
 */

export interface FuzzRequest {
  kind: string;
  body: string | Uint8Array;
  contentType: string;
  /** Sent unsigned, or with a wrong signature: must be refused. */
  unsigned?: boolean;
  /** The response_url id a friendly reply is due at (a click or a command that is well-formed). */
  replyAt?: string;
}

export type Random = () => number;

/** mulberry32: small, fast and good enough to vary payloads reproducibly. */
export function random(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rnd: Random, items: readonly T[]): T => items[Math.floor(rnd() * items.length)] as T;
const int = (rnd: Random, max: number) => Math.floor(rnd() * max);

const HOSTILE_TEXTS = [
  '<!channel> mag mijn baas dit?',
  '<!here|here> <!everyone> camera',
  '<@U0EVIL0001> vingerafdruk',
  '<https://evil.example/login|Rabobank inloggen> kassa',
  '*vet* _schuin_ ~door~ `code` ```blok```',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '\u202eevil\u202c \u200b\u200d zero width',
  '🙂🙃💥 emoji en 𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
  '\u0000\u0007\u001b[31m controle',
  '1:nl:biometrics:xxxxxxxx::abcdef',
  '%00%0d%0a header',
  ' '.repeat(50),
];

function randomText(rnd: Random, guide: Guide): string {
  const roll = rnd();
  if (roll < 0.3) return pick(rnd, HOSTILE_TEXTS);
  if (roll < 0.4) return pick(rnd, ['x', 'kassa ', 'a', 'vingerafdruk']).repeat(1 + int(rnd, 20_000));
  if (roll < 0.5) return Array.from({ length: int(rnd, 2000) }, () => String.fromCodePoint(int(rnd, 0x2ffff))).join('');
  const words = [...guide.kb.flows.values()].flatMap((e) => e.flow.keywords.nl);
  return Array.from({ length: 1 + int(rnd, 12) }, () => pick(rnd, words)).join(' ');
}

function randomValue(rnd: Random, depth = 0): unknown {
  switch (int(rnd, depth > 2 ? 6 : 8)) {
    case 0:
      return null;
    case 1:
      return rnd() * 1e12 - 5e11;
    case 2:
      return rnd() < 0.5;
    case 3:
      return 'x'.repeat(int(rnd, 100_000));
    case 4:
      return '';
    case 5:
      return pick(rnd, HOSTILE_TEXTS);
    case 6:
      return Array.from({ length: int(rnd, 4) }, () => randomValue(rnd, depth + 1));
    default:
      return Object.fromEntries(Array.from({ length: int(rnd, 4) }, (_, i) => [`k${i}`, randomValue(rnd, depth + 1)]));
  }
}

/** Replaces the value at a random path of a payload with one of another type. */
function mutate(rnd: Random, payload: Record<string, unknown>): Record<string, unknown> {
  const copy = structuredClone(payload);
  let node: Record<string, unknown> = copy;
  for (;;) {
    const keys = Object.keys(node);
    if (keys.length === 0) break;
    const key = pick(rnd, keys);
    const child = node[key];
    if (child && typeof child === 'object' && rnd() < 0.6) {
      node = child as Record<string, unknown>;
      continue;
    }
    node[key] = randomValue(rnd);
    break;
  }
  return copy;
}

/** Conversation states to click with: valid ones, and ones that went bad in each way a state can. */
export interface StatePool {
  valid: string[];
  outdated: string[];
  otherFlow: string[];
  unknownFlow: string[];
}

export function statePool(guide: Guide): StatePool {
  const { kb } = guide;
  const valid: string[] = [];
  const paths: Conversation[] = [];
  for (const { flow } of kb.flows.values()) {
    for (const lang of ['nl', 'en'] as Lang[]) {
      const c: Conversation = { flow: flow.id, lang, asker: flow.askers[0], facts: {}, answers: [] };
      for (let result = walk(kb, c); result.ok; result = walk(kb, c)) {
        paths.push({ ...c, answers: [...c.answers] });
        valid.push(encodeState(kb, c));
        if (result.step.type !== 'question') break;
        const options = result.step.question.options;
        c.answers.push(options[(c.answers.length * 7 + valid.length) % options.length]!.id);
      }
    }
  }
  // The same flows with their first answers renamed, as after a content change: their states are outdated.
  const renamed = guideWithFlows(guide, (flows) =>
    flows.map((f) => {
      const first = firstQuestion(f);
      const start = f.questions[first]!;
      return {
        ...f,
        questions: {
          ...f.questions,
          [first]: { ...start, options: start.options.map((o) => ({ ...o, id: `${o.id}_old` })) },
        },
      };
    }),
  );
  const outdated = paths
    .filter((p) => p.answers.length > 0)
    .map((p) => encodeState(renamed.kb, { ...p, answers: [`${p.answers[0]}_old`, ...p.answers.slice(1)] }));
  const flowIds = [...kb.flows.keys()];
  const otherFlow = paths
    .filter((p) => p.answers.length > 0)
    .map((p, i) => encodeState(kb, { ...p, flow: flowIds[(flowIds.indexOf(p.flow) + 1 + (i % 3)) % flowIds.length]! }));
  const unknownFlow = ['no-such-flow', 'oude-flow', 'x'].map((flow) =>
    encodeState(kb, { flow, lang: 'nl', asker: 'employee', facts: {}, answers: [] }),
  );
  return { valid, outdated, otherFlow, unknownFlow };
}

function tamper(rnd: Random, state: string): string {
  const at = int(rnd, state.length);
  switch (int(rnd, 4)) {
    case 0:
      return state.slice(0, at);
    case 1:
      return state.slice(0, at) + String.fromCharCode(33 + int(rnd, 90)) + state.slice(at + 1);
    case 2:
      return `${state}.${state}`;
    default:
      return state.replace(/:(nl|en):/, ':de:');
  }
}

const UNKNOWN_ACTIONS = ['mw.nope', 'mw.gox', 'mw.go_back', 'approve_request', 'mw.menu.extra', 'mw.share.now', ''];

/** A click in an ephemeral answer: its response_url is where the reply is due. */
function click(actionId: string, value: unknown, hook: string) {
  return { ...blockActions({ action_id: actionId, value: value as string }, ephemeralContainer), response_url: hook };
}

function encode(payload: Record<string, unknown>): { body: string; contentType: string } {
  return encodeForSlack(payload);
}

/** The index-th request of a run. */
export function fuzzRequest(
  index: number,
  seed: number,
  guide: Guide,
  states: StatePool,
  hookUrl: (id: string) => string,
): FuzzRequest {
  const rnd = random(seed ^ Math.imul(index + 1, 0x9e3779b1));
  const hookId = `h${index}`;
  const hook = hookUrl(hookId);
  const due = (kind: string, payload: Record<string, unknown>): FuzzRequest => ({
    kind,
    ...encode(payload),
    replyAt: hookId,
  });
  const plain = (kind: string, payload: Record<string, unknown>): FuzzRequest => ({ kind, ...encode(payload) });
  const roll = rnd();
  if (roll < 0.18)
    return due('click: valid state', click(`mw.go.option.${pick(rnd, ['a', 'b'])}`, pick(rnd, states.valid), hook));
  if (roll < 0.26)
    return due('click: tampered state', click('mw.go.option.x', tamper(rnd, pick(rnd, states.valid)), hook));
  if (roll < 0.31) return due('click: outdated state', click('mw.go.back', pick(rnd, states.outdated), hook));
  if (roll < 0.36)
    return due('click: state of another flow', click('mw.go.option.x', pick(rnd, states.otherFlow), hook));
  if (roll < 0.4)
    return due('click: unknown flow', click('mw.go.start.no-such-flow', pick(rnd, states.unknownFlow), hook));
  if (roll < 0.46)
    return due(
      'click: unknown action id',
      click(rnd() < 0.7 ? pick(rnd, UNKNOWN_ACTIONS) : 'x'.repeat(int(rnd, 255)), pick(rnd, states.valid), hook),
    );
  if (roll < 0.5)
    return due(
      'click: menu, language or audience',
      click(
        pick(rnd, ['mw.menu', 'mw.lang', 'mw.lang.en', 'mw.audience.employee', 'mw.audience.nobody']),
        pick(rnd, ['nl', 'en', 'xx', '', 'en:manager', 'nl:nobody']),
        hook,
      ),
    );
  if (roll < 0.62) return due('slash command', { ...slashCommand(randomText(rnd, guide)), response_url: hook });
  if (roll < 0.68) {
    const event = pick(rnd, [
      () => directMessage(randomText(rnd, guide)),
      () => appMention(randomText(rnd, guide)),
      () => appHomeOpened(rnd() < 0.5 ? { private_metadata: String(randomValue(rnd)) } : undefined),
    ])();
    return plain('event', { ...event, event_id: `Ev${int(rnd, 50)}` });
  }
  if (roll < 0.71)
    return plain(
      'share submission',
      mutate(
        rnd,
        shareSubmission(
          pick(rnd, [...states.valid, ...states.outdated]),
          rnd() < 0.5 ? { user: String(randomValue(rnd)) } : { channel: 'C0CHAN0001' },
        ),
      ),
    );
  if (roll < 0.73)
    return plain(
      'shortcut',
      rnd() < 0.5
        ? globalShortcut(pick(rnd, ['check_tool', 'unknown_tool', '']))
        : { ...messageShortcut(pick(rnd, ['ask_about_message', 'other']), randomText(rnd, guide)), response_url: hook },
    );
  if (roll < 0.85) {
    const base = pick(rnd, [
      () => click('mw.go.option.a', pick(rnd, states.valid), hook),
      () => slashCommand('camera'),
      () => directMessage('camera'),
      () => shareSubmission(pick(rnd, states.valid), { user: 'U0COLL0001' }),
    ])();
    return plain('wrong types', mutate(rnd, mutate(rnd, base)));
  }
  if (roll < 0.93) {
    const { body, contentType } = encode(click('mw.go.option.a', pick(rnd, states.valid), hook));
    return { kind: 'truncated body', body: body.slice(0, int(rnd, body.length)), contentType };
  }
  if (roll < 0.95)
    return { kind: 'random JSON', body: JSON.stringify(randomValue(rnd)), contentType: 'application/json' };
  if (roll < 0.97) {
    const bytes = Uint8Array.from({ length: int(rnd, 4096) }, () => int(rnd, 256));
    return {
      kind: 'random bytes',
      body: bytes,
      contentType: pick(rnd, [
        'application/json',
        'application/x-www-form-urlencoded',
        'text/plain',
        'application/octet-stream',
      ]),
    };
  }
  return { kind: 'unsigned', ...encode(slashCommand('camera')), unsigned: true };
}
