import type { KnowledgeBase } from '../knowledge/base.js';
import type { Asker, Cues, Flow } from '../knowledge/schema.js';
import type { Conversation } from './conversation.js';
import { stem, tokenize } from './text.js';

/**
 * Facts a question in someone's own words already states: an option whose cue ("in de kantine", "niet
 * aangekondigd") stands in the text answers that question in advance, and words such as "we willen invoeren"
 * tell who is asking. Only whole phrases count, never near misses, and never a phrase within three words after a negation ("niet voor de kassa");
 * a single-choice question whose cues point at two options is left to the person.
 */

const NEGATIONS = new Set(['niet', 'geen', 'nooit', 'zonder', 'not', 'no', 'never', 'without', 'nor']);

/** The words of a text as the cues are matched: lowercase, without diacritics, each reduced to its stem. */
export const phraseWords = (text: string): string[] => tokenize(text).map(stem);

/** Whether a cue stands in the words as a whole phrase, and not within three words after a negation. */
export const states = (words: readonly string[], cue: string): boolean => statesPhrase(words, phraseWords(cue));

function statesPhrase(words: readonly string[], phrase: readonly string[]): boolean {
  const [head] = phrase;
  if (head === undefined) return false;
  // Only where the phrase's first word stands: most cues are not in a question at all.
  for (let i = words.indexOf(head); i >= 0 && i + phrase.length <= words.length; i = words.indexOf(head, i + 1)) {
    if (!phrase.every((w, k) => words[i + k] === w)) continue;
    const before = words.slice(Math.max(0, i - 3), i);
    if (!before.some((w) => NEGATIONS.has(w))) return true;
  }
  return false;
}

/**
 * Every cue of the knowledge in words, each put into words once: a question is held against the cues of several
 * topics and all askers, and normalising each cue again for every question cost most of a slash command's CPU.
 */
const cueWords = new WeakMap<Cues, readonly string[][]>();

function phrasesOf(cues: Cues): readonly string[][] {
  let phrases = cueWords.get(cues);
  if (!phrases) {
    phrases = [...(cues.nl ?? []), ...(cues.en ?? [])].map(phraseWords);
    cueWords.set(cues, phrases);
  }
  return phrases;
}

const anyCue = (cues: Cues | undefined, words: readonly string[]) =>
  cues !== undefined && phrasesOf(cues).some((phrase) => statesPhrase(words, phrase));

/** The answers a text states, per question of the flow. */
export function factsIn(flow: Flow, text: string): Conversation['facts'] {
  const words = phraseWords(text);
  const facts: Conversation['facts'] = {};
  for (const [id, question] of Object.entries(flow.questions)) {
    const stated = question.options.filter((o) => anyCue(o.cues, words)).map((o) => o.id);
    if (stated.length === 0) continue;
    if (question.multiple) facts[id] = stated.length === 1 ? (stated[0] as string) : stated;
    else if (stated.length === 1) facts[id] = stated[0] as string;
  }
  return facts;
}

/** Who is asking, when the text says so and the flow serves them; otherwise nobody in particular. */
export function askerIn(kb: KnowledgeBase, text: string, allowed: readonly Asker[]): Asker | undefined {
  const words = phraseWords(text);
  const found = [...kb.askerCues]
    .filter(([asker, cues]) => allowed.includes(asker) && anyCue(cues, words))
    .map(([asker]) => asker);
  return found.length === 1 ? found[0] : undefined;
}
