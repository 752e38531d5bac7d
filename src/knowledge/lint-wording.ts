import { reachable } from './graph.js';
import { type Known, type Located, outcomesOf, type Report } from './lint.js';
import type { Asker, FlowSpec, Outcome } from './schema.js';

/**
 * Whether a flow speaks to each of its askers: "weet ik niet" offered or its absence explained, no first-person
 * option or letter on the way of someone who is not the person affected, and no conclusion written twice.
 */

/** People who plan or help rather than undergo: an option in the first person or a letter to "your employer" misfits. */
const NOT_AFFECTED: readonly Asker[] = ['manager', 'works_council', 'confidential_counsellor'];
const FIRST_PERSON = { nl: /\b(ik|mijn|mij|me)\b/i, en: /\b(I|my|me)\b/ } as const;
/** "Weet ik niet" is said by anyone. */
const ANYONE = { nl: /weet ik (het )?niet/gi, en: /I don['’]t know/gi } as const;
const firstPerson = (label: { nl: string; en: string }) =>
  FIRST_PERSON.nl.test(label.nl.replace(ANYONE.nl, '')) || FIRST_PERSON.en.test(label.en.replace(ANYONE.en, ''));

export function lintWording(at: Located<FlowSpec>, outcomes: Map<string, Outcome>, report: Report): void {
  const flow = at.value;
  for (const [qid, question] of Object.entries(flow.questions)) {
    if (!question.unknown && !question.no_unknown) {
      report(
        'error',
        at,
        ['questions', qid],
        `question "${qid}" offers no "weet ik niet": add unknown (where it leads, how to find out) or no_unknown (why not)`,
      );
    }
  }
  for (const asker of flow.askers.filter((a) => NOT_AFFECTED.includes(a))) {
    const onTheirWay = reachable(flow, asker);
    for (const [qid, question] of Object.entries(flow.questions)) {
      if (!onTheirWay.has(qid)) continue;
      question.options.forEach((option, i) => {
        if (option.for?.[asker] || !firstPerson(option.label)) return;
        report(
          'error',
          at,
          ['questions', qid, 'options', i, 'label'],
          `speaks as the person affected ("${option.label.nl}"), but a ${asker} can choose it: add for.${asker}.label`,
        );
      });
    }
    for (const [oid, outcome] of outcomes) {
      if (onTheirWay.has(oid) && outcome.letter && outcome.for?.[asker]?.letter === undefined) {
        report(
          'error',
          at,
          ['outcomes', oid, 'letter'],
          `a ${asker} reaches this letter to "your employer": give for.${asker}.letter (or null for none)`,
        );
      }
    }
  }
}

/** Outcomes so alike in two flows that one shared conclusion should say it for both. */
export function similarOutcomes(flows: Located<FlowSpec>[], known: Known, report: Report): void {
  const texts = flows.flatMap((at) =>
    [...outcomesOf(at.value, known)]
      .filter(([id]) => !('use' in (at.value.outcomes[id] ?? {})))
      .map(([id, outcome]) => ({
        at,
        id,
        verdict: outcome.verdict,
        words: wordsOf(`${outcome.summary.nl} ${outcome.reasoning.nl}`),
      })),
  );
  // Comparing every pair grows with the square of the outcomes; two texts this alike share a word among the
  // rarest few of each (prefix filtering), so only outcomes that do are compared.
  const frequency = new Map<string, number>();
  for (const { words } of texts) for (const w of words) frequency.set(w, (frequency.get(w) ?? 0) + 1);
  const byRarity = (a: string, b: string) => frequency.get(a)! - frequency.get(b)! || (a < b ? -1 : a > b ? 1 : 0);
  const withWord = new Map<string, number[]>();
  texts.forEach((text, index) => {
    const rarest = [...text.words].sort(byRarity);
    const prefix = rarest.slice(0, rarest.length - Math.ceil(SIMILAR * rarest.length) + 1);
    const candidates = new Set(prefix.flatMap((w) => withWord.get(w) ?? []));
    const twin = [...candidates]
      .sort((a, b) => a - b)
      .map((i) => texts[i]!)
      .find(
        (s) =>
          s.at.value.id !== text.at.value.id && s.verdict === text.verdict && overlap(s.words, text.words) >= SIMILAR,
      );
    if (twin) {
      report(
        'warning',
        text.at,
        ['outcomes', text.id],
        `says nearly what ${twin.at.value.id}/${twin.id} says: define it once under knowledge/conclusions and use it in both`,
      );
    }
    for (const w of prefix) withWord.set(w, [...(withWord.get(w) ?? []), index]);
  });
}

/** Share of words two texts have in common (Jaccard) from which they count as saying the same. */
const SIMILAR = 0.8;

const wordsOf = (text: string): Set<string> => new Set(text.toLowerCase().match(/\p{L}{4,}/gu) ?? []);

function overlap(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared || 1);
}
