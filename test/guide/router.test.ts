import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createRouter } from '../../src/guide/router.js';
import { editDistance, stem, terms, tokenize } from '../../src/guide/text.js';
import { realKb } from '../helpers/knowledge.js';

const kb = realKb();
const router = createRouter(kb);
const phrasingsDir = fileURLToPath(new URL('../fixtures/phrasings/', import.meta.url));
const phrasings = readdirSync(phrasingsDir)
  .filter((f) => f.endsWith('.yml'))
  .map((f) => ({
    flow: f.replace(/\.yml$/, ''),
    ...(parse(readFileSync(phrasingsDir + f, 'utf8')) as { nl: string[]; en: string[] }),
  }));

describe('normalising text', () => {
  it('lowercases, strips diacritics and apostrophes, and drops stop words', () => {
    expect(tokenize("M'n café-Baas")).toEqual(['mn', 'cafe', 'baas']);
    expect(terms('Mag mijn baas mijn vingerafdrukken gebruiken?')).toEqual(['vingerafdruk', 'gebruik']);
  });

  it('stems Dutch and English endings to a common base', () => {
    expect(stem('vingerafdrukken')).toBe(stem('vingerafdruk'));
    expect(stem('klantbeoordelingen')).toBe(stem('klantbeoordeling'));
    expect(stem('cameras')).toBe(stem('camera'));
    expect(stem('ratings')).toBe(stem('rating'));
  });

  it('measures typos, counting a swap of two letters as one edit', () => {
    expect(editDistance('vingerafruk', 'vingerafdruk', 2)).toBe(1);
    expect(editDistance('vingreafdruk', 'vingerafdruk', 2)).toBe(1);
    expect(editDistance('camera', 'kamera', 2)).toBe(1);
    expect(editDistance('abc', 'xyzxyz', 2)).toBe(3);
  });
});

describe('routing questions to flows', () => {
  it('has phrasings for every flow', () => {
    expect(phrasings.map((p) => p.flow).sort()).toEqual([...kb.flows.keys()].sort());
  });

  for (const { flow, nl, en } of phrasings) {
    it.each([...nl, ...en])(`ranks ${flow} first for %s`, (question) => {
      const [best] = router.route(question).matches;
      expect(best?.flow).toBe(flow);
    });
  }

  it.each(['wat is het weer morgen', 'hoe laat sluit de kantine', 'recipe for pancakes', 'asdfgh qwerty', '', '???'])(
    'offers no guess for an unrelated question: %s',
    (question) => {
      expect(router.route(question).matches).toEqual([]);
    },
  );

  it('is confident only when one flow is clearly ahead', () => {
    const result = router.route('mag mijn baas mijn vingerafdruk gebruiken om in te loggen op de kassa');
    expect(result.confident).toBe(true);
    expect(result.matches[0]!.score).toBeGreaterThanOrEqual(1.5 * (result.matches[1]?.score ?? 0));
  });

  it('returns at most the requested number of matches, best first', () => {
    const { matches } = router.route('camera gps email vingerafdruk klantbeoordeling', 3);
    expect(matches.length).toBeLessThanOrEqual(3);
    expect(matches.map((m) => m.score)).toEqual([...matches.map((m) => m.score)].sort((a, b) => b - a));
  });
});

describe('routing hostile input', () => {
  it('ignores "words" longer than any keyword in a long pasted text, so they cost no typo matching', () => {
    const pasted = router.route(`${'x'.repeat(50_000)} vingerafdruk kassa ${'abcdefghij'.repeat(2_000)}`);
    expect(pasted).toEqual(router.route('vingerafdruk kassa'));
    expect(pasted.matches[0]?.flow).toBe('biometrics');
  });
});

describe('abbreviations and their long forms', () => {
  it('read OR as the works council only as written, not the English "or"', () => {
    expect(router.route('de OR heeft niet ingestemd').matches[0]?.flow).toBe('works-council');
    expect(router.route('mag dit of or niet').matches.map((m) => m.flow)).not.toContain('works-council');
  });

  it('count a long form and its abbreviation as the same word', () => {
    const [long] = router.route('moeten we een gegevensbeschermingseffectbeoordeling doen').matches;
    const [short] = router.route('moeten we een DPIA doen').matches;
    expect(short?.flow).toBe(long?.flow);
  });
});
