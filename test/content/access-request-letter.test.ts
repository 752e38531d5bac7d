import { describe, expect, it } from 'vitest';
import { type OutcomeStep, walk } from '../../src/guide/conversation.js';
import { viewStep } from '../../src/guide/view.js';
import type { KnowledgeBase } from '../../src/knowledge/base.js';
import { paths } from '../../src/knowledge/graph.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { type Asker, LANGS, type Lang, type Organisation } from '../../src/knowledge/schema.js';

/**
 * The access-request flow offers ready-to-send letters, to employees, applicants and platform workers. These tests
 * walk the real knowledge to every letter and check that the rendered letter carries the person's choices, the right
 * GDPR article and the organisation's name (or a clear placeholder when there is none), in Dutch and English.
 */

const FLOW = 'access-request';
const TODAY = '2026-11-23';
const ORGANISATION: Organisation = { name: 'Bakkerij De Korenschoof B.V.', representation: 'or', contacts: {} };
const BLANK_ORGANISATION: Record<Lang, string> = { nl: '[naam werkgever]', en: '[employer name]' };
const BLANK_ANSWER = '[…]';
const ARTICLE: Record<'access' | 'objection' | 'erasure', Record<Lang, string>> = {
  access: { nl: 'artikel 15 AVG', en: 'Article 15 GDPR' },
  objection: { nl: 'artikel 21 AVG', en: 'Article 21 GDPR' },
  erasure: { nl: 'artikel 17 AVG', en: 'Article 17 GDPR' },
};
/** The askers who are offered a letter: the person affected, in each of their roles. */
const LETTER_ASKERS: Asker[] = ['employee', 'applicant', 'platform_worker'];

function knowledge(): KnowledgeBase {
  const { kb, diagnostics } = loadKnowledge();
  if (!kb)
    throw new Error(
      `real knowledge is invalid:\n${diagnostics.map((d) => `${d.file}:${d.line} ${d.message}`).join('\n')}`,
    );
  return kb;
}

const kb = knowledge();
const flow = kb.flows.get(FLOW)?.flow;

/** Walks to an outcome and fails loudly if the answers lead anywhere else. */
function outcomeFor(answers: string[], lang: Lang, asker: Asker = 'employee'): OutcomeStep {
  const result = walk(kb, { flow: FLOW, lang, asker, facts: {}, answers });
  if (!result.ok) throw new Error(`walk failed: ${JSON.stringify(result.error)}`);
  if (result.step.type !== 'outcome') throw new Error(`answers ${answers.join(',')} stop before an outcome`);
  return result.step;
}

function letterFor(
  answers: string[],
  lang: Lang,
  organisation?: Organisation,
  asker: Asker = 'employee',
): { title: string; body: string } {
  const view = viewStep(outcomeFor(answers, lang, asker), { lang, organisation, today: TODAY });
  if (view.type !== 'outcome' || !view.letter) throw new Error(`no letter at the end of ${answers.join(',')}`);
  return view.letter;
}

/** The label the person saw for an option, as it is defined in the flow file. */
function label(question: string, option: string, lang: Lang): string {
  const found = flow?.questions[question]?.options.find((o) => o.id === option);
  if (!found) throw new Error(`no option "${option}" in question "${question}"`);
  return found.label[lang];
}

interface LetterCase {
  outcome: string;
  kind: keyof typeof ARTICLE;
  /** Who walks to the letter; an employee unless said otherwise. */
  asker?: Asker;
  /** Question id → chosen option id, in the order asked. */
  choices: [string, string][];
  /** Choices that must appear in the letter body. */
  shown: string[];
}

const CASES: LetterCase[] = [
  {
    outcome: 'access',
    kind: 'access',
    choices: [
      ['role', 'employee'],
      ['goal', 'see'],
      ['what', 'personnel_file'],
    ],
    shown: ['role', 'what'],
  },
  {
    outcome: 'access',
    kind: 'access',
    choices: [
      ['role', 'intern'],
      ['goal', 'see'],
      ['what', 'badge_logs'],
    ],
    shown: ['role', 'what'],
  },
  {
    outcome: 'access_footage',
    kind: 'access',
    choices: [
      ['role', 'former'],
      ['goal', 'see'],
      ['what', 'footage'],
      ['footage_when', 'last_week'],
    ],
    shown: ['role', 'what', 'footage_when'],
  },
  {
    outcome: 'access_automated',
    kind: 'access',
    choices: [
      ['role', 'freelancer'],
      ['goal', 'see'],
      ['what', 'scores'],
    ],
    shown: ['role', 'what'],
  },
  {
    outcome: 'access_applicant',
    kind: 'access',
    asker: 'applicant',
    choices: [
      ['role', 'applicant'],
      ['goal', 'see'],
    ],
    shown: ['role'],
  },
  {
    outcome: 'access_platform',
    kind: 'access',
    asker: 'platform_worker',
    choices: [
      ['role', 'platform'],
      ['goal', 'see'],
    ],
    shown: ['role'],
  },
  {
    outcome: 'object',
    kind: 'objection',
    choices: [
      ['role', 'employee'],
      ['goal', 'object'],
      ['objection', 'cameras'],
      ['reason', 'private_time'],
    ],
    shown: ['role', 'objection', 'reason'],
  },
  {
    outcome: 'object_unlawful',
    kind: 'objection',
    choices: [
      ['role', 'agency'],
      ['goal', 'object'],
      ['objection', 'location'],
      ['reason', 'not_informed'],
    ],
    shown: ['role', 'objection', 'reason'],
  },
  {
    outcome: 'erase',
    kind: 'erasure',
    choices: [
      ['role', 'employee'],
      ['goal', 'erase'],
      ['erase_what', 'monitoring'],
    ],
    shown: ['role', 'erase_what'],
  },
  {
    outcome: 'erase_photo',
    kind: 'erasure',
    choices: [
      ['role', 'former'],
      ['goal', 'erase'],
      ['erase_what', 'photo'],
      ['photo_clause', 'no'],
    ],
    shown: ['role'],
  },
];

