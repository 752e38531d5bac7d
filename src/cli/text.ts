import type { OutcomeView, QuestionView, StepView } from '../guide/view.js';
import type { Lang } from '../knowledge/schema.js';
import { common } from '../messages/index.js';

/** Plain text for a terminal: numbered options, headed sections, URLs written out, wrapped to `width`. */

/** The width to wrap at: the terminal's own, or 80 when output goes to a file or a pipe. */
export const DEFAULT_WIDTH = 80;
export const terminalWidth = (stream: { isTTY?: boolean; columns?: number }): number =>
  stream.isTTY && stream.columns ? Math.max(40, stream.columns) : DEFAULT_WIDTH;

export function stepText(view: StepView, lang: Lang, width: number = DEFAULT_WIDTH): string {
  const lines = view.type === 'question' ? questionLines(view, width) : outcomeLines(view, lang, width);
  return lines.join('\n');
}

function questionLines(v: QuestionView, width: number): string[] {
  const lines = [...wrap(`${v.title} · ${v.progress.text}`, width), '', ...wrap(v.text, width)];
  if (v.help) lines.push('', ...wrap(v.help, width, '  ℹ '));
  lines.push('', ...v.options.flatMap((o, i) => wrap(o.label, width, `  ${i + 1}. `)));
  return lines;
}

function outcomeLines(v: OutcomeView, lang: Lang, width: number): string[] {
  const list = (heading: string, items: string[], marker = '  • ') =>
    items.length ? ['', `${heading}:`, ...items.flatMap((item) => wrap(item, width, marker))] : [];
  const lines = [
    ...wrap(`${v.verdict.marker} ${v.verdict.label.toUpperCase()}: ${v.summary}`, width),
    '',
    `${common.why(lang)}:`,
    ...wrap(v.reasoning, width, '  '),
  ];
  if (v.gaps) lines.push(...list(v.gaps.heading, v.gaps.items, '  ☐ '));
  if (v.conditions) lines.push(...list(v.conditions.heading, v.conditions.items));
  lines.push(...list(common.actions(lang), v.actions));
  lines.push(
    ...list(
      common.grounds(lang),
      v.grounds.map((g) => [`${g.citation}: ${g.title}`, g.url, g.note].filter(Boolean).join('\n')),
    ),
  );
  lines.push(
    ...list(
      common.rulings(lang),
      v.rulings.map((r) => [`${r.citation} (${r.title})`, r.url, r.note].filter(Boolean).join('\n')),
    ),
  );
  lines.push(
    ...list(
      common.routes(lang),
      v.routes.map((r) => [r.name, r.local, `${r.when} ${r.how}`, r.url].filter(Boolean).join('\n')),
    ),
  );
  if (v.letter)
    lines.push(
      '',
      ...wrap(`${common.letter(lang)}: ${v.letter.title}`, width),
      '-'.repeat(Math.min(width, 40)),
      ...wrap(v.letter.body, width),
      '-'.repeat(Math.min(width, 40)),
    );
  lines.push('', ...wrap(v.reviewed, width), ...wrap(common.disclaimer(lang), width));
  return lines;
}

/**
 * Wraps a text at word boundaries so no line is wider than `width`, keeping its own line breaks. The first line
 * starts with `first` (a bullet, a number), the others are indented to line up under its text. A word longer
 * than a line (a URL) is never broken: it gets a line of its own.
 */
export function wrap(text: string, width: number, first = ''): string[] {
  const pad = ' '.repeat([...first].length);
  const out: string[] = [];
  for (const paragraph of text.trim().split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const prefix = out.length === 0 && line === '' ? first : pad;
      if (line === '') line = prefix + word;
      else if ([...line].length + 1 + [...word].length <= width) line += ` ${word}`;
      else {
        out.push(line);
        line = pad + word;
      }
    }
    out.push(line === '' ? (out.length === 0 ? first.trimEnd() : '') : line);
  }
  return out;
}
