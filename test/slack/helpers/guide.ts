import { createRouter } from '../../../src/engine/router.js';
import { buildKnowledgeBase, type KnowledgeBase } from '../../../src/knowledge/base.js';
import type { Flow } from '../../../src/knowledge/schema.js';
import { loadKnowledge, loadOrganisation, PACKAGE_ROOT } from '../../../src/knowledge/load.js';
import type { Guide } from '../../../src/slack/screens.js';

/* Kept apart from harness.ts, which loads nock: nock intercepts every fetch in the process once loaded. */

let knowledge: KnowledgeBase | undefined;

/** The real knowledge and the example organisation, loaded once per test file. */
export function realGuide(): Guide {
  if (!knowledge) {
    const loaded = loadKnowledge();
    if (!loaded.kb) throw new Error('the knowledge under flows/ and knowledge/ is invalid; run npm run validate');
    knowledge = loaded.kb;
  }
  const organisation = loadOrganisation(`${PACKAGE_ROOT}organisation.example.yml`);
  return { kb: knowledge, router: createRouter(knowledge), organisation: organisation.ok ? organisation.organisation : undefined };
}

/** The same knowledge with different flows: to make states outdated, or to take a flow away. */
export function guideWithFlows(guide: Guide, flows: (all: Flow[]) => Flow[]): Guide {
  const { kb } = guide;
  const rebuilt = buildKnowledgeBase({
    flows: flows([...kb.flows.values()].map((e) => e.flow)),
    grounds: [...kb.grounds.values()],
    rulings: [...kb.rulings.values()],
    routes: [...kb.routes.values()],
  });
  return { ...guide, kb: rebuilt, router: createRouter(rebuilt) };
}

