import type { KnowledgeBase } from './base.js';
import { type Diagnostic, formatDiagnostic, hasErrors } from './diagnostics.js';

export interface Report {
  ok: boolean;
  /** Every problem with file and line, then one summary line. */
  text: string;
}

/** The validation report: every problem with its file and line, then one summary line. */
export function validationReport(
  diagnostics: readonly Diagnostic[],
  kb: KnowledgeBase | undefined,
  files: number,
): Report {
  const lines = diagnostics.map(formatDiagnostic);
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  if (hasErrors(diagnostics) || !kb) {
    lines.push(`✖ knowledge is invalid: ${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${files} files`);
    return { ok: false, text: lines.join('\n') };
  }
  const flows = [...kb.flows.values()].map((e) => e.flow);
  const count = (f: (flow: (typeof flows)[number]) => object) =>
    flows.reduce((n, flow) => n + Object.keys(f(flow)).length, 0);
  lines.push(
    `✔ knowledge is valid: ${flows.length} flows, ${count((f) => f.questions)} questions, ${count((f) => f.outcomes)} outcomes, ` +
      `${kb.grounds.size} grounds, ${kb.rulings.size} rulings, ${kb.routes.size} routes` +
      (warnings ? ` (${plural(warnings, 'warning')})` : ''),
  );
  return { ok: true, text: lines.join('\n') };
}
