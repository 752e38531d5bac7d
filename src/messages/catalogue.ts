import type { Lang, Text } from '../knowledge/schema.js';

/**
 * Interface words as typed functions: `common.progress(lang, { current, total })`. The placeholder names are
 * read from the texts themselves, so a missing or misspelt variable is a compile error, not `{titel}` on screen.
 */

/** The `{name}` placeholders in a text, as a union of names. */
export type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

type Leaf = { readonly nl: string; readonly en: string };
export type Vars<T extends Leaf> = Record<Placeholders<T['nl'] | T['en']>, string | number>;

export type Message<T extends Leaf> = [Placeholders<T['nl'] | T['en']>] extends [never]
  ? (lang: Lang) => string
  : (lang: Lang, vars: Vars<T>) => string;

export type Catalogue<T> = { readonly [K in keyof T]: T[K] extends Leaf ? Message<T[K]> : Catalogue<T[K]> };

const isLeaf = (node: object): node is Leaf =>
  typeof (node as Leaf).nl === 'string' && typeof (node as Leaf).en === 'string';

/** Turns a tree of `{ nl, en }` texts into a tree of message functions, keeping the texts' literal types. */
export function defineMessages<const T extends object>(texts: T): Catalogue<T> & { readonly source: T } {
  const compile = (node: object): unknown =>
    isLeaf(node)
      ? (lang: Lang, vars: Record<string, string | number> = {}) => fill(node[lang], vars)
      : Object.fromEntries(Object.entries(node).map(([k, v]) => [k, compile(v as object)]));
  // The texts themselves stay reachable as `source`, for checks over the whole catalogue.
  return Object.assign(compile(texts) as Catalogue<T>, { source: texts });
}

/** Fills `{name}` placeholders; one without a value stays visible rather than vanishing. */
export function fill(text: string, vars: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => (Object.hasOwn(vars, key) ? String(vars[key]) : whole));
}

/** Knowledge content brings its own translations: picks the person's language. */
export const say = (text: Text, lang: Lang): string => text[lang];
