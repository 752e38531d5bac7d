import type { OutcomeStep, QuestionStep, Step } from '../engine/flow.js';
import { msg, t } from '../i18n.js';
import { LETTER_PLACEHOLDER, type Lang, type Organisation, type Verdict } from '../knowledge/schema.js';

/**
 * A step put into words in one language, with the organisation's contacts filled in.
 * Every surface (terminal, JSON, Slack) renders from this, so they cannot drift apart.
 */

/** Shape markers, so the verdict never depends on colour alone; the words come with them. */
export const VERDICT_MARKER: Record<Verdict, string> = {
  allowed: '✅',
  allowed_with_conditions: '☑️',
  likely_not_allowed: '⚠️',
  not_allowed: '⛔',
  depends: '⚖️',
};

export interface AnsweredView {
  index: number;
  question: string;
  answer: string;
}

export interface QuestionView {
  type: 'question';
  flow: string;
  title: string;
  node: string;
  text: string;
  help?: string;
  options: { id: string; label: string }[];
  progress: { current: number; total: number; text: string };
  answered: AnsweredView[];
}

export interface Citation {
  id: string;
  citation: string;
  title: string;
  url: string;
  note?: string;
}

export interface RouteView {
  id: string;
  name: string;
  purpose: string;
  when: string;
  how: string;
  url?: string;
  /** The organisation's own contact for this route, or a note that the organisation has none. */
  local?: string;
}

export interface OutcomeView {
  type: 'outcome';
  flow: string;
  title: string;
  node: string;
  verdict: { code: Verdict; label: string; marker: string };
  summary: string;
  reasoning: string;
  conditions?: { heading: string; items: string[] };
  /** What the answers said is missing, as a checklist. */
  gaps?: { heading: string; items: string[] };
  actions: string[];
  grounds: Citation[];
  rulings: Citation[];
  routes: RouteView[];
  letter?: { title: string; body: string };
  reviewed: string;
  answered: AnsweredView[];
}

export type StepView = QuestionView | OutcomeView;

export interface ViewContext {
  lang: Lang;
  organisation?: Organisation;
  /** Today as YYYY-MM-DD, for letters. */
  today?: string;
}

export function viewStep(step: Step, ctx: ViewContext): StepView {
  return step.type === 'question' ? viewQuestion(step, ctx) : viewOutcome(step, ctx);
}

function answeredView(step: Step, lang: Lang): AnsweredView[] {
  return step.answered.map((a, index) => ({ index, question: t(a.text, lang), answer: t(a.option.label, lang) }));
}

function viewQuestion(step: QuestionStep, { lang }: ViewContext): QuestionView {
  const { current, total } = step.progress;
  return {
    type: 'question',
    flow: step.flow.id,
    title: t(step.flow.title, lang),
    node: step.node,
    text: t(step.question.question, lang),
    ...(step.question.help && { help: t(step.question.help, lang) }),
    options: step.question.options.map((o) => ({ id: o.id, label: t(o.label, lang) })),
    progress: { current, total, text: msg((m) => m.progress, lang, { current, total }) },
    answered: answeredView(step, lang),
  };
}

function viewOutcome(step: OutcomeStep, ctx: ViewContext): OutcomeView {
  const { lang } = ctx;
  const o = step.outcome;
  const cite = (x: { id: string; citation: string; url: string; time_sensitive?: { note: { nl: string; en: string } } }, title: string): Citation => ({
    id: x.id,
    citation: x.citation,
    title,
    url: x.url,
    ...(x.time_sensitive && { note: msg((m) => m.recheck, lang, { note: t(x.time_sensitive.note, lang) }) }),
  });
  return {
    type: 'outcome',
    flow: step.flow.id,
    title: t(step.flow.title, lang),
    node: step.node,
    verdict: { code: o.verdict, label: msg((m) => m.verdict[o.verdict], lang), marker: VERDICT_MARKER[o.verdict] },
    summary: t(o.summary, lang),
    reasoning: t(o.reasoning, lang),
    ...(o.conditions?.length && {
      conditions: {
        heading: msg((m) => (o.verdict === 'depends' ? m.conditions.depends : m.conditions.other), lang),
        items: o.conditions.map((c) => t(c, lang)),
      },
    }),
    ...(step.gaps.length > 0 && { gaps: { heading: msg((m) => m.gaps, lang), items: step.gaps.map((g) => t(g, lang)) } }),
    actions: o.actions.map((a) => t(a, lang)),
    grounds: step.grounds.map((g) => cite(g, t(g.title, lang))),
    rulings: step.rulings.map((r) => cite(r, t(r.body, lang))),
    routes: step.routes.map((r) => ({
      id: r.id,
      name: t(r.name, lang),
      purpose: t(r.purpose, lang),
      when: t(r.when, lang),
      how: t(r.how, lang),
      ...(r.url && { url: r.url }),
      ...localContact(r.contact, ctx),
    })),
    ...(o.letter && { letter: { title: t(o.letter.title, lang), body: fillLetter(t(o.letter.body, lang), step, ctx) } }),
    reviewed: msg((m) => m.reviewed, lang, { date: step.reviewed }),
    answered: answeredView(step, lang),
  };
}

function localContact(key: string | undefined, { lang, organisation }: ViewContext): { local?: string } {
  if (!key || !organisation) return {};
  if (key === 'or' && organisation.representation !== 'or') {
    const pvt = organisation.representation === 'pvt' ? msg((m) => m.pvtNote, lang) : '';
    return { local: msg((m) => m.noWorksCouncil, lang, { organisation: organisation.name, pvt }) };
  }
  const contact = organisation.contacts[key as keyof Organisation['contacts']];
  if (!contact) return {};
  const name = contact.how ? `${contact.name} (${contact.how})` : contact.name;
  return { local: msg((m) => m.orgContact, lang, { organisation: organisation.name, name }) };
}

const BLANK = { nl: { organisation: '[naam werkgever]', answer: '[…]' }, en: { organisation: '[employer name]', answer: '[…]' } };

/** Fills {organisation}, {date} and {answer:<question>} in a letter with what the person chose. */
function fillLetter(body: string, step: OutcomeStep, { lang, organisation, today }: ViewContext): string {
  return body.replace(LETTER_PLACEHOLDER, (_, field: string, arg?: string) => {
    if (field === 'organisation') return organisation?.name ?? BLANK[lang].organisation;
    if (field === 'date') return today ?? new Date().toISOString().slice(0, 10);
    const chosen = step.answered.find((a) => a.question === arg);
    return chosen ? t(chosen.option.label, lang) : BLANK[lang].answer;
  });
}
