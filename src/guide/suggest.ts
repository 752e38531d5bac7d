import type { Guide } from './guide.js';

/**
 * What to do with a question typed in someone's own words: start the one topic that clearly fits, offer the
 * topics that fit, or say that none does.
 */
export type Suggestion = { kind: 'start'; flow: string } | { kind: 'choose'; flows: string[] } | { kind: 'none' };

/**
 * The router reads only a question's first 40 words, and its typo matching grows with the square of a word's
 * length: one 40,000-character word (Slack's message limit) would hold the process for over a second.
 */
export const MAX_QUESTION_CHARS = 1000;

export function suggest(guide: Guide, text: string): Suggestion {
  const { matches, confident } = guide.router.route(text.slice(0, MAX_QUESTION_CHARS));
  const [first] = matches;
  if (confident && first) return { kind: 'start', flow: first.flow };
  if (matches.length === 0) return { kind: 'none' };
  return { kind: 'choose', flows: matches.map((m) => m.flow) };
}
