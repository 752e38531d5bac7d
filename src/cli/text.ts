import type { AskerStepView, OutcomeView, QuestionView, StepView } from '../guide/view.js';
import type { Lang } from '../knowledge/schema.js';
import { common, terminal } from '../messages/index.js';

/** Plain text for a terminal: numbered options, headed sections, URLs written out, wrapped to `width`. */

/** The width to wrap at: the terminal's own, or 80 when output goes to a file or a pipe. */
export const DEFAULT_WIDTH = 80;
export const terminalWidth = (stream: { isTTY?: boolean; columns?: number }): number =>
  stream.isTTY && stream.columns ? Math.max(40, stream.columns) : DEFAULT_WIDTH;

/** A step as the terminal shows it; an answer at a glance, its details one command away (see detailsText). */
export function stepText(view: StepView, lang: Lang, width: number = DEFAULT_WIDTH): string {
  const lines =
    view.type === 'asker'
      ? askerLines(view, width)
      : view.type === 'question'
        ? questionLines(view, lang, width)
        : outcomeLines(view, lang, width);
  return lines.join('\n');
}

function askerLines(v: AskerStepView, width: number): string[] {
  return [
    ...wrap(v.title, width),
    '',
    ...wrap(v.text, width),
    '',
    ...v.askers.flatMap((a, i) => wrap(a.label, width, `  ${i + 1}. `)),
  ];
}

function questionLines(v: QuestionView, lang: Lang, width: number): string[] {
  const lines = [
    ...wrap(`${v.title} · ${v.progress.text}`, width),
    ...fromQuestionLines(v, lang, width),
    '',
    ...wrap(v.text, width),
  ];
  if (v.help) lines.push('', ...wrap(v.help, width, '  ℹ '));
  lines.push('', ...v.options.flatMap((o, i) => wrap(o.label, width, `  ${i + 1}. `)));
  if (v.unknown) lines.push(...wrap(v.unknown.label, width, '  ?. '));
  if (v.kind === 'multiple') lines.push('', ...wrap(terminal.severalHint(lang), width));
  lines.push(
    '',
    ...wrap(
      common.askingAs(lang, { asker: v.asker.label }) +
        (v.asker.changeable ? ` (${terminal.changeAskerKey(lang)})` : ''),
      width,
    ),
  );
  return lines;
}

/** The answers taken from the person's question, each with the command that changes it. */
function fromQuestionLines(v: QuestionView, lang: Lang, width: number): string[] {
  const taken = v.answered.filter((a) => a.fromQuestion);
  if (taken.length === 0) return [];
  return [
    '',
    ...taken.flatMap((a) =>
      wrap(
        `${common.fromQuestion(lang)}: ${a.question} → ${a.answer} (w${a.index + 1} = ${common.change(lang).toLowerCase()})`,
        width,
        '  • ',
      ),
    ),
  ];
}

/** The answer to take in at a glance: the verdict, the summary, three things to do, where to go first, the sources. */
function outcomeLines(v: OutcomeView, lang: Lang, width: number): string[] {
  const lines = [...wrap(`${v.verdict.marker} ${v.verdict.label.toUpperCase()}: ${v.summary}`, width)];
  if (v.practices)
    lines.push(
      ...list(
        common.practices(lang),
        v.practices.map((p) => `${p.label}: ${p.verdict.marker} ${p.verdict.label}. ${p.summary}`),
        width,
      ),
    );
  if (v.open)
    lines.push(
      ...list(
        v.open.heading,
        v.open.items.map((o) => `${o.question}\n${o.findOut}`),
        width,
      ),
    );
  if (v.gaps) lines.push(...list(v.gaps.heading, v.gaps.items, width, '  ☐ '));
  lines.push(...list(common.actions(lang), v.actions.slice(0, FIRST_ACTIONS), width));
  lines.push(
    ...list(
      common.goFirst(lang),
      v.routes.slice(0, FIRST_ROUTES).map((r) => [`${r.name}: ${r.why ?? r.when}`, r.local].filter(Boolean).join('\n')),
      width,
    ),
  );
  lines.push('', ...wrap([...v.grounds, ...v.rulings].map((c) => c.citation).join(' · '), width));
  lines.push(
    '',
    ...wrap(common.askingAs(lang, { asker: v.asker.label }), width),
    ...wrap(v.reviewed, width),
    ...wrap(common.disclaimer(lang), width),
    ...(v.helpSite ? wrap(`${v.helpSite.label}: ${v.helpSite.url}`, width) : []),
  );
  return lines;
}

const FIRST_ACTIONS = 3;
const FIRST_ROUTES = 2;

const list = (heading: string, items: string[], width: number, marker = '  • ') =>
  items.length ? ['', `${heading}:`, ...items.flatMap((item) => wrap(item, width, marker))] : [];

export type Details = 'why' | 'routes' | 'letter';

/** The details of an answer, one part at a time: the reasons and every source, every route, or the letter. */
export function detailsText(v: OutcomeView, details: Details, lang: Lang, width: number = DEFAULT_WIDTH): string {
  const lines: string[] = [];
  if (details === 'why') {
    if (v.practices)
      lines.push(
        ...list(
          common.practices(lang),
          v.practices.map((p) =>
            [
              `${p.label}: ${p.verdict.marker} ${p.verdict.label}. ${p.summary}`,
              ...p.citations.map((c) => c.citation),
            ].join('\n'),
          ),
          width,
        ),
      );
    lines.push('', `${common.why(lang)}:`, ...wrap(v.reasoning, width, '  '));
    if (v.conditions) lines.push(...list(v.conditions.heading, v.conditions.items, width));
    lines.push(...list(common.actions(lang), v.actions, width));
    lines.push(
      ...list(
        common.grounds(lang),
        v.grounds.map((g) => [`${g.citation}: ${g.title}`, g.url, g.note].filter(Boolean).join('\n')),
        width,
      ),
    );
    lines.push(
      ...list(
        common.rulings(lang),
        v.rulings.map((r) => [`${r.citation} (${r.title})`, r.url, r.note].filter(Boolean).join('\n')),
        width,
      ),
    );
    lines.push(
      ...list(
        common.yourAnswers(lang),
        v.answered.map((a) => `${a.question} → ${a.answer}`),
        width,
      ),
    );
  } else if (details === 'routes') {
    lines.push(
      ...list(
        common.routes(lang),
        v.routes.map((r) =>
          [r.name, r.why, r.local, r.purpose, `${r.when} ${r.how}`, r.url].filter(Boolean).join('\n'),
        ),
        width,
      ),
    );
  } else if (v.letter) {
    const rule = '-'.repeat(Math.min(width, 40));
    lines.push(
      '',
      ...wrap(`${common.letter(lang)}: ${v.letter.title}`, width),
      rule,
      ...wrap(v.letter.body, width),
      rule,
    );
  } else {
    lines.push('', ...wrap(common.noLetter(lang), width));
  }
  return lines.join('\n').replace(/^\n/, '');
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
