import { questionsLeft } from './graph.js';
import { shortHash } from './hash.js';
import type { Flow, Ground, Route, Ruling } from './schema.js';

/** A flow with what the engine needs precomputed: a content hash and, per question, how many questions can still follow. */
export interface FlowEntry {
  readonly flow: Flow;
  /** Short hash of the flow's content; conversation state carries it to notice a changed flow. */
  readonly hash: string;
  /** Longest number of questions from a node to an outcome, the node itself included (0 for outcomes). */
  readonly questionsLeft: ReadonlyMap<string, number>;
}

/** The validated, linked, immutable knowledge: flows, grounds, rulings and routes. */
export interface KnowledgeBase {
  /** Hash of all content; changes whenever any file changes. */
  readonly version: string;
  readonly flows: ReadonlyMap<string, FlowEntry>;
  readonly grounds: ReadonlyMap<string, Ground>;
  readonly rulings: ReadonlyMap<string, Ruling>;
  readonly routes: ReadonlyMap<string, Route>;
}

/** Builds the knowledge base from already validated, linted parts (the graph has no cycles). */
export function buildKnowledgeBase(parts: {
  flows: readonly Flow[];
  grounds: readonly Ground[];
  rulings: readonly Ruling[];
  routes: readonly Route[];
}): KnowledgeBase {
  const flows = new Map(
    parts.flows.map((flow) => [flow.id, { flow, hash: shortHash(flow), questionsLeft: questionsLeft(flow) }]),
  );
  // The flows are most of the content and already hashed one by one; the version builds on those hashes.
  const flowHashes = [...flows.values()].map((e) => [e.flow.id, e.hash]);
  return deepFreeze({
    version: shortHash({ flowHashes, grounds: parts.grounds, rulings: parts.rulings, routes: parts.routes }, 12),
    flows,
    grounds: new Map(parts.grounds.map((g) => [g.id, g])),
    rulings: new Map(parts.rulings.map((r) => [r.id, r])),
    routes: new Map(parts.routes.map((r) => [r.id, r])),
  });
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    const children = value instanceof Map ? [...value.values()] : Object.values(value);
    for (const child of children) deepFreeze(child);
  }
  return value;
}
