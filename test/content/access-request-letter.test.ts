import { describe, expect, it } from 'vitest';
import { type OutcomeStep, walk } from '../../src/guide/conversation.js';
import { viewStep } from '../../src/guide/view.js';
import type { KnowledgeBase } from '../../src/knowledge/base.js';
import { paths } from '../../src/knowledge/graph.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { LANGS, type Lang, type Organisation } from '../../src/knowledge/schema.js';

/**
 * The access-request flow offers ready-to-send letters. These tests walk the real knowledge to every
 * letter and check that the rendered letter carries the person's choices, the right GDPR article and
 * the organisation's name (or a clear placeholder when there is none), in Dutch and English.
 */

const FLOW = 'access-request';
const TODAY = '2026-11-23';
const ORGANISATION: Organisation = { name: 'Bakkerij De Korenschoof B.V.', representation: 'or', contacts: {} };
const BLANK_ORGANISATION: Record<Lang, string> = { nl: '[naam werkgever]', en: '[employer name]' };
const BLANK_ANSWER = '[…]';
const ARTICLE: Record<'access' | 'objection', Record<Lang, string>> = {
  access: { nl: 'artikel 15 AVG', en: 'Article 15 GDPR' },
  objection: { nl: 'artikel 21 AVG', en: 'Article 21 GDPR' },
};

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
function outcomeFor(answers: string[], lang: Lang): OutcomeStep {
  const result = walk(kb, { flow: FLOW, lang, asker: 'employee', facts: {}, answers });
  if (!result.ok) throw new Error(`walk failed: ${JSON.stringify(result.error)}`);
  if (result.step.type !== 'outcome') throw new Error(`answers ${answers.join(',')} stop before an outcome`);
  return result.step;
}

function letterFor(answers: string[], lang: Lang, organisation?: Organisation): { title: string; body: string } {
  const view = viewStep(outcomeFor(answers, lang), { lang, organisation, today: TODAY });
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
      ['role', 'applicant'],
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
      ['role', 'flex'],
      ['goal', 'see'],
      ['what', 'scores'],
    ],
    shown: ['role', 'what'],
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
    outcome: 'object',
    kind: 'objection',
    choices: [
      ['role', 'flex'],
      ['goal', 'object'],
      ['objection', 'location'],
      ['reason', 'not_informed'],
    ],
    shown: ['role', 'objection', 'reason'],
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
    const name = `${c.outcome} (${answers.join(', ')})`;

    describe.each(LANGS)(`${name} in %s`, (lang) => {
      it('ends in the expected outcome', () => {
        expect(outcomeFor(answers, lang).parts.map((p) => p.node)).toEqual([c.outcome]);
      });

      it('fills in the chosen options, the article and the date', () => {
        const { title, body } = letterFor(answers, lang, ORGANISATION);
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
        const { body } = letterFor(answers, lang, ORGANISATION);
        expect(body).toContain(ORGANISATION.name);
        expect(body).not.toContain(BLANK_ORGANISATION[lang]);
      });

      it('leaves a clear placeholder when the organisation is not known', () => {
        const { body } = letterFor(answers, lang);
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

  it('leaves no choice blank on any path that ends in a letter', () => {
    let letters = 0;
    for (const { answers } of paths(flow!, 'employee')) {
      for (const lang of LANGS) {
        const view = viewStep(outcomeFor(answers, lang), { lang, today: TODAY });
        if (view.type !== 'outcome' || !view.letter) continue;
        letters++;
        expect(view.letter.body, `${lang}: ${answers.join(',')}`).not.toContain(BLANK_ANSWER);
      }
    }
    expect(letters).toBeGreaterThan(0);
  });
});
