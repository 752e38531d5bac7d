import {
  type Alias,
  type Document,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  Lexer,
  LineCounter,
  type Node,
  parseDocument,
} from 'yaml';
import type { Diagnostic, PathSegment } from './diagnostics.js';

/** Larger files are refused before parsing: a knowledge file is a few dozen KB at most. */
export const MAX_FILE_BYTES = 1024 * 1024;
/**
 * The largest real file has about 6,000 YAML tokens. The parser's time and memory grow steeply with the token
 * count (a 1 MB list of one-character items takes seconds and most of a gigabyte), so more are refused unparsed.
 */
export const MAX_TOKENS = 50_000;
/** Real files nest 6 levels deep; the parser recurses per level and runs out of stack at a few hundred. */
export const MAX_DEPTH = 20;
/** Bounds alias expansion, so a "billion laughs" file fails fast instead of eating memory. */
const MAX_ALIAS_COUNT = 50;
/** Real files use no aliases at all. */
const MAX_ALIASES = 100;

export interface Position {
  line: number;
  column: number;
}

/** A parsed YAML file that can say on which line any value (or its nearest parent) stands. */
export interface YamlFile {
  file: string;
  data: unknown;
  locate(path: readonly PathSegment[]): Position;
}

export type ParseResult = { ok: true; value: YamlFile } | { ok: false; diagnostics: Diagnostic[] };

export const fileError = (file: string, message: string, pos: Position = { line: 1, column: 1 }): Diagnostic => ({
  severity: 'error',
  file,
  ...pos,
  path: '',
  message,
});

/** Decodes bytes as UTF-8, failing with a clear message on anything else. */
export function decodeUtf8(
  file: string,
  bytes: Uint8Array,
): { ok: true; text: string } | { ok: false; diagnostics: Diagnostic[] } {
  if (bytes.byteLength > MAX_FILE_BYTES) {
    return {
      ok: false,
      diagnostics: [fileError(file, `file is ${bytes.byteLength} bytes; the limit is ${MAX_FILE_BYTES} bytes`)],
    };
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, diagnostics: [fileError(file, 'file is UTF-16 text (save it as UTF-8)')] };
  }
  let text: string;
  try {
    // Strips a leading UTF-8 byte order mark, which editors on Windows add and YAML allows.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const line = lineOfFirstInvalidByte(bytes);
    return {
      ok: false,
      diagnostics: [fileError(file, 'file is not valid UTF-8 text (save it as UTF-8)', { line, column: 1 })],
    };
  }
  const hidden = findHiddenCharacter(text);
  if (hidden) return { ok: false, diagnostics: [fileError(file, hidden.message, hidden.at)] };
  return { ok: true, text };
}

function lineOfFirstInvalidByte(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        decoder.decode(bytes.subarray(start, i));
      } catch {
        return line;
      }
      line++;
      start = i + 1;
    }
  }
  return 1;
}

/** Control characters (a sign of a binary or corrupted file) and byte order marks left inside by joined files. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is what this pattern is for.
const HIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufeff]/;

function findHiddenCharacter(text: string): { message: string; at: Position } | undefined {
  const match = HIDDEN.exec(text);
  if (!match) return undefined;
  const at = positionOf(text, match.index);
  const code = `U+${match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  const message =
    match[0] === '\ufeff'
      ? 'a byte order mark (U+FEFF) stands inside the file, often left by joining two files: delete it'
      : `invisible control character ${code}: the file may be damaged or not a text file`;
  return { message, at };
}

function positionOf(text: string, index: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: index - lineStart + 1 };
}

export function parseYaml(file: string, text: string): ParseResult {
  const tooBig = checkTokens(file, text);
  if (tooBig) return { ok: false, diagnostics: [tooBig] };
  const { doc, at } = compose(text);
  const syntax = [...doc.errors, ...doc.warnings].map((e) =>
    fileError(file, describeYamlError(e.code, e.message), at(e.pos[0])),
  );
  if (syntax.length > 0) return { ok: false, diagnostics: unique(syntax) };
  const structure = checkStructure(file, doc, at);
  if (structure.length > 0) return { ok: false, diagnostics: structure };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    return { ok: false, diagnostics: [fileError(file, `YAML could not be read: ${(e as Error).message}`)] };
  }
  return { ok: true, value: { file, data, locate: locator(text) } };
}

function compose(text: string): { doc: Document.Parsed; at: (offset: number) => Position } {
  const lineCounter = new LineCounter();
  // Duplicate keys are found by checkStructure: the parser's own check is quadratic in the number of keys.
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false, strict: true });
  const at = (offset: number): Position => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
  return { doc, at };
}

/**
 * Positions are needed only for diagnostics, which are rare, and the document tree is about ten times the size
 * of its text: only the text is kept, and the tree is rebuilt on the first lookup. Keeping every tree alive
 * until linting ended made loading a large base mostly garbage collection.
 */
function locator(text: string): YamlFile['locate'] {
  let composed: ReturnType<typeof compose> | undefined;
  return (path) => {
    composed ??= compose(text);
    return composed.at(deepestNode(composed.doc.contents, path)?.range?.[0] ?? 0);
  };
}

