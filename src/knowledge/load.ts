import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { buildKnowledgeBase, type KnowledgeBase } from './base.js';
import { byPosition, type Diagnostic, formatPath, hasErrors } from './diagnostics.js';
import { type LintInput, lint } from './lint.js';
import { FlowSpec, KnowledgeFile, Organisation } from './schema.js';
import { decodeUtf8, fileError, parseYaml, type YamlFile } from './yaml.js';

/** The project folder that holds `knowledge/` and `flows/` (two levels above this file, in src/ or dist/). */
export const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface LoadOptions {
  /** Folder with `knowledge/` and `flows/`; defaults to the package's own. */
  root?: string;
  /** Today as YYYY-MM-DD, for review-date warnings; defaults to the real date. */
  today?: string;
}

export interface LoadResult {
  /** Present only when there is no error. */
  kb?: KnowledgeBase;
  diagnostics: Diagnostic[];
  files: number;
}

/** Reads, validates and links every knowledge and flow file, reporting all problems at once. */
export function loadKnowledge(options: LoadOptions = {}): LoadResult {
  const root = options.root ?? PACKAGE_ROOT;
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const diagnostics: Diagnostic[] = [];
  const parts: LintInput = { flows: [], grounds: [], rulings: [], routes: [], conclusions: [], askers: [], terms: [] };

  const knowledgeFiles = listYaml(join(root, 'knowledge'), true);
  const flowFiles = listYaml(join(root, 'flows'), false);
  if (flowFiles.length === 0) {
    diagnostics.push({
      severity: 'error',
      file: relative(root, join(root, 'flows')) || 'flows',
      line: 1,
      column: 1,
      path: '',
      message: 'no flow files (*.yml) found',
    });
  }
  for (const path of knowledgeFiles) {
    const file = readValidated(root, path, KnowledgeFile, diagnostics);
    if (!file) continue;
    for (const kind of ['grounds', 'rulings', 'routes', 'conclusions', 'askers', 'terms'] as const) {
      for (const [i, value] of (file.data[kind] ?? []).entries()) {
        (parts[kind] as unknown[]).push({ value, source: file.source, path: [kind, i] });
      }
    }
  }
  for (const path of flowFiles) {
    const file = readValidated(root, path, FlowSpec, diagnostics);
    if (file) parts.flows.push({ value: file.data, source: file.source, path: [] });
  }
  diagnostics.push(...lint(parts, { today }));
  diagnostics.sort(byPosition);
  const files = knowledgeFiles.length + flowFiles.length;
  if (hasErrors(diagnostics)) return { diagnostics, files };
  const values = <T>(items: { value: T }[]) => items.map((item) => item.value);
  const kb = buildKnowledgeBase({
    flows: values(parts.flows),
    grounds: values(parts.grounds),
    rulings: values(parts.rulings),
    routes: values(parts.routes),
    conclusions: values(parts.conclusions),
    askers: values(parts.askers),
    terms: values(parts.terms),
  });
  return { kb, diagnostics, files };
}

/** The YAML files in a folder (and its subfolders, if `recursive`), sorted; none when the folder is missing. */
export function listYaml(dir: string, recursive: boolean): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive })
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

function readValidated<S extends z.ZodType>(
  root: string,
  path: string,
  schema: S,
  diagnostics: Diagnostic[],
): { data: z.infer<S>; source: YamlFile } | undefined {
  const file = relative(root, path);
  const bytes = readBytes(file, path, diagnostics);
  if (!bytes) return undefined;
  const decoded = decodeUtf8(file, bytes);
  if (!decoded.ok) return void diagnostics.push(...decoded.diagnostics);
  const parsed = parseYaml(file, decoded.text);
  if (!parsed.ok) return void diagnostics.push(...parsed.diagnostics);
  const notMapping = describeNonMapping(parsed.value.data);
  if (notMapping) return void diagnostics.push(fileError(file, notMapping));
  return validate(parsed.value, schema, diagnostics);
}

function readBytes(file: string, path: string, diagnostics: Diagnostic[]): Uint8Array | undefined {
  try {
    return readFileSync(path);
  } catch (e) {
    diagnostics.push(
      fileError(file, `file could not be read (${(e as NodeJS.ErrnoException).code ?? 'unknown error'})`),
    );
    return undefined;
  }
}

/** Every file is a mapping of fields; an empty file is usually a failed save or a bad merge. */
function describeNonMapping(data: unknown): string | undefined {
  if (data === null || data === undefined) return 'file is empty';
  if (typeof data === 'object' && !Array.isArray(data)) return undefined;
  return `the file must be a mapping of fields (key: value), not ${describeValue(data)}`;
}

/** Enough to fix a file; beyond this the rest is usually the same mistake repeated (and each costs a lookup). */
const MAX_PROBLEMS_PER_FILE = 50;

