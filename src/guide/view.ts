import type { KnowledgeBase } from '../knowledge/base.js';
import {
  type Asker,
  type ContactKey,
  type Ground,
  type Lang,
  LETTER_PLACEHOLDER,
  type Organisation,
  type Route,
  type Ruling,
  type Text,
  type Verdict,
} from '../knowledge/schema.js';
import { common, say } from '../messages/index.js';
import type { Answered, AskerStep, OutcomePart, OutcomeStep, QuestionStep, Step } from './conversation.js';

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
  /** Position in the list of answers so far, to go back to it. */
  index: number;
  question: string;
  answer: string;
  /** Taken from the person's own question rather than answered here ("Uit je vraag"). */
  fromQuestion: boolean;
}

export interface AskerView {
  id: Asker;
  label: string;
}

export interface AskerStepView {
  type: 'asker';
  flow: string;
  title: string;
  text: string;
  askers: AskerView[];
  answered: AnsweredView[];
}

export interface QuestionView {
  type: 'question';
  flow: string;
  title: string;
  node: string;
  text: string;
  help?: string;
  /** One answer, or as many as apply. */
  kind: 'single' | 'multiple';
  options: { id: string; label: string }[];
  /** "Weet ik niet", when the question offers it. */
  unknown?: { label: string };
  progress: { current: number; total: number; text: string };
  /** Who asks, and whether the flow serves others too (so it can be changed). */
  asker: AskerView & { changeable: boolean };
  answered: AnsweredView[];
}

export interface VerdictView {
  code: Verdict;
  label: string;
  marker: string;
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
  /** For this answer: why to go there. */
  why?: string;
  /** The organisation's own contact for this route, or a note that the organisation has none. */
  local?: string;
}

/** One of several practices chosen, with its own verdict. */
export interface PracticeView {
  label: string;
  verdict: VerdictView;
  summary: string;
  citations: Citation[];
}

export interface OutcomeView {
  type: 'outcome';
  flow: string;
  title: string;
  node: string;
  asker: AskerView;
  /** The strictest verdict when several practices were chosen. */
  verdict: VerdictView;
  summary: string;
  reasoning: string;
  /** One per practice chosen, strictest first, when there were several. */
  practices?: PracticeView[];
  conditions?: { heading: string; items: string[] };
  /** What the answers said is missing, as a checklist. */
  gaps?: { heading: string; items: string[] };
  /** Where someone answered "weet ik niet": what the answer turns on, and how to find out. */
  open?: { heading: string; items: { question: string; findOut: string }[] };
  actions: string[];
  grounds: Citation[];
  rulings: Citation[];
  routes: RouteView[];
  letter?: { title: string; body: string };
  reviewed: string;
  answered: AnsweredView[];
  /** The organisation's self-help site, where it has one. */
  helpSite?: { label: string; url: string };
}

export type StepView = AskerStepView | QuestionView | OutcomeView;

export interface ViewContext {
  lang: Lang;
  organisation?: Organisation;
  /** Today as YYYY-MM-DD, for letters. */
  today?: string;
}

export function viewStep(step: Step, ctx: ViewContext): StepView {
  if (step.type === 'asker') return viewAsker(step, ctx.lang);
  return step.type === 'question' ? viewQuestion(step, ctx.lang) : viewOutcome(step, ctx);
}

export const askerView = (id: Asker, lang: Lang): AskerView => ({ id, label: common.asker[id](lang) });

/** How an answer reads in a summary: the options chosen, or "weet ik niet". */
const answerText = (a: Answered, lang: Lang) =>
  a.unknown ? common.unknown(lang) : a.options.map((o) => say(o.label, lang)).join(', ');

function answeredView(step: Step, lang: Lang): AnsweredView[] {
  return step.answered.map((a, index) => ({
    index,
    question: say(a.text, lang),
    answer: answerText(a, lang),
    fromQuestion: a.from === 'question',
  }));
}

function viewAsker(step: AskerStep, lang: Lang): AskerStepView {
  return {
    type: 'asker',
    flow: step.flow.id,
    title: say(step.flow.title, lang),
    text: common.whoAsks(lang),
    askers: step.askers.map((a) => askerView(a, lang)),
    answered: [],
  };
}

function viewQuestion(step: QuestionStep, lang: Lang): QuestionView {
  const { current, total } = step.progress;
  const { question } = step;
  const unknownLabel = question.unknown && (question.unknown.for?.[step.asker]?.label ?? question.unknown.label);
  return {
    type: 'question',
    flow: step.flow.id,
    title: say(step.flow.title, lang),
    node: step.node,
    text: say(question.question, lang),
    ...(question.help && { help: say(question.help, lang) }),
    kind: question.multiple ? 'multiple' : 'single',
    options: question.options.map((o) => ({ id: o.id, label: say(o.for?.[step.asker]?.label ?? o.label, lang) })),
    ...(question.unknown && { unknown: { label: unknownLabel ? say(unknownLabel, lang) : common.unknown(lang) } }),
    progress: { current, total, text: common.progress(lang, { current, total }) },
    asker: { ...askerView(step.asker, lang), changeable: step.flow.askers.length > 1 },
    answered: answeredView(step, lang),
  };
}

