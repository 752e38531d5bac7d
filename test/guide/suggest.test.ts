import { describe, expect, it } from 'vitest';
import { guideOf } from '../../src/guide/guide.js';
import { MAX_QUESTION_CHARS, suggest } from '../../src/guide/suggest.js';
import { loadFixture, TOOLS_FLOW } from '../helpers/fixtures.js';
import { realGuide } from '../helpers/knowledge.js';

describe('suggesting a topic for a question', () => {
  it('starts the one topic that clearly fits, with what the question already says', () => {
    const guide = guideOf(loadFixture().kb!);
    expect(suggest(guide, 'vingerafdruk bij de kassa')).toEqual({
      kind: 'start',
      flow: 'demo',
      facts: { purpose: 'till' },
    });
  });

  it('asks "A or B?" when two topics fit about equally well, rather than picking by file order', () => {
    const guide = guideOf(
      loadFixture({
        'flows/tools.yml': TOOLS_FLOW.replace(
          'keywords: { nl: [tool], en: [tool] }',
          'keywords: { nl: [vingerafdruk, kassa], en: [tool] }',
        ),
      }).kb!,
    );
    const suggestion = suggest(guide, 'vingerafdruk kassa');
    expect(suggestion.kind).toBe('clarify');
    expect(suggestion.kind === 'clarify' && suggestion.leads.map((l) => l.flow).sort()).toEqual(['demo', 'tools']);
  });

  it('offers the topics that fit when none clearly does, and nothing when none fits', () => {
    const guide = realGuide();
    expect(suggest(guide, 'xyzzy plugh')).toEqual({ kind: 'none' });
    const vague = suggest(guide, 'registratie');
    expect(['choose', 'clarify', 'none']).toContain(vague.kind);
  });

  it('reads only the first part of a very long question', () => {
    const guide = guideOf(loadFixture().kb!);
    const long = `${'woorden '.repeat(MAX_QUESTION_CHARS)} vingerafdruk kassa`;
    expect(suggest(guide, long)).toEqual({ kind: 'none' });
  });
});