/** Checks parsed YAML against a schema; each issue becomes a diagnostic at the line of the offending value. */
export function validate<S extends z.ZodType>(
  source: YamlFile,
  schema: S,
  diagnostics: Diagnostic[],
): { data: z.infer<S>; source: YamlFile } | undefined {
  const result = schema.safeParse(source.data ?? {});
  if (result.success) return { data: result.data, source };
  const issues = result.error.issues.flatMap(unionBranch);
  const shown: Diagnostic[] = [];
  for (const issue of issues.slice(0, MAX_PROBLEMS_PER_FILE)) {
    const parentPath = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    const value = valueAt(source.data, parentPath);
    const message = describeIssue(issue, parentPath, value) + commaHint(issue, value);
    // Point at the offending key itself rather than at the object that holds it.
    const path =
      issue.code === 'unrecognized_keys' && issue.keys.length === 1
        ? [...parentPath, issue.keys[0] as string]
        : parentPath;
    shown.push({ severity: 'error', file: source.file, ...source.locate(path), path: formatPath(path), message });
  }
  diagnostics.push(...shown);
  if (issues.length > MAX_PROBLEMS_PER_FILE) {
    // Placed after the last one shown, so the note ends the file's list once diagnostics are sorted.
    const last = shown.reduce((a, b) => (byPosition(a, b) >= 0 ? a : b));
    diagnostics.push({
      ...last,
      path: '',
      message: `${issues.length - MAX_PROBLEMS_PER_FILE} more problems in this file not shown: fix these first`,
    });
  }
  return undefined;
}

/**
 * A value that fits none of a union's forms (an outcome that is neither `use: id` nor a full outcome, a `next`
 * that is neither an id nor ids per asker) is reported with the problems of the form it was meant to be: the one
 * whose problems lie deepest inside the value, rather than at its top as "not this kind of thing at all".
 */
function unionBranch(issue: z.core.$ZodIssue): z.core.$ZodIssue[] {
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) return [issue];
  const atTop = (i: z.core.$ZodIssue) =>
    i.path.length === 0 && (i.code === 'invalid_type' || i.code === 'unrecognized_keys');
  const depth = (branch: z.core.$ZodIssue[]) => Math.max(0, ...branch.map((i) => (atTop(i) ? -1 : i.path.length + 1)));
  // A form that finds fields it does not know is not the form meant; otherwise the deepest problems win.
  const score = (branch: z.core.$ZodIssue[]) => (branch.some(atTop) ? 0 : 1000) + depth(branch) * 10 - branch.length;
  const meant = issue.errors.reduce((best, branch) => (score(branch) > score(best) ? branch : best));
  return meant.flatMap((inner) => unionBranch({ ...inner, path: [...issue.path, ...inner.path] } as z.core.$ZodIssue));
}

function valueAt(data: unknown, path: (string | number)[]): unknown {
  return path.reduce<unknown>(
    (node, seg) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[seg] : undefined),
    data,
  );
}

/** `{ nl: Ja, het mag }` parses as keys "nl" and "het mag" with no value: say so, authors will not guess it. */
function commaHint(issue: z.core.$ZodIssue, parent: unknown): string {
  if (issue.code !== 'unrecognized_keys' || !parent || typeof parent !== 'object') return '';
  const valueless = issue.keys.some((k) => (parent as Record<string, unknown>)[k] === null);
  return valueless ? '; a comma inside { ... } splits a text in two: put the whole text in quotes' : '';
}

const LANGUAGE_NAMES: Record<string, string> = { nl: 'Dutch (nl)', en: 'English (en)' };

const EXPECTED: Record<string, string> = {
  string: 'a text',
  array: 'a list',
  object: 'a mapping (key: value)',
  record: 'a mapping (key: value)',
  number: 'a number',
  boolean: 'true or false',
};

function describeValue(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return 'a text';
  if (typeof value === 'number') return 'a number';
  if (typeof value === 'boolean') return 'true or false';
  return 'a mapping';
}

function describeIssue(issue: z.core.$ZodIssue, path: (string | number)[], value: unknown): string {
  const last = path[path.length - 1];
  if (issue.code === 'invalid_type' && value === undefined) {
    if (typeof last === 'string' && LANGUAGE_NAMES[last]) return `missing ${LANGUAGE_NAMES[last]} translation`;
    return `missing required field "${String(last ?? 'file')}"`;
  }
  if (issue.code === 'invalid_type' && value === null) return 'has no value';
  // zod's own wording starts like this; a message the schema wrote itself is kept.
  if (issue.code === 'invalid_type' && issue.message.startsWith('Invalid input')) {
    const quote =
      issue.expected === 'string' && (typeof value === 'number' || typeof value === 'boolean')
        ? `: put it in quotes ("${String(value)}")`
        : '';
    return `must be ${EXPECTED[issue.expected] ?? issue.expected}, not ${describeValue(value)}${quote}`;
  }
  if (issue.code === 'unrecognized_keys')
    return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')} (check the spelling)`;
  if (issue.code === 'invalid_value') return `must be one of: ${issue.values.map(String).join(', ')}`;
  return issue.message;
}

export type OrganisationResult = { ok: true; organisation?: Organisation } | { ok: false; diagnostics: Diagnostic[] };

/** Reads the organisation settings; a missing default file is fine (answers then show generic routes). */
export function loadOrganisation(path: string | undefined, root: string = PACKAGE_ROOT): OrganisationResult {
  const resolved = path ?? join(root, 'organisation.yml');
  if (!existsSync(resolved)) {
    if (path)
      return {
        ok: false,
        diagnostics: [
          { severity: 'error', file: path, line: 1, column: 1, path: '', message: 'organisation file not found' },
        ],
      };
    return { ok: true };
  }
  const diagnostics: Diagnostic[] = [];
  const file = readValidated(root, resolved, Organisation, diagnostics);
  return file ? { ok: true, organisation: file.data } : { ok: false, diagnostics };
}
