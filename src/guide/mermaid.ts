import type { Flow, Lang, Next } from '../knowledge/schema.js';
import { common, say } from '../messages/index.js';
import { VERDICT_MARKER } from './view.js';

/**
 * A flow as a Mermaid flowchart: questions as boxes (a question taking several answers marked so), outcomes as
 * rounded boxes with their verdict, "weet ik niet" and per-asker ways as dashed arrows.
 */
export function mermaid(flow: Flow, lang: Lang = 'nl'): string {
  const id = (node: string) => `n_${node.replace(/-/g, '_')}`;
  const lines = ['flowchart TD'];
  const edges = (from: string, next: Next, label: string, dashed = false) => {
    const ways =
      typeof next === 'string'
        ? [['', next]]
        : Object.entries(next).map(([who, to]) => [who === 'default' ? '' : who, to]);
    for (const [who, to] of ways) {
      const text = escapeLabel(who ? `${label} (${common.asker[who as keyof typeof common.asker](lang)})` : label);
      lines.push(`  ${id(from)} ${dashed || who ? '-.->' : '-->'}|"${text}"| ${id(to as string)}`);
    }
  };
  if (typeof flow.start !== 'string') {
    lines.push('  start((start))');
    edges('start', flow.start, '');
  }
  for (const [node, q] of Object.entries(flow.questions)) {
    const several = q.multiple ? ` (${common.severalAnswers(lang)})` : '';
    lines.push(`  ${id(node)}["${escapeLabel(say(q.question, lang) + several)}"]`);
  }
  for (const [node, o] of Object.entries(flow.outcomes)) {
    const verdict = `${VERDICT_MARKER[o.verdict]} ${common.verdict[o.verdict](lang)}`;
    lines.push(`  ${id(node)}(["${escapeLabel(`${verdict}: ${say(o.summary, lang)}`)}"])`);
  }
  for (const [node, q] of Object.entries(flow.questions)) {
    for (const option of q.options) edges(node, option.next, say(option.label, lang));
    if (q.unknown) edges(node, q.unknown.next, common.unknown(lang), true);
  }
  for (const [node, o] of Object.entries(flow.outcomes)) {
    if (o.if_gaps) lines.push(`  ${id(node)} -.->|"${escapeLabel(common.gaps(lang))}"| ${id(o.if_gaps)}`);
  }
  lines.push(
    '  classDef outcome fill:#f4f4f4,stroke:#555',
    `  class ${Object.keys(flow.outcomes).map(id).join(',')} outcome`,
  );
  return lines.join('\n');
}

/** Mermaid labels take HTML entities; quotes and angle brackets would end or break them. */
const escapeLabel = (s: string) =>
  s.replace(/"/g, '#quot;').replace(/</g, '#lt;').replace(/>/g, '#gt;').replace(/\n+/g, ' ');