/** Counts tokens and flow nesting with the lexer, which is cheap and flat, before the parser gets to recurse. */
function checkTokens(file: string, text: string): Diagnostic | undefined {
  let tokens = 0;
  let line = 1;
  let depth = 0;
  for (const token of new Lexer().lex(text)) {
    if (token === '[' || token === '{') depth++;
    else if (token === ']' || token === '}') depth--;
    if (depth > MAX_DEPTH)
      return fileError(file, `values are nested more than ${MAX_DEPTH} levels deep`, { line, column: 1 });
    if (++tokens > MAX_TOKENS) {
      return fileError(
        file,
        `file has more than ${MAX_TOKENS} YAML tokens, far more than any knowledge file needs: split it up`,
        { line, column: 1 },
      );
    }
    for (let i = token.indexOf('\n'); i !== -1; i = token.indexOf('\n', i + 1)) line++;
  }
  return undefined;
}

const YAML_TAG_PREFIX = 'tag:yaml.org,2002:';

function describeYamlError(code: string, message: string): string {
  const first = message.split('\n')[0] ?? message;
  if (first.includes('Maximum call stack size exceeded')) return `values are nested more than ${MAX_DEPTH} levels deep`;
  if (code === 'TAB_AS_INDENT') return 'a tab is used to indent: YAML indents with spaces only';
  if (code === 'MULTIPLE_DOCS') return 'a second YAML document starts here ("---"): a file holds one document';
  if (code === 'TAG_RESOLVE_FAILED')
    return `${first.replace(YAML_TAG_PREFIX, '!!')}: knowledge files use plain values, without YAML tags`;
  return `YAML syntax: ${first.replace(/ at line \d+, column \d+:?$/, '')}`;
}

/** One diagnostic per line and message: a stack overflow, for one, is reported at every level it unwinds. */
function unique(diagnostics: Diagnostic[]): Diagnostic[] {
  const byKey = new Map(diagnostics.map((d) => [`${d.line}:${d.message}`, d]));
  return [...byKey.values()];
}

/**
 * Walks the parsed document without recursion: nesting depth, duplicate and non-text keys, aliases without an
 * anchor, YAML tags (which turn `!!binary` into bytes) and a `%YAML 1.1` header (under which `no` means false
 * and dates become objects).
 */
function checkStructure(file: string, doc: Document.Parsed, at: (offset: number) => Position): Diagnostic[] {
  const out: Diagnostic[] = [];
  const report = (node: Node | null | undefined, message: string) =>
    out.push(fileError(file, message, at(node?.range?.[0] ?? 0)));
  if (doc.directives.yaml.version !== '1.2')
    report(
      doc.contents,
      `the file declares YAML ${doc.directives.yaml.version}: remove the %YAML line (files are read as YAML 1.2)`,
    );
  const stack: { node: unknown; depth: number }[] = [{ node: doc.contents, depth: 1 }];
  const anchors = new Set<string>();
  const aliases: Alias[] = [];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (isAlias(node)) aliases.push(node);
    if (!(isScalar(node) || isMap(node) || isSeq(node))) continue;
    if (node.anchor) anchors.add(node.anchor);
    if (node.tag)
      report(
        node,
        `YAML tag ${node.tag.replace(YAML_TAG_PREFIX, '!!')}: knowledge files use plain values, without YAML tags`,
      );
    if (depth > MAX_DEPTH) {
      report(node, `values are nested more than ${MAX_DEPTH} levels deep`);
      continue;
    }
    if (isSeq(node)) for (const item of node.items) stack.push({ node: item, depth: depth + 1 });
    if (!isMap(node)) continue;
    const keys = new Set<string>();
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      if (!isScalar(pair.key)) {
        report(pair.key as Node, 'a key must be a plain name, not a list or mapping');
        continue;
      }
      const key = String(pair.key.value);
      if (keys.has(key)) report(pair.key, 'the same key appears twice in one mapping (YAML allows each key once)');
      keys.add(key);
      stack.push({ node: pair.value, depth: depth + 1 });
    }
  }
  // Alias.resolve() would search the whole document once per alias; a set of anchor names is enough to name the mistake.
  for (const alias of aliases)
    if (!anchors.has(alias.source)) report(alias, `alias *${alias.source} refers to no anchor (&${alias.source})`);
  // Each alias is resolved by a search through the document, so thousands of them take seconds.
  const excess = aliases.sort((a, b) => (a.range?.[0] ?? 0) - (b.range?.[0] ?? 0))[MAX_ALIASES];
  if (excess) report(excess, `more than ${MAX_ALIASES} aliases (*name) in one file: write the values out`);
  return out.sort((a, b) => a.line - b.line || a.column - b.column);
}

/**
 * Walks the document along `path` and returns the node to point at: for a mapping entry its key (a block value
 * starts on the line below it), for a list item the item; for a missing key, the deepest parent that exists.
 */
function deepestNode(root: unknown, path: readonly PathSegment[]): Node | undefined {
  let node = root as Node | undefined;
  let at: Node | undefined = node;
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) return at;
      at = pair.key as Node;
      node = (pair.value ?? pair.key) as Node;
    } else if (isSeq(node) && typeof seg === 'number' && node.items[seg]) {
      node = node.items[seg] as Node;
      at = node;
    } else {
      return at;
    }
  }
  return at;
}
