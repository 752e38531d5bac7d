import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { type Document, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import { listYaml } from '../src/knowledge/load.js';

/**
 * Synthetic knowledge bases N times the real one: renamed copies of every knowledge and flow file, so the
 * loader parses, validates and links N times the YAML. Each copy renames its ids (and the references to
 * them) and gives every keyword a suffix of its own, so the router's index grows with distinct terms as a
 * large real base would; titles and descriptions stay shared, so common words match many flows.
 */

const MARK = '__COPY__';

export interface ScaledBase {
  root: string;
  flows: number;
  files: number;
}

interface Template {
  /** Path of the copy, relative to the new root, with MARK where the copy's tag goes. */
  path: string;
  text: string;
}

/** Writes `copies` renamed copies of the base in `source` to `root` (which must not exist yet). */
export function writeScaledBase(source: string, copies: number, root: string): ScaledBase {
  const templates = [...knowledgeTemplates(source), ...flowTemplates(source)];
  for (let copy = 0; copy < copies; copy++) {
    const tag = copy.toString(36);
    for (const template of templates) {
      const path = join(root, template.path.replaceAll(MARK, tag));
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, template.text.replaceAll(MARK, tag));
    }
  }
  const flows = templates.filter((t) => t.path.startsWith('flows')).length * copies;
  return { root, flows, files: templates.length * copies };
}

const renamed = (id: unknown) => `${String(id)}-c${MARK}`;

function knowledgeTemplates(source: string): Template[] {
  const dir = join(source, 'knowledge');
  return listYaml(dir, true).map((path) => {
    const doc = parseDocument(readFileSync(path, 'utf8'));
    for (const kind of ['grounds', 'rulings', 'routes']) {
      for (const item of seqItems(doc.get(kind))) if (isMap(item)) item.set('id', renamed(item.get('id')));
    }
    return { path: join('knowledge', `c${MARK}`, relative(dir, path)), text: doc.toString() };
  });
}

function flowTemplates(source: string): Template[] {
  return listYaml(join(source, 'flows'), false).map((path) => {
    const doc = parseDocument(readFileSync(path, 'utf8'));
    doc.set('id', renamed(doc.get('id')));
    renameReferences(doc);
    suffixKeywords(doc);
    return { path: join('flows', `${basename(path, '.yml')}-c${MARK}.yml`), text: doc.toString() };
  });
}

function renameReferences(doc: Document): void {
  const outcomes = doc.get('outcomes');
  if (!isMap(outcomes)) return;
  for (const pair of outcomes.items) {
    if (!isMap(pair.value)) continue;
    for (const kind of ['grounds', 'rulings', 'routes']) {
      for (const ref of seqItems(pair.value.get(kind, true))) if (isScalar(ref)) ref.value = renamed(ref.value);
    }
  }
}

function suffixKeywords(doc: Document): void {
  for (const lang of ['nl', 'en']) {
    for (const word of seqItems(doc.getIn(['keywords', lang], true)))
      if (isScalar(word)) word.value = `${String(word.value)}x${MARK}`;
  }
}

const seqItems = (node: unknown): unknown[] => (isSeq(node) ? node.items : []);
