import type { KnowledgeBase } from '../knowledge/base.js';
import {
  type Audience,
  type ContactKey,
  type Ground,
  type Lang,
  LETTER_PLACEHOLDER,
  type Organisation,
  type Ruling,
  type Verdict,
} from '../knowledge/schema.js';
import { common, say } from '../messages/index.js';
import type { OutcomeStep, QuestionStep, Step } from './conversation.js';

/**
 * A step put into words in one language, with the organisation's contacts filled in.
 * Every surface (terminal, JSON, Slack, the web pages) renders from this, so they cannot drift apart.
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
  return step.answered.map((a, index) => ({ index, question: say(a.text, lang), answer: say(a.option.label, lang) }));
}

function viewQuestion(step: QuestionStep, { lang }: ViewContext): QuestionView {
  const { current, total } = step.progress;
  return {
    type: 'question',
    flow: step.flow.id,
    title: say(step.flow.title, lang),
    node: step.node,
    text: say(step.question.question, lang),
    ...(step.question.help && { help: say(step.question.help, lang) }),
    options: step.question.options.map((o) => ({ id: o.id, label: say(o.label, lang) })),
    progress: { current, total, text: common.progress(lang, { current, total }) },
    answered: answeredView(step, lang),
  };
}

function viewOutcome(step: OutcomeStep, ctx: ViewContext): OutcomeView {
  const { lang } = ctx;
  const o = step.outcome;
  const cite = (x: Ground | Ruling, title: string): Citation => ({
    id: x.id,
    citation: x.citation,
    title,
    url: x.url,
    ...(x.time_sensitive && { note: common.recheck(lang, { note: say(x.time_sensitive.note, lang) }) }),
  });
  return {
    type: 'outcome',
    flow: step.flow.id,
    title: say(step.flow.title, lang),
    node: step.node,
    verdict: verdictView(o.verdict, lang),
    summary: say(o.summary, lang),
    reasoning: say(o.reasoning, lang),
    ...(o.conditions?.length && {
      conditions: {
        heading: (o.verdict === 'depends' ? common.conditions.depends : common.conditions.other)(lang),
        items: o.conditions.map((c) => say(c, lang)),
      },
    }),
    ...(step.gaps.length > 0 && { gaps: { heading: common.gaps(lang), items: step.gaps.map((g) => say(g, lang)) } }),
    actions: o.actions.map((a) => say(a, lang)),
    grounds: step.grounds.map((g) => cite(g, say(g.title, lang))),
    rulings: step.rulings.map((r) => cite(r, say(r.body, lang))),
    routes: step.routes.map((r) => ({
      id: r.id,
      name: say(r.name, lang),
      purpose: say(r.purpose, lang),
      when: say(r.when, lang),
      how: say(r.how, lang),
      ...(r.url && { url: r.url }),
      ...localContact(r.contact, ctx),
    })),
    ...(o.letter && {
      letter: { title: say(o.letter.title, lang), body: fillLetter(say(o.letter.body, lang), step, ctx) },
    }),
    reviewed: common.reviewed(lang, { date: step.reviewed }),
    answered: answeredView(step, lang),
  };
}

function localContact(key: ContactKey | undefined, { lang, organisation }: ViewContext): { local?: string } {
  if (!key || !organisation) return {};
  if (key === 'or' && organisation.representation !== 'or') {
    const pvt = organisation.representation === 'pvt' ? common.pvtNote(lang) : '';
    return { local: common.noWorksCouncil(lang, { organisation: organisation.name, pvt }) };
  }
  const contact = organisation.contacts[key];
  if (!contact) return {};
  const name = contact.how ? `${contact.name} (${contact.how})` : contact.name;
  return { local: common.orgContact(lang, { organisation: organisation.name, name }) };
}

const BLANK = {
  nl: { organisation: '[naam werkgever]', answer: '[…]' },
  en: { organisation: '[employer name]', answer: '[…]' },
};

/** Fills {organisation}, {date} and {answer:<question>} in a letter with what the person chose. */
function fillLetter(body: string, step: OutcomeStep, { lang, organisation, today }: ViewContext): string {
  return body.replace(LETTER_PLACEHOLDER, (_, field: string, arg?: string) => {
    if (field === 'organisation') return organisation?.name ?? BLANK[lang].organisation;
    if (field === 'date') return today ?? new Date().toISOString().slice(0, 10);
    const chosen = step.answered.find((a) => a.question === arg);
    return chosen ? say(chosen.option.label, lang) : BLANK[lang].answer;
  });
}

export const verdictView = (code: Verdict, lang: Lang): OutcomeView['verdict'] => ({
  code,
  label: common.verdict[code](lang),
  marker: VERDICT_MARKER[code],
});

/** A topic as menus list it. */
export interface TopicView {
  flow: string;
  title: string;
  description: string;
}

/** The topics for some audiences (all topics without), in knowledge-base order. */
export function topicViews(kb: KnowledgeBase, lang: Lang, audiences?: readonly Audience[]): TopicView[] {
  return [...kb.flows.values()]
    .filter(({ flow }) => !audiences || flow.audiences.some((a) => audiences.includes(a)))
    .map(({ flow }) => ({ flow: flow.id, title: say(flow.title, lang), description: say(flow.description, lang) }));
}
