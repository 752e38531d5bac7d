import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { walk, type Conversation } from '../engine/flow.js';
import { createRouter } from '../engine/router.js';
import { t } from '../i18n.js';
import type { KnowledgeBase } from '../knowledge/base.js';
import { formatDiagnostic, hasErrors, type Diagnostic } from '../knowledge/diagnostics.js';
import type { Lang, Organisation } from '../knowledge/schema.js';
import { flowDoc, flowIndex } from '../render/flowdoc.js';
import { mermaid } from '../render/mermaid.js';
import { terminalText } from '../render/terminal.js';
import { viewStep, type StepView } from '../render/view.js';

/** What a command prints and the exit code it ends with. */
export interface Output {
  stdout: string;
  stderr?: string;
  code: number;
}

export class UsageError extends Error {}

export interface Context {
  kb: KnowledgeBase;
  lang: Lang;
  json: boolean;
  organisation?: Organisation;
}

export function ask(ctx: Context, query: string): Output {
  const { matches, confident } = createRouter(ctx.kb).route(query);
  const list = matches.map((m) => ({ flow: m.flow, title: t(flowOf(ctx.kb, m.flow).title, ctx.lang), score: m.score }));
  if (ctx.json) return { stdout: JSON.stringify({ query, matches: list, confident }, null, 2), code: 0 };
  if (list.length === 0) {
    const noMatch = ctx.lang === 'nl' ? 'Geen onderwerp past goed. Zie `monitorwijzer flows` voor de lijst.' : 'No topic fits well. See `monitorwijzer flows` for the list.';
    return { stdout: noMatch, code: 0 };
  }
  return { stdout: list.map((m, i) => `${i + 1}. ${m.title} (${m.flow}, score ${m.score})`).join('\n'), code: 0 };
}

export function walkFlow(ctx: Context, flowId: string, answers: string[]): Output {
  const conversation: Conversation = { flow: flowId, lang: ctx.lang, answers };
  const result = walk(ctx.kb, conversation);
  if (!result.ok) {
    const e = result.error;
    if (e.code === 'unknown_flow') throw new UsageError(`unknown flow "${flowId}"; known flows: ${[...ctx.kb.flows.keys()].join(', ')}`);
    if (e.code === 'unknown_option') throw new UsageError(`question "${e.node}" has no option "${e.option}"; its options are: ${e.valid.join(', ')}`);
    throw new UsageError(`too many answers: the flow reached outcome "${e.node}" before the last one`);
  }
  const view = viewStep(result.step, { lang: ctx.lang, organisation: ctx.organisation });
  return { stdout: ctx.json ? JSON.stringify(stepJson(view), null, 2) : terminalText(view, ctx.lang), code: 0 };
}

/** The JSON a step is reported as: the view, with the verdict as its code. */
export function stepJson(view: StepView): Record<string, unknown> {
  if (view.type === 'question') return { ...view };
  const { verdict, ...rest } = view;
  return { ...rest, verdict: verdict.code, verdict_label: verdict.label };
}

export function listFlows(ctx: Context): Output {
  const { kb } = ctx;
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
  const rows = [...kb.flows.values()].map(({ flow }) => `${flow.id.padEnd(24)} ${t(flow.title, ctx.lang)}`);
  return { stdout: rows.join('\n'), code: 0 };
}

export function graph(ctx: Context, flowId: string): Output {
  const entry = ctx.kb.flows.get(flowId);
  if (!entry) throw new UsageError(`unknown flow "${flowId}"; known flows: ${[...ctx.kb.flows.keys()].join(', ')}`);
  return { stdout: mermaid(entry.flow, ctx.lang), code: 0 };
}

/** The validation report: every problem with file and line, then one summary line. Exit 1 on any error. */
export function validationReport(diagnostics: Diagnostic[], kb: KnowledgeBase | undefined, files: number): Output {
  const lines = diagnostics.map(formatDiagnostic);
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  if (hasErrors(diagnostics) || !kb) {
    lines.push(`✖ knowledge is invalid: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} in ${files} files`);
    return { stdout: '', stderr: lines.join('\n'), code: 1 };
  }
  const flows = [...kb.flows.values()].map((e) => e.flow);
  const count = (f: (flow: (typeof flows)[number]) => object) => flows.reduce((n, flow) => n + Object.keys(f(flow)).length, 0);
  lines.push(
    `✔ knowledge is valid: ${flows.length} flows, ${count((f) => f.questions)} questions, ${count((f) => f.outcomes)} outcomes, ` +
      `${kb.grounds.size} grounds, ${kb.rulings.size} rulings, ${kb.routes.size} routes` +
      (warnings ? ` (${warnings} warning${warnings === 1 ? '' : 's'})` : ''),
  );
  return { stdout: lines.join('\n'), code: 0 };
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
  const docs = flowDocs(ctx.kb);
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(dir)) if (name.endsWith('.md') && !docs.has(name)) rmSync(join(dir, name));
  for (const [name, content] of docs) writeFileSync(join(dir, name), content);
  return { stdout: `wrote ${docs.size} files to ${dir}`, code: 0 };
}
