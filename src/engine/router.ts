import type { KnowledgeBase } from '../knowledge/base.js';
import { editDistance, terms } from './text.js';

export interface Match {
  flow: string;
  score: number;
}

export interface RouteResult {
  matches: Match[];
  /** True when the best match is strong and clearly ahead of the next: a surface may start it directly. */
  confident: boolean;
}

export interface Router {
  route(text: string, limit?: number): RouteResult;
}

/** Below this score a match is a guess; the surface offers the topic list instead. */
export const MIN_SCORE = 1;
const CONFIDENT_SCORE = 2;
const CONFIDENT_LEAD = 1.5;
/** How much a match counts, by how the query word met the keyword. */
const QUALITY = { exact: 1, compound: 0.8, fuzzy: 0.7 } as const;
const MIN_PART = 5;
const MAX_QUERY_TERMS = 40;

interface Index {
  postings: Map<string, Set<string>>;
  /** Each term with one letter deleted → the terms it came from (finds typos of one edit in O(word length)). */
  deletions: Map<string, Set<string>>;
  idf: Map<string, number>;
  order: string[];
}

/** Builds an index of every flow's keywords and title, once per knowledge base. */
export function createRouter(kb: KnowledgeBase): Router {
  const index = buildIndex(kb);
  return { route: (text, limit = 5) => rank(index, text, limit) };
}

function buildIndex(kb: KnowledgeBase): Index {
  const postings = new Map<string, Set<string>>();
  const order: string[] = [];
  for (const { flow } of kb.flows.values()) {
    order.push(flow.id);
    const words = [...flow.keywords.nl, ...flow.keywords.en, flow.title.nl, flow.title.en, flow.id.replace(/-/g, ' ')];
    for (const term of terms(words.join(' \n '))) getOrAdd(postings, term).add(flow.id);
  }
  const deletions = new Map<string, Set<string>>();
  const idf = new Map<string, number>();
  for (const [term, flows] of postings) {
    idf.set(term, 1 + Math.log(order.length / flows.size));
    if (term.length >= MIN_PART) for (const d of deletionsOf(term)) getOrAdd(deletions, d).add(term);
  }
  return { postings, deletions, idf, order };
}

function rank(index: Index, text: string, limit: number): RouteResult {
  const scores = new Map<string, number>();
  for (const queryTerm of terms(text).slice(0, MAX_QUERY_TERMS)) {
    const best = new Map<string, number>();
    for (const [term, quality] of candidates(index, queryTerm)) {
      const weight = quality * (index.idf.get(term) ?? 0);
      for (const flow of index.postings.get(term) ?? []) best.set(flow, Math.max(best.get(flow) ?? 0, weight));
    }
    for (const [flow, weight] of best) scores.set(flow, (scores.get(flow) ?? 0) + weight);
  }
  const position = new Map(index.order.map((id, i) => [id, i]));
  const matches = [...scores]
    .filter(([, score]) => score >= MIN_SCORE)
    .sort((a, b) => b[1] - a[1] || (position.get(a[0]) ?? 0) - (position.get(b[0]) ?? 0))
    .slice(0, limit)
    .map(([flow, score]) => ({ flow, score: Math.round(score * 100) / 100 }));
  const [first, second] = matches;
  const confident = !!first && first.score >= CONFIDENT_SCORE && (!second || first.score >= CONFIDENT_LEAD * second.score);
  return { matches, confident };
}

/** Index terms a query word may stand for: itself, the parts of a compound it contains, or a one-letter typo. */
function candidates(index: Index, word: string): Map<string, number> {
  const found = new Map<string, number>();
  const add = (term: string, quality: number) => {
    if (index.postings.has(term) && (found.get(term) ?? 0) < quality) found.set(term, quality);
  };
  add(word, QUALITY.exact);
  if (found.size > 0) return found;
  // Dutch compounds: "vingerafdrukscanner" holds "vingerafdruk", "kassasysteem" holds "kassa".
  for (let i = MIN_PART; i <= word.length - 2; i++) add(word.slice(0, i), QUALITY.compound);
  for (let i = 2; i <= word.length - MIN_PART; i++) add(word.slice(i), QUALITY.compound);
  if (word.length >= MIN_PART) {
    const maxEdits = word.length >= 9 ? 2 : 1;
    for (const key of [word, ...deletionsOf(word)]) {
      for (const term of [...(index.deletions.get(key) ?? []), ...(index.postings.has(key) ? [key] : [])]) {
        if (!found.has(term) && editDistance(word, term, maxEdits) <= maxEdits) add(term, QUALITY.fuzzy);
      }
    }
  }
  return found;
}

function deletionsOf(word: string): string[] {
  return Array.from({ length: word.length }, (_, i) => word.slice(0, i) + word.slice(i + 1));
}

function getOrAdd<K, V>(map: Map<K, Set<V>>, key: K): Set<V> {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  return set;
}
