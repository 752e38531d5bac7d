import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { type Document, isMap, isScalar, isSeq, parseDocument, type YAMLMap } from 'yaml';
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

/** Knowledge that is not copied: who-is-asking cues and terms name fixed things, and are read once. */
const ONCE = ['askers', 'terms'];

/** Writes `copies` renamed copies of the base in `source` to `root` (which must not exist yet). */
export function writeScaledBase(source: string, copies: number, root: string): ScaledBase {
  const templates = [...knowledgeTemplates(source), ...flowTemplates(source)];
  writeOnce(source, root);
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
  return listYaml(dir, true).flatMap((path) => {
    const doc = parseDocument(readFileSync(path, 'utf8'));
    for (const kind of ONCE) doc.delete(kind);
    if (!isMap(doc.contents) || doc.contents.items.length === 0) return [];
    for (const kind of ['grounds', 'rulings', 'routes', 'conclusions']) {
      for (const item of seqItems(doc.get(kind))) if (isMap(item)) item.set('id', renamed(item.get('id')));
    }
    for (const conclusion of seqItems(doc.get('conclusions')))
      if (isMap(conclusion)) renameOutcomeReferences(conclusion);
    return [{ path: join('knowledge', `c${MARK}`, relative(dir, path)), text: doc.toString() }];
  });
}

function writeOnce(source: string, root: string): void {
  const dir = join(source, 'knowledge');
  for (const path of listYaml(dir, true)) {
    const doc = parseDocument(readFileSync(path, 'utf8'));
    const kept = ONCE.filter((kind) => doc.has(kind));
    if (kept.length === 0) continue;
    const once = parseDocument('{}');
    for (const kind of kept) once.set(kind, doc.get(kind));
    const target = join(root, 'knowledge', relative(dir, path));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, once.toString());
  }
}

function flowTemplates(source: string): Template[] {
  return listYaml(join(source, 'flows'), false).map((path) => {
    const doc = parseDocument(readFileSync(path, 'utf8'));
    doc.set('id', renamed(doc.get('id')));
    // One flow can be the tool check; the copies are ordinary flows.
    doc.delete('tool_check');
    renameReferences(doc);
    suffixKeywords(doc);
    return { path: join('flows', `${basename(path, '.yml')}-c${MARK}.yml`), text: doc.toString() };
  });
}

function renameReferences(doc: Document): void {
  const outcomes = doc.get('outcomes');
  if (!isMap(outcomes)) return;
  for (const pair of outcomes.items) if (isMap(pair.value)) renameOutcomeReferences(pair.value);
}

/** Grounds, rulings, routes (also per asker, also `{ id, why }`) and a shared conclusion an outcome names. */
function renameOutcomeReferences(outcome: YAMLMap): void {
  const use = outcome.get('use', true);
  if (isScalar(use)) use.value = renamed(use.value);
  const variants = outcome.get('for');
  const holders = [outcome, ...(isMap(variants) ? variants.items.map((v) => v.value).filter(isMap) : [])];
  for (const holder of holders) {
    for (const kind of ['grounds', 'rulings', 'routes']) {
      for (const ref of seqItems(holder.get(kind, true))) {
        if (isScalar(ref)) ref.value = renamed(ref.value);
        else if (isMap(ref)) ref.set('id', renamed(ref.get('id')));
      }
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
