import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { createRouter } from '../src/guide/router.js';
import type { KnowledgeBase } from '../src/knowledge/base.js';
import { REPO } from './paths.js';
import { percentile, timed } from './stats.js';

export interface RouterFigures {
  flows: number;
  queries: number;
  /** Building the index, once per knowledge base (at app start). */
  buildMs: number;
  p50Ms: number;
  p99Ms: number;
}

/** Questions with no topic behind them: the router must look at every candidate and still give up. */
const UNRELATED = [
  'wat is het weer morgen',
  'hoe laat sluit de kantine',
  'recipe for pancakes',
  'asdfgh qwerty',
  '???',
];

/** The realistic questions the router tests use (test/fixtures/phrasings), in both languages, plus unrelated ones. */
export function realQueries(): string[] {
  const dir = join(REPO, 'test', 'fixtures', 'phrasings');
  const phrasings = readdirSync(dir)
    .filter((f) => f.endsWith('.yml'))
    .sort()
    .flatMap((f) => {
      const { nl = [], en = [] } = parse(readFileSync(join(dir, f), 'utf8')) as { nl?: string[]; en?: string[] };
      return [...nl, ...en];
    });
  // A long message pasted whole: the router caps the terms it looks at.
  const pasted = phrasings.slice(0, 12).join('. ');
  return [...phrasings, ...UNRELATED, pasted];
}

/** The real questions plus, for each, a variant naming a keyword only one synthetic flow has. */
export function syntheticQueries(kb: KnowledgeBase, queries: readonly string[]): string[] {
  const flows = [...kb.flows.values()];
  const specific = queries.map((q, i) => {
    const { keywords } = (flows[(i * 37) % flows.length] as (typeof flows)[number]).flow;
    return `${q} ${keywords.nl[i % keywords.nl.length] ?? ''}`;
  });
  return [...queries, ...specific];
}

export function measureRouter(kb: KnowledgeBase, queries: readonly string[], passes: number): RouterFigures {
  const { result: router, ms: buildMs } = timed(() => createRouter(kb));
  for (const q of queries) router.route(q);
  const samples: number[] = [];
  for (let pass = 0; pass < passes; pass++) for (const q of queries) samples.push(timed(() => router.route(q)).ms);
  return {
    flows: kb.flows.size,
    queries: queries.length,
    buildMs,
    p50Ms: percentile(samples, 50),
    p99Ms: percentile(samples, 99),
  };
}
