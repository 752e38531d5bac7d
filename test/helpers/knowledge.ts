import { type Guide, guideOf } from '../../src/guide/guide.js';
import { buildKnowledgeBase, type KnowledgeBase } from '../../src/knowledge/base.js';
import { loadKnowledge, loadOrganisation, PACKAGE_ROOT } from '../../src/knowledge/load.js';
import type { Flow } from '../../src/knowledge/schema.js';

/* Kept apart from slack-app.ts, which loads nock: nock intercepts every fetch in the process once loaded. */

let cached: KnowledgeBase | undefined;

/** The project's real knowledge base, loaded once per test file; fails with the validation report if invalid. */
export function realKb(): KnowledgeBase {
  if (cached) return cached;
  const { kb, diagnostics } = loadKnowledge();
  if (!kb)
    throw new Error(
      `real knowledge is invalid:\n${diagnostics.map((d) => `${d.file}:${d.line} ${d.message}`).join('\n')}`,
    );
  cached = kb;
  return kb;
}

/** The real knowledge with the example organisation's contacts. */
export function realGuide(): Guide {
  const organisation = loadOrganisation(`${PACKAGE_ROOT}organisation.example.yml`);
  return guideOf(realKb(), organisation.ok ? organisation.organisation : undefined);
}

/** The question a flow starts with for most askers. */
export const firstQuestion = (flow: Flow): string => (typeof flow.start === 'string' ? flow.start : flow.start.default);

/** The same knowledge with different flows: to make states outdated, or to take a flow away. */
export function guideWithFlows(guide: Guide, flows: (all: Flow[]) => Flow[]): Guide {
  const { kb } = guide;
  const rebuilt = buildKnowledgeBase({
    flows: flows([...kb.flows.values()].map((e) => e.flow)),
    grounds: [...kb.grounds.values()],
    rulings: [...kb.rulings.values()],
    routes: [...kb.routes.values()],
  });
  return guideOf(rebuilt, guide.organisation);
}
