import type { KnowledgeBase } from '../knowledge/base.js';
import type { Lang, Organisation } from '../knowledge/schema.js';
import { createRouter, type Router } from './router.js';

/** What every surface needs from the core: the knowledge, its router and the organisation's contacts. */
export interface Guide {
  kb: KnowledgeBase;
  router: Router;
  organisation?: Organisation;
  /** The language for people whose Slack locale says nothing (Dutch unless a workspace chose English). */
  defaultLang?: Lang;
}

/**
 * A guide over knowledge already loaded (a test's fixtures, a browser's bundled copy). It lives apart from
 * `loadGuide` so that the browser bundle carries no file-system code.
 */
export function guideOf(kb: KnowledgeBase, organisation?: Organisation): Guide {
  return { kb, router: createRouter(kb), ...(organisation && { organisation }) };
}