function viewOutcome(step: OutcomeStep, ctx: ViewContext): OutcomeView {
  const { lang } = ctx;
  const parts = step.parts;
  const [first] = parts as [OutcomePart, ...OutcomePart[]];
  const several = parts.length > 1;
  const labelled = (part: OutcomePart, text: Text) =>
    several && part.practice ? `${say(part.practice.label, lang)}: ${say(text, lang)}` : say(text, lang);
  const unique = (items: string[]) => [...new Set(items)];
  const conditions = unique(parts.flatMap((p) => (p.outcome.conditions ?? []).map((c) => say(c, lang))));
  const grounds = uniqueById(parts.flatMap((p) => p.grounds));
  const rulings = uniqueById(parts.flatMap((p) => p.rulings));
  const letter = parts.find((p) => p.outcome.letter)?.outcome.letter;
  return {
    type: 'outcome',
    flow: step.flow.id,
    title: say(step.flow.title, lang),
    node: first.node,
    asker: askerView(step.asker, lang),
    verdict: verdictView(step.verdict, lang),
    summary: labelled(first, first.outcome.summary),
    reasoning: parts.map((p) => labelled(p, p.outcome.reasoning)).join('\n\n'),
    ...(several && { practices: parts.map((p) => practiceView(p, lang)) }),
    ...(conditions.length > 0 && {
      conditions: {
        heading: (step.verdict === 'depends' ? common.conditions.depends : common.conditions.other)(lang),
        items: conditions,
      },
    }),
    ...(step.gaps.length > 0 && { gaps: { heading: common.gaps(lang), items: step.gaps.map((g) => say(g, lang)) } }),
    ...(step.open.length > 0 && {
      open: {
        heading: common.open(lang),
        items: step.open.map((o) => ({ question: say(o.text, lang), findOut: say(o.findOut, lang) })),
      },
    }),
    actions: unique(parts.flatMap((p) => p.outcome.actions.map((a) => say(a, lang)))),
    grounds: grounds.map((g) => cite(g, say(g.title, lang), lang)),
    rulings: rulings.map((r) => cite(r, say(r.body, lang), lang)),
    routes: step.routes.map(({ route, why }) => routeView(route, why, ctx)),
    ...(letter && { letter: { title: say(letter.title, lang), body: fillLetter(say(letter.body, lang), step, ctx) } }),
    reviewed: common.reviewed(lang, { date: step.reviewed }),
    answered: answeredView(step, lang),
    ...helpSite(ctx),
  };
}

function helpSite({ lang, organisation }: ViewContext): Pick<OutcomeView, 'helpSite'> {
  if (!organisation?.help_url) return {};
  return {
    helpSite: { label: common.helpSite(lang, { organisation: organisation.name }), url: organisation.help_url },
  };
}

function practiceView(part: OutcomePart, lang: Lang): PracticeView {
  return {
    label: part.practice ? say(part.practice.label, lang) : '',
    verdict: verdictView(part.outcome.verdict, lang),
    summary: say(part.outcome.summary, lang),
    citations: [...part.grounds, ...part.rulings].map((x) => cite(x, say('title' in x ? x.title : x.body, lang), lang)),
  };
}

const uniqueById = <T extends { id: string }>(items: T[]): T[] => [...new Map(items.map((x) => [x.id, x])).values()];

function cite(x: Ground | Ruling, title: string, lang: Lang): Citation {
  return {
    id: x.id,
    citation: x.citation,
    title,
    url: x.url,
    ...(x.time_sensitive && { note: common.recheck(lang, { note: say(x.time_sensitive.note, lang) }) }),
  };
}

function routeView(route: Route, why: Text | undefined, ctx: ViewContext): RouteView {
  const { lang } = ctx;
  return {
    id: route.id,
    name: say(route.name, lang),
    purpose: say(route.purpose, lang),
    when: say(route.when, lang),
    how: say(route.how, lang),
    ...(route.url && { url: route.url }),
    ...(why && { why: say(why, lang) }),
    ...localContact(route.contact, ctx),
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
    const chosen = step.answered.find((a) => a.question === arg && !a.unknown);
    return chosen ? answerText(chosen, lang) : BLANK[lang].answer;
  });
}

export const verdictView = (code: Verdict, lang: Lang): VerdictView => ({
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

/** The topics for some askers (all topics without), in knowledge-base order. */
export function topicViews(kb: KnowledgeBase, lang: Lang, askers?: readonly Asker[]): TopicView[] {
  return [...kb.flows.values()]
    .filter(({ flow }) => !askers || flow.askers.some((a) => askers.includes(a)))
    .map(({ flow }) => ({ flow: flow.id, title: say(flow.title, lang), description: say(flow.description, lang) }));
}