describe('access-request letters', () => {
  it('every outcome with a letter is covered by these tests', () => {
    const withLetter = Object.entries(flow?.outcomes ?? {})
      .filter(([, o]) => o.letter)
      .map(([id]) => id)
      .sort();
    expect(withLetter.length).toBeGreaterThan(0);
    expect([...new Set(CASES.map((c) => c.outcome))].sort()).toEqual(withLetter);
  });

  for (const c of CASES) {
    const answers = c.choices.map(([, option]) => option);
    const asker = c.asker ?? 'employee';
    const name = `${c.outcome} for ${asker} (${answers.join(', ')})`;

    describe.each(LANGS)(`${name} in %s`, (lang) => {
      it('ends in the expected outcome', () => {
        expect(outcomeFor(answers, lang, asker).parts.map((p) => p.node)).toEqual([c.outcome]);
      });

      it('fills in the chosen options, the article and the date', () => {
        const { title, body } = letterFor(answers, lang, ORGANISATION, asker);
        for (const question of c.shown) {
          const option = c.choices.find(([q]) => q === question)?.[1] as string;
          expect(body).toContain(label(question, option, lang));
        }
        expect(body).toContain(ARTICLE[c.kind][lang]);
        expect(title.toLowerCase()).toContain(ARTICLE[c.kind][lang].split(' ').slice(0, 2).join(' ').toLowerCase());
        expect(body).toContain(TODAY);
        expect(body).not.toContain(BLANK_ANSWER);
        expect(body).not.toMatch(/\{[a-z_]+(?::[a-z0-9_-]+)?\}/);
      });

      it('names the organisation when it is known', () => {
        const { body } = letterFor(answers, lang, ORGANISATION, asker);
        expect(body).toContain(ORGANISATION.name);
        expect(body).not.toContain(BLANK_ORGANISATION[lang]);
      });

      it('leaves a clear placeholder when the organisation is not known', () => {
        const { body } = letterFor(answers, lang, undefined, asker);
        expect(body).toContain(BLANK_ORGANISATION[lang]);
        expect(body).not.toContain(ORGANISATION.name);
      });
    });
  }

  it('writes the Dutch access letter as a readable sentence', () => {
    const { body } = letterFor(['employee', 'see', 'personnel_file'], 'nl', ORGANISATION);
    expect(body).toContain('Ik schrijf u als werknemer.');
    expect(body).toContain('in het bijzonder van: mijn volledige personeelsdossier.');
  });

  it('writes the English objection letter as a readable sentence', () => {
    const { body } = letterFor(['employee', 'object', 'cameras', 'private_time'], 'en', ORGANISATION);
    expect(body).toContain('I am writing to you as an employee.');
    expect(body).toContain('I object to the camera surveillance at my workplace.');
    expect(body).toContain('Article 21 GDPR');
  });

  it.each(LETTER_ASKERS)('leaves no choice blank on any path that ends in a letter, for %s', (asker) => {
    let letters = 0;
    for (const { answers } of paths(flow!, asker)) {
      for (const lang of LANGS) {
        const view = viewStep(outcomeFor(answers, lang, asker), { lang, today: TODAY });
        if (view.type !== 'outcome' || !view.letter) continue;
        letters++;
        expect(view.letter.body, `${lang}: ${answers.join(',')}`).not.toContain(BLANK_ANSWER);
      }
    }
    expect(letters).toBeGreaterThan(0);
  });

  it.each(['manager', 'confidential_counsellor'] as Asker[])(
    'offers %s no letter written for the person affected',
    (asker) => {
      for (const { answers } of paths(flow!, asker)) {
        const view = viewStep(outcomeFor(answers, 'nl', asker), { lang: 'nl', today: TODAY });
        expect(view.type === 'outcome' && view.letter, answers.join(',')).toBeFalsy();
      }
    },
  );
});
