import { msg } from '../i18n.js';
import type { Lang } from '../knowledge/schema.js';
import type { OutcomeView, QuestionView, StepView } from './view.js';

/** Plain text for a terminal: numbered options, headed sections, URLs written out. */
export function terminalText(view: StepView, lang: Lang): string {
  return view.type === 'question' ? questionText(view) : outcomeText(view, lang);
}

function questionText(v: QuestionView): string {
  const lines = [`${v.title} · ${v.progress.text}`, '', v.text];
  if (v.help) lines.push('', indent(v.help, '  ℹ '));
  lines.push('', ...v.options.map((o, i) => `  ${i + 1}. ${o.label}`));
  return lines.join('\n');
}

function outcomeText(v: OutcomeView, lang: Lang): string {
  const section = (heading: string, items: string[]) => (items.length ? ['', `${heading}:`, ...items.map((i) => indent(i, '  • '))] : []);
  const lines = [`${v.verdict.marker} ${v.verdict.label.toUpperCase()}: ${v.summary}`, '', `${msg((m) => m.why, lang)}:`, indent(v.reasoning, '  ')];
  if (v.gaps) lines.push('', `${v.gaps.heading}:`, ...v.gaps.items.map((i) => indent(i, '  ☐ ')));
  if (v.conditions) lines.push(...section(v.conditions.heading, v.conditions.items));
  lines.push(...section(msg((m) => m.actions, lang), v.actions));
  lines.push(...section(msg((m) => m.grounds, lang), v.grounds.map((g) => [`${g.citation}: ${g.title}`, g.url, g.note].filter(Boolean).join('\n'))));
  lines.push(...section(msg((m) => m.rulings, lang), v.rulings.map((r) => [`${r.citation} (${r.title})`, r.url, r.note].filter(Boolean).join('\n'))));
  lines.push(
    ...section(
      msg((m) => m.routes, lang),
      v.routes.map((r) => [r.name, r.local, `${r.when} ${r.how}`, r.url].filter(Boolean).join('\n')),
    ),
  );
  if (v.letter) lines.push('', `${msg((m) => m.letter, lang)}: ${v.letter.title}`, '-'.repeat(40), v.letter.body, '-'.repeat(40));
  lines.push('', v.reviewed, msg((m) => m.disclaimer, lang));
  return lines.join('\n');
}

/** Indents every line of a text; the first line gets `first` (e.g. a bullet). */
function indent(text: string, first: string): string {
  const pad = ' '.repeat([...first].length);
  return text
    .trim()
    .split('\n')
    .map((line, i) => (i === 0 ? first : pad) + line)
    .join('\n');
}
