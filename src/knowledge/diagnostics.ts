/** One problem found in a knowledge file, with where it is. */
export interface Diagnostic {
  severity: 'error' | 'warning';
  file: string;
  line: number;
  column: number;
  /** Where in the file's structure, e.g. `questions.purpose.options[1].next`; empty for the file as a whole. */
  path: string;
  message: string;
}

export type PathSegment = string | number;

export function formatPath(path: readonly PathSegment[]): string {
  return path.reduce<string>(
    (out, seg) => (typeof seg === 'number' ? `${out}[${seg}]` : out ? `${out}.${seg}` : seg),
    '',
  );
}

export function formatDiagnostic(d: Diagnostic): string {
  const where = d.path ? ` ${d.path}:` : '';
  return `${d.file}:${d.line}:${d.column} ${d.severity}${where} ${d.message}`;
}

export const hasErrors = (ds: readonly Diagnostic[]): boolean => ds.some((d) => d.severity === 'error');

export function byPosition(a: Diagnostic, b: Diagnostic): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column;
}
