import { describe, expect, it } from 'vitest';
import { figureText, yearFigures } from '../../../src/counts/figures.js';
import type { Lang } from '../../../src/knowledge/schema.js';
import { csvModal, overviewModal } from '../../../src/slack/ui/counts.js';
import type { CountRow } from '../../../src/store/counts.js';
import { viewProblems } from '../../helpers/block-kit.js';
import { realGuide } from '../../helpers/knowledge.js';

const guide = realGuide();
const TOPICS = [...guide.kb.flows.keys()];

/** Every topic in the first three quarters of 2026, with many small numbers; the fourth is under way. */
const ROWS: CountRow[] = [1, 2, 3, 4].flatMap((q) =>
  TOPICS.flatMap((topic, i) => [
    { quarter: `2026Q${q}`, topic, measure: 'started' as const, n: (i * 7 + q * 3) % 40 },
    { quarter: `2026Q${q}`, topic, measure: 'not_allowed' as const, n: (i * 5 + q) % 9 },
    { quarter: `2026Q${q}`, topic, measure: 'depends' as const, n: (i * 3 + q) % 20 },
  ]),
);
const quarters = yearFigures(ROWS, 2026, '2026Q4');
const text = (view: { blocks: unknown[] }) => JSON.stringify(view.blocks);

describe.each<Lang>(['nl', 'en'])('the year overview (%s)', (lang) => {
  it('is valid Block Kit within Slack’s limits, for every topic, with and without counting on', () => {
    for (const counting of [true, false]) {
      const view = overviewModal(guide, { year: 2026, quarters, counting, years: { previous: 2025 } }, lang);
      expect(viewProblems(view)).toEqual([]);
    }
    expect(viewProblems(csvModal(guide, 2026, quarters, lang))).toEqual([]);
  });

  it('shows no figure of the quarter under way, and no figure under 5 anywhere', () => {
    const shown = text(overviewModal(guide, { year: 2026, quarters, counting: true, years: {} }, lang));
    expect(shown).toContain(lang === 'nl' ? 'Dit kwartaal loopt nog' : 'This quarter is still under way');
    expect(quarters.at(-1)).toMatchObject({ quarter: '2026Q4', open: true, topics: [] });
    const figures = [...shown.matchAll(/ {2,}(\d+)(?= |\\n)/g)].map((m) => Number(m[1]));
    expect(figures.length).toBeGreaterThan(20);
    expect(figures.every((n) => n >= 5)).toBe(true);
  });

  it('puts the same figures in the CSV as in the tables', () => {
    const csv = text(csvModal(guide, 2026, quarters, lang));
    for (const q of quarters.filter((q) => !q.open))
      for (const t of q.topics) {
        const name = guide.kb.flows.get(t.topic)!.flow.title[lang];
        const title = name.includes(',') ? `"${name}"` : name;
        const line = [q.quarter, title, figureText(t.started), figureText(t.answered), ...t.verdicts.map(figureText)];
        expect(csv).toContain(line.join(',').replace(/</g, '&lt;').replace(/"/g, '\\"'));
      }
  });
});
