import { loadKnowledgeCached } from '../knowledge/cache.js';
import type { Diagnostic } from '../knowledge/diagnostics.js';
import { loadKnowledge, loadOrganisation } from '../knowledge/load.js';
import { type Guide, guideOf } from './guide-of.js';

export { type Guide, guideOf } from './guide-of.js';

export interface GuideSettings {
  /** Folder holding knowledge/ and flows/; the package's own by default. */
  dir?: string;
  /** Organisation settings file; `organisation.yml` in `dir` when present. */
  org?: string;
  /** Today as YYYY-MM-DD, for review-date warnings. */
  today?: string;
  /**
   * Reuse the knowledge checked at an earlier start when no file changed (the default); `false` reads and
   * checks every file, with every warning, as `validate` does.
   */
  cached?: boolean;
}

export type GuideResult =
  | { ok: true; guide: Guide; diagnostics: Diagnostic[]; files: number }
  | { ok: false; diagnostics: Diagnostic[]; files: number };

/** Loads and checks the knowledge and the organisation's settings, reporting every problem at once. */
export function loadGuide(settings: GuideSettings = {}): GuideResult {
  const load = settings.cached === false ? loadKnowledge : loadKnowledgeCached;
  const knowledge = load({ root: settings.dir, today: settings.today });
  if (!knowledge.kb) return { ok: false, diagnostics: knowledge.diagnostics, files: knowledge.files };
  const organisation = loadOrganisation(settings.org, settings.dir);
  if (!organisation.ok)
    return {
      ok: false,
      diagnostics: [...knowledge.diagnostics, ...organisation.diagnostics],
      files: knowledge.files + 1,
    };
  return {
    ok: true,
    guide: guideOf(knowledge.kb, organisation.organisation),
    diagnostics: knowledge.diagnostics,
    files: knowledge.files,
  };
}
