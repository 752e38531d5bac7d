import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { Diagnostic, PathSegment } from './diagnostics.js';

/** Larger files are refused before parsing: a knowledge file is a few dozen KB at most. */
export const MAX_FILE_BYTES = 1024 * 1024;
/** Bounds alias expansion, so a "billion laughs" file fails fast instead of eating memory. */
const MAX_ALIAS_COUNT = 50;

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

const fileError = (file: string, message: string, pos: Position = { line: 1, column: 1 }): Diagnostic => ({
  severity: 'error',
  file,
  ...pos,
  path: '',
  message,
});

/** Decodes bytes as UTF-8, failing with a clear message on anything else. */
export function decodeUtf8(file: string, bytes: Uint8Array): { ok: true; text: string } | { ok: false; diagnostics: Diagnostic[] } {
  if (bytes.byteLength > MAX_FILE_BYTES) {
    return { ok: false, diagnostics: [fileError(file, `file is ${bytes.byteLength} bytes; the limit is ${MAX_FILE_BYTES} bytes`)] };
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const line = lineOfFirstInvalidByte(bytes);
    return { ok: false, diagnostics: [fileError(file, 'file is not valid UTF-8 text (save it as UTF-8)', { line, column: 1 })] };
  }
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

export function parseYaml(file: string, text: string): ParseResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
  const syntax = [...doc.errors, ...doc.warnings.filter((w) => w.code === 'DUPLICATE_KEY')];
  if (syntax.length > 0) {
    return {
      ok: false,
      diagnostics: syntax.map((e) => {
        const pos = lineCounter.linePos(e.pos[0]);
        return fileError(file, describeYamlError(e.code, e.message), { line: pos.line, column: pos.col });
      }),
    };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    return { ok: false, diagnostics: [fileError(file, `YAML could not be read: ${(e as Error).message}`)] };
  }
  const locate = (path: readonly PathSegment[]): Position => {
    const node = deepestNode(doc.contents, path);
    const pos = lineCounter.linePos(node?.range?.[0] ?? 0);
    return { line: pos.line, column: pos.col };
  };
  return { ok: true, value: { file, data, locate } };
}

function describeYamlError(code: string, message: string): string {
  const first = message.split('\n')[0] ?? message;
  if (code === 'DUPLICATE_KEY') return 'the same key appears twice in one mapping (YAML allows each key once)';
  return `YAML syntax: ${first.replace(/ at line \d+, column \d+:?$/, '')}`;
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
