import type { Flow, Term } from '../knowledge/schema.js';
import { editDistance, terms, tokenize } from './text.js';

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
export const CONFIDENT_SCORE = 2;
export const CONFIDENT_LEAD = 1.5;
/** How much a match counts, by how the query word met the keyword. */
const QUALITY = { exact: 1, compound: 0.8, fuzzy: 0.7 } as const;
const MIN_PART = 5;
const MAX_QUERY_TERMS = 40;
/** No keyword is this long; longer "words" (pasted URLs, hashes) would only cost quadratic typo matching. */
const MAX_TERM_LENGTH = 40;

interface Index {
  /** Term → the flows it occurs in, as positions in `flows`. */
  postings: Map<string, Set<number>>;
  /** Each term with one letter deleted → the terms it came from (finds typos of one edit in O(word length)). */
  deletions: Map<string, Set<string>>;
  idf: Map<string, number>;
  /** Flow ids in knowledge-base order, which also breaks ties between equal scores. */
  flows: string[];
}

/**
 * What the router reads of the knowledge: each flow's id, title and keywords, and the terms. A knowledge base is
 * one; the web start page builds one from these fields alone, to route without loading every flow.
 */
export interface RouterSource {
  readonly flows: ReadonlyMap<string, { readonly flow: Pick<Flow, 'id' | 'title' | 'keywords'> }>;
  readonly terms: readonly Term[];
}

/** Builds an index of every flow's keywords and title, once per knowledge base. */
export function createRouter(kb: RouterSource): Router {
  const vocabulary = createVocabulary(kb.terms);
  const index = buildIndex(kb, vocabulary);
  return { route: (text, limit = 5) => rank(index, vocabulary(text), limit) };
}

/**
 * Adds a term's first form after every other form of it, in the index and in questions alike, so "OR", "or-lid"
 * and "works council" all also count as "ondernemingsraad"; the words as written still count for themselves.
 * Forms listed under `match_case` count only as written.
 */
function createVocabulary(list: readonly Term[]): (text: string) => string {
  const rules = list.flatMap((term) => {
    const canonical = ` ${tokenize(term.forms[0] as string).join('')} `;
    return term.forms.slice(1).map((form) => {
      const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[\s-]+/g, '[\\s-]+');
      const flags = term.match_case?.includes(form) ? 'gu' : 'giu';
      return { pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, flags), canonical };
    });
  });
  return (text) => rules.reduce((out, rule) => out.replace(rule.pattern, (form) => `${form}${rule.canonical}`), text);
}

function buildIndex(kb: RouterSource, vocabulary: (text: string) => string): Index {
  const postings = new Map<string, Set<number>>();
  const flows: string[] = [];
  for (const { flow } of kb.flows.values()) {
    const words = [...flow.keywords.nl, ...flow.keywords.en, flow.title.nl, flow.title.en, flow.id.replace(/-/g, ' ')];
    for (const term of terms(vocabulary(words.join(' \n ')))) getOrAdd(postings, term).add(flows.length);
    flows.push(flow.id);
  }
  const deletions = new Map<string, Set<string>>();
  const idf = new Map<string, number>();
  for (const [term, found] of postings) {
    idf.set(term, 1 + Math.log(flows.length / found.size));
    if (term.length >= MIN_PART) for (const d of deletionsOf(term)) getOrAdd(deletions, d).add(term);
  }
  return { postings, deletions, idf, flows };
}

/**
 * Each query word adds to a flow's score the weight of the best index term it matched there. Scores live in
 * arrays indexed by flow position: in a large base a common word scores thousands of flows, and string-keyed
 * maps made that the bulk of a query's time.
 */
function rank(index: Index, text: string, limit: number): RouteResult {
  const scores = new Float64Array(index.flows.length);
  const scoredBy = new Int32Array(index.flows.length);
  for (const [i, queryTerm] of terms(text)
    .filter((t) => t.length <= MAX_TERM_LENGTH)
    .slice(0, MAX_QUERY_TERMS)
    .entries()) {
    const word = i + 1;
    const weighted = [...candidates(index, queryTerm)].map(
      ([term, quality]) => [term, quality * (index.idf.get(term) ?? 0)] as const,
    );
    // Best weight first, so the first time a flow is met for this word is its best match.
    for (const [term, weight] of weighted.sort((a, b) => b[1] - a[1])) {
      for (const flow of index.postings.get(term) ?? []) {
        if (scoredBy[flow] === word) continue;
        scoredBy[flow] = word;
        scores[flow] = (scores[flow] as number) + weight;
      }
    }
  }
  const matches = best(scores, limit).map((flow) => ({
    flow: index.flows[flow] as string,
    score: Math.round((scores[flow] as number) * 100) / 100,
  }));
  const [first, second] = matches;
  const confident =
    !!first && first.score >= CONFIDENT_SCORE && (!second || first.score >= CONFIDENT_LEAD * second.score);
  return { matches, confident };
}

/** Positions of the `limit` highest scores of at least MIN_SCORE, best first, ties in knowledge-base order; one pass, no sort. */
function best(scores: Float64Array, limit: number): number[] {
  const top: number[] = [];
  const score = (flow: number) => scores[flow] as number;
  scores.forEach((s, flow) => {
    if (s < MIN_SCORE || (top.length >= limit && s <= score(top[top.length - 1] as number))) return;
    const at = top.findIndex((t) => s > score(t));
    top.splice(at < 0 ? top.length : at, 0, flow);
    if (top.length > limit) top.pop();
  });
  return top;
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
  const found = map.get(key);
  if (found) return found;
  const set = new Set<V>();
  map.set(key, set);
  return set;
}
