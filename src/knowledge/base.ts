import { questionsLeft } from './graph.js';
import { shortHash } from './hash.js';
import type { Asker, AskerCues, Conclusion, Flow, FlowSpec, Ground, Outcome, Route, Ruling, Term } from './schema.js';

/** A flow with what the engine needs precomputed: a content hash and, per question, how many questions can still follow. */
export interface FlowEntry {
  readonly flow: Flow;
  /** The flow as written, shared conclusions by id. */
  readonly spec: FlowSpec;
  /** Short hash of the flow's content; conversation state carries it to notice a changed flow. */
  readonly hash: string;
  /** Longest number of questions from a node to an outcome, the node itself included (0 for outcomes). */
  readonly questionsLeft: ReadonlyMap<string, number>;
  /** The outcomes that are a shared conclusion: outcome id → conclusion id. */
  readonly shared: ReadonlyMap<string, string>;
}

/** The validated, linked, immutable knowledge. */
export interface KnowledgeBase {
  /** Hash of all content; changes whenever any file changes. */
  readonly version: string;
  readonly flows: ReadonlyMap<string, FlowEntry>;
  readonly grounds: ReadonlyMap<string, Ground>;
  readonly rulings: ReadonlyMap<string, Ruling>;
  readonly routes: ReadonlyMap<string, Route>;
  readonly conclusions: ReadonlyMap<string, Conclusion>;
  /** Words in a question that tell who is asking. */
  readonly askerCues: ReadonlyMap<Asker, AskerCues['cues']>;
  readonly terms: readonly Term[];
}

/** The checked contents of the knowledge files, as the loader read them (and the cache keeps them). */
export interface KnowledgeParts {
  flows: readonly FlowSpec[];
  grounds: readonly Ground[];
  rulings: readonly Ruling[];
  routes: readonly Route[];
  conclusions?: readonly Conclusion[];
  askers?: readonly AskerCues[];
  terms?: readonly Term[];
}

/** Builds the knowledge base from already validated, linted parts (every reference resolves, no cycles). */
export function buildKnowledgeBase(parts: KnowledgeParts): KnowledgeBase {
  const conclusions = new Map((parts.conclusions ?? []).map((c) => [c.id, c]));
  const flows = new Map(parts.flows.map((spec) => [spec.id, flowEntry(spec, conclusions)]));
  // The flows are most of the content and already hashed one by one; the version builds on those hashes.
  const flowHashes = [...flows.values()].map((e) => [e.flow.id, e.hash]);
  const rest = {
    grounds: parts.grounds,
    rulings: parts.rulings,
    routes: parts.routes,
    askers: parts.askers,
    terms: parts.terms,
  };
  return deepFreeze({
    version: shortHash({ flowHashes, ...rest }, 12),
    flows,
    grounds: new Map(parts.grounds.map((g) => [g.id, g])),
    rulings: new Map(parts.rulings.map((r) => [r.id, r])),
    routes: new Map(parts.routes.map((r) => [r.id, r])),
    conclusions,
    askerCues: new Map((parts.askers ?? []).map((a) => [a.id, a.cues])),
    terms: parts.terms ?? [],
  });
}

function flowEntry(spec: FlowSpec, conclusions: ReadonlyMap<string, Conclusion>): FlowEntry {
  const shared = new Map<string, string>();
  const outcomes: Record<string, Outcome> = {};
  for (const [id, outcome] of Object.entries(spec.outcomes)) {
    if ('use' in outcome) {
      const { id: _, ...conclusion } = conclusions.get(outcome.use) as Conclusion;
      outcomes[id] = conclusion;
      shared.set(id, outcome.use);
    } else {
      outcomes[id] = outcome;
    }
  }
  const flow: Flow = { ...spec, outcomes };
  return { flow, spec, hash: shortHash(flow), questionsLeft: questionsLeft(flow), shared };
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    const children = value instanceof Map ? [...value.values()] : Object.values(value);
    for (const child of children) deepFreeze(child);
  }
  return value;
}
