import type { RouterSource } from '../guide/router.js';
import type { KnowledgeBase, KnowledgeParts } from '../knowledge/base.js';
import type { Flow, Lang, Organisation, Route } from '../knowledge/schema.js';

/**
 * What a page carries of the knowledge, as JSON in the page itself: a topic page only its own flow with the grounds,
 * rulings and routes it cites (so a page stays light), the start page only what the router reads.
 */
export interface TopicData {
  page: 'topic';
  lang: Lang;
  flow: string;
  parts: KnowledgeParts;
  organisation?: Organisation;
}

export interface StartData {
  page: 'start';
  lang: Lang;
  router: { flows: RouterFlow[]; terms: RouterSource['terms'] };
}

type RouterFlow = Pick<Flow, 'id' | 'title' | 'keywords'>;

export type PageData = TopicData | StartData;

export function topicData(kb: KnowledgeBase, flowId: string, lang: Lang, organisation?: Organisation): TopicData {
  const entry = kb.flows.get(flowId);
  if (!entry) throw new Error(`no flow "${flowId}"`);
  const outcomes = Object.values(entry.flow.outcomes);
  const routeIds = outcomes.flatMap((o) => [o.routes, ...Object.values(o.for ?? {}).map((v) => v.routes ?? [])].flat());
  const ids = (refs: readonly (string | { id: string })[]) =>
    new Set(refs.map((r) => (typeof r === 'string' ? r : r.id)));
  const pick = <T>(wanted: Set<string>, from: ReadonlyMap<string, T>) => [...wanted].map((id) => from.get(id) as T);
  const used = new Set(Object.values(entry.spec.outcomes).flatMap((o) => ('use' in o ? [o.use] : [])));
  return {
    page: 'topic',
    lang,
    flow: flowId,
    parts: {
      flows: [entry.spec],
      grounds: pick(ids(outcomes.flatMap((o) => o.grounds)), kb.grounds).map(withoutAuthorNotes),
      rulings: pick(ids(outcomes.flatMap((o) => o.rulings ?? [])), kb.rulings).map(withoutAuthorNotes),
      routes: pick(ids(routeIds), kb.routes) as Route[],
      conclusions: pick(used, kb.conclusions),
      askers: [...kb.askerCues].map(([id, cues]) => ({ id, cues })),
    },
    ...(organisation && { organisation }),
  };
}

/** `checked` is for authors and never shown: a page need not carry it. */
function withoutAuthorNotes<T extends { checked?: string }>({ checked: _, ...shown }: T): Omit<T, 'checked'> {
  return shown;
}

export function startData(kb: KnowledgeBase, lang: Lang): StartData {
  const flows = [...kb.flows.values()].map(({ flow }) => ({ id: flow.id, title: flow.title, keywords: flow.keywords }));
  return { page: 'start', lang, router: { flows, terms: kb.terms } };
}

/** The router's view of the start page's data. */
export function routerSource(data: StartData): RouterSource {
  return { flows: new Map(data.router.flows.map((flow) => [flow.id, { flow }])), terms: data.router.terms };
}

/** JSON to place inside a <script type="application/json">: nothing in it can close the element. */
export const embedJson = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');
