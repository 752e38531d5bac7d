import type { Flow, Lang } from '../knowledge/schema.js';
import { common, say } from '../messages/index.js';
import { VERDICT_MARKER } from './view.js';

/** A flow as a Mermaid flowchart: questions as boxes, outcomes as rounded boxes with their verdict. */
export function mermaid(flow: Flow, lang: Lang = 'nl'): string {
  const id = (node: string) => `n_${node.replace(/-/g, '_')}`;
  const lines = ['flowchart TD'];
  for (const [node, q] of Object.entries(flow.questions)) {
    lines.push(`  ${id(node)}["${escapeLabel(say(q.question, lang))}"]`);
  }
  for (const [node, o] of Object.entries(flow.outcomes)) {
    const verdict = `${VERDICT_MARKER[o.verdict]} ${common.verdict[o.verdict](lang)}`;
    lines.push(`  ${id(node)}(["${escapeLabel(`${verdict}: ${say(o.summary, lang)}`)}"])`);
  }
  for (const [node, q] of Object.entries(flow.questions)) {
    for (const option of q.options)
      lines.push(`  ${id(node)} -->|"${escapeLabel(say(option.label, lang))}"| ${id(option.next)}`);
  }
  for (const [node, o] of Object.entries(flow.outcomes)) {
    if (o.if_gaps) lines.push(`  ${id(node)} -.->|"${escapeLabel(common.gaps(lang))}"| ${id(o.if_gaps)}`);
  }
  lines.push(
    `  classDef outcome fill:#f4f4f4,stroke:#555`,
    `  class ${Object.keys(flow.outcomes).map(id).join(',')} outcome`,
  );
  return lines.join('\n');
}

/** Mermaid labels take HTML entities; quotes and angle brackets would end or break them. */
const escapeLabel = (s: string) =>
  s.replace(/"/g, '#quot;').replace(/</g, '#lt;').replace(/>/g, '#gt;').replace(/\n+/g, ' ');
