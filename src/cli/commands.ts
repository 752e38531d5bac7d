import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Conversation, walk } from '../guide/conversation.js';
import { flowDoc, flowIndex } from '../guide/flowdoc.js';
import type { Guide } from '../guide/guide.js';
import { mermaid } from '../guide/mermaid.js';
import { type StepView, viewStep } from '../guide/view.js';
import type { KnowledgeBase } from '../knowledge/base.js';
import type { Diagnostic } from '../knowledge/diagnostics.js';
import { validationReport } from '../knowledge/report.js';
import type { Lang } from '../knowledge/schema.js';
import { say, terminal } from '../messages/index.js';
import { stepText } from './text.js';

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

export function ask(ctx: Context, query: string): Output {
  const { matches, confident } = ctx.guide.router.route(query);
  const list = matches.map((m) => ({
    flow: m.flow,
    title: say(flowOf(ctx.guide.kb, m.flow).title, ctx.lang),
    score: m.score,
  }));
  if (ctx.json) return { stdout: JSON.stringify({ query, matches: list, confident }, null, 2), code: 0 };
  if (list.length === 0) return { stdout: terminal.askNoMatch(ctx.lang), code: 0 };
  return { stdout: list.map((m, i) => `${i + 1}. ${m.title} (${m.flow}, score ${m.score})`).join('\n'), code: 0 };
}

export function walkFlow(ctx: Context, flowId: string, answers: string[]): Output {
  const conversation: Conversation = { flow: flowId, lang: ctx.lang, answers };
  const result = walk(ctx.guide.kb, conversation);
  if (!result.ok) {
    const e = result.error;
    if (e.code === 'unknown_flow')
      throw new UsageError(`unknown flow "${flowId}"; known flows: ${[...ctx.guide.kb.flows.keys()].join(', ')}`);
    if (e.code === 'unknown_option')
      throw new UsageError(`question "${e.node}" has no option "${e.option}"; its options are: ${e.valid.join(', ')}`);
    throw new UsageError(`too many answers: the flow reached outcome "${e.node}" before the last one`);
  }
  const view = viewStep(result.step, { lang: ctx.lang, organisation: ctx.guide.organisation });
  return { stdout: ctx.json ? JSON.stringify(stepJson(view), null, 2) : stepText(view, ctx.lang), code: 0 };
}

/** The JSON a step is reported as: the view, with the verdict as its code. */
export function stepJson(view: StepView): Record<string, unknown> {
  if (view.type === 'question') return { ...view };
  const { verdict, ...rest } = view;
  return { ...rest, verdict: verdict.code, verdict_label: verdict.label };
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

/** The generated reviewer docs: file name → content. */
export function flowDocs(kb: KnowledgeBase): Map<string, string> {
  const docs = new Map([['README.md', flowIndex(kb)]]);
  for (const { flow } of kb.flows.values()) docs.set(`${flow.id}.md`, flowDoc(flow));
  return docs;
}

/** Writes docs/flows/*.md afresh, removing pages of flows that no longer exist. */
export function writeDocs(ctx: Context, dir: string): Output {
  const docs = flowDocs(ctx.guide.kb);
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(dir)) if (name.endsWith('.md') && !docs.has(name)) rmSync(join(dir, name));
  for (const [name, content] of docs) writeFileSync(join(dir, name), content);
  return { stdout: `wrote ${docs.size} files to ${dir}`, code: 0 };
}
