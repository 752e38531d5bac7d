import { type Answer, type Conversation, type WalkError, walk } from '../guide/conversation.js';
import type { Guide } from '../guide/guide.js';
import { mermaid } from '../guide/mermaid.js';
import { leadFor, suggest } from '../guide/suggest.js';
import { type StepView, viewStep } from '../guide/view.js';
import type { KnowledgeBase } from '../knowledge/base.js';
import type { Diagnostic } from '../knowledge/diagnostics.js';
import { validationReport } from '../knowledge/report.js';
import type { Asker, Lang } from '../knowledge/schema.js';
import { say, terminal } from '../messages/index.js';
import { evaluate, evaluationTable, readScenarios } from './evaluate.js';
import { detailsText, stepText } from './text.js';

/** What a command prints and the exit code it ends with. */
export interface Output {
  stdout: string;
  stderr?: string;
  code: number;
}

export class UsageError extends Error {}

export interface Context {
  guide: Guide;
  lang: Lang;
  json: boolean;
}

/** The topics a question fits, best first, each with what the question already answers in it and who asks. */
export function ask(ctx: Context, query: string): Output {
  const { guide, lang } = ctx;
  const { matches, confident } = guide.router.route(query);
  const suggestion = suggest(guide, query);
  const list = matches.map((m) => {
    const lead = leadFor(guide, m.flow, query);
    return {
      flow: m.flow,
      title: say(flowOf(guide.kb, m.flow).title, lang),
      score: m.score,
      prefilled: Object.entries(lead.facts).flatMap(([question, answer]) =>
        (typeof answer === 'string' ? [answer] : answer).map((option) => ({ question, option })),
      ),
      ...(lead.asker && { asker: lead.asker }),
    };
  });
  const asker = list[0]?.asker;
  const clarify = suggestion.kind === 'clarify' ? suggestion.leads.map((l) => l.flow) : undefined;
  if (ctx.json)
    return {
      stdout: JSON.stringify(
        { query, matches: list, confident, ...(asker && { asker }), ...(clarify && { clarify }) },
        null,
        2,
      ),
      code: 0,
    };
  if (list.length === 0) return { stdout: terminal.askNoMatch(lang), code: 0 };
  return { stdout: list.map((m, i) => `${i + 1}. ${m.title} (${m.flow}, score ${m.score})`).join('\n'), code: 0 };
}

/** `walk` answers: option ids joined by commas, `a+b` for several at one question, `?` for "weet ik niet". */
export function parseAnswers(text: string): Answer[] {
  return text
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean)
    .map((a) => (a.includes('+') ? a.split('+').map((x) => x.trim()) : a));
}

export function walkFlow(ctx: Context, flowId: string, answers: Answer[], asker?: Asker): Output {
  const conversation: Conversation = { flow: flowId, lang: ctx.lang, ...(asker && { asker }), facts: {}, answers };
  const result = walk(ctx.guide.kb, conversation);
  if (!result.ok) throw new UsageError(walkProblem(ctx, result.error));
  const view = viewStep(result.step, { lang: ctx.lang, organisation: ctx.guide.organisation });
  if (ctx.json) return { stdout: JSON.stringify(stepJson(view), null, 2), code: 0 };
  // An author walking a flow reads the whole answer: the short one, then every part of the details.
  const details =
    view.type === 'outcome' ? (['why', 'routes', 'letter'] as const).map((d) => detailsText(view, d, ctx.lang)) : [];
  return { stdout: [stepText(view, ctx.lang), ...details].join('\n\n'), code: 0 };
}

function walkProblem(ctx: Context, e: WalkError): string {
  switch (e.code) {
    case 'unknown_flow':
      return `unknown flow "${e.flow}"; known flows: ${[...ctx.guide.kb.flows.keys()].join(', ')}`;
    case 'unknown_asker':
      return `flow "${e.flow}" is not for --asker ${e.asker}; it is for: ${e.valid.join(', ')}`;
    case 'unknown_option':
      return `question "${e.node}" has no option "${e.option}"; its options are: ${e.valid.join(', ')}`;
    case 'not_multiple':
      return `question "${e.node}" takes one answer, not several joined with +`;
    case 'no_unknown':
      return `question "${e.node}" does not offer "weet ik niet" (?)`;
    case 'past_outcome':
      return e.node === 'asker'
        ? `flow "${e.flow}" serves several askers: say who asks with --asker`
        : `too many answers: the flow reached outcome "${e.node}" before the last one`;
  }
}

/** The JSON a step is reported as: the view, with the verdict as its code. */
export function stepJson(view: StepView): Record<string, unknown> {
  if (view.type !== 'outcome') return { ...view };
  const { verdict, practices, ...rest } = view;
  return {
    ...rest,
    verdict: verdict.code,
    verdict_label: verdict.label,
    ...(practices && { practices: practices.map((p) => ({ ...p, verdict: p.verdict.code })) }),
  };
}

export function listFlows(ctx: Context): Output {
  const { kb } = ctx.guide;
  if (ctx.json) {
    const all = {
      version: kb.version,
      flows: [...kb.flows.values()].map((e) => e.flow),
      grounds: [...kb.grounds.values()],
      rulings: [...kb.rulings.values()],
      routes: [...kb.routes.values()],
    };
    return { stdout: JSON.stringify(all, null, 2), code: 0 };
  }
  const rows = [...kb.flows.values()].map(({ flow }) => `${flow.id.padEnd(24)} ${say(flow.title, ctx.lang)}`);
  return { stdout: rows.join('\n'), code: 0 };
}

export function graph(ctx: Context, flowId: string): Output {
  const entry = ctx.guide.kb.flows.get(flowId);
  if (!entry)
    throw new UsageError(`unknown flow "${flowId}"; known flows: ${[...ctx.guide.kb.flows.keys()].join(', ')}`);
  return { stdout: mermaid(entry.flow, ctx.lang), code: 0 };
}

/** `eval`: every scenario in the given files or folders, as a table or one JSON object. */
export function evaluation(ctx: Context, paths: string[]): Output {
  const { scenarios, problems } = readScenarios(paths);
  if (problems.length) return { stdout: '', stderr: problems.join('\n'), code: 1 };
  const result = evaluate(ctx.guide, scenarios);
  return { stdout: ctx.json ? JSON.stringify(result, null, 2) : evaluationTable(result), code: 0 };
}

/** The validation report on stdout (valid) or stderr (invalid); exit 1 on any error. */
export function validation(diagnostics: Diagnostic[], kb: KnowledgeBase | undefined, files: number): Output {
  const report = validationReport(diagnostics, kb, files);
  return report.ok ? { stdout: report.text, code: 0 } : { stdout: '', stderr: report.text, code: 1 };
}

function flowOf(kb: KnowledgeBase, id: string) {
  const entry = kb.flows.get(id);
  if (!entry) throw new Error(`flow ${id} vanished from the knowledge base`);
  return entry.flow;
}
