import { yearFigures } from '../../../counts/figures.js';
import type { Guide } from '../../../guide/guide.js';
import { slack } from '../../../messages/index.js';
import { quarterOf } from '../../../store/counts.js';
import { settle } from '../../deliver.js';
import type { ModalView } from '../../ui/block-kit.js';
import { noticeScreen, screenModal } from '../../ui/blocks.js';
import { csvModal, overviewModal } from '../../ui/counts.js';
import { readYear } from '../../ui/ids.js';
import { withRateLimitRetry } from '../../web-client.js';
import { type WorkspaceAccess, workspaceOf } from '../../workspace.js';
import type { ButtonArgs, ButtonListener } from './types.js';

/** The first year counts can exist in: the overview goes back no further. */
const FIRST_YEAR = 2026;

async function figuresFor(workspace: WorkspaceAccess, args: ButtonArgs, now: Date) {
  const current = quarterOf(now);
  const thisYear = Number(current.slice(0, 4));
  const { lang, year: asked } = readYear(args.action.value, thisYear);
  const year = Math.min(Math.max(asked, FIRST_YEAR), thisYear);
  const rows = await workspace.counts.year(args.context, year);
  return { lang, year, thisYear, quarters: yearFigures(rows, year, current) };
}

/**
 * Who may not read the counts gets a refusal; everyone else the modal `make` builds. From Home it opens; inside
 * the overview it replaces the overview (another year) or goes on top of it (the CSV).
 */
async function showCounts(
  args: ButtonArgs,
  what: string,
  inModal: 'replace' | 'push',
  make: (workspace: WorkspaceAccess) => Promise<ModalView>,
) {
  const { ack, action, body, client, context, logger } = args;
  await ack();
  const workspace = workspaceOf(context);
  const lang = readYear(action.value, 0).lang;
  await settle(logger, what, async () => {
    const view = workspace?.mayReadCounts(body.user.id)
      ? await make(workspace)
      : screenModal(noticeScreen(slack.counts.notAllowed(lang)), lang);
    if (!body.view || body.view.type === 'home')
      await withRateLimitRetry(() => client.views.open({ trigger_id: body.trigger_id, view }));
    else if (inModal === 'push')
      await withRateLimitRetry(() => client.views.push({ trigger_id: body.trigger_id, view }));
    else await withRateLimitRetry(() => client.views.update({ view_id: body.view!.id, view }));
  });
}

/** "Jaaroverzicht" on Home, and the buttons to another year in it. */
export function openCounts(guide: Guide, now: () => Date = () => new Date()): ButtonListener {
  return (args) =>
    showCounts(args, 'year overview', 'replace', async (workspace) => {
      const { lang, year, thisYear, quarters } = await figuresFor(workspace, args, now());
      const years = {
        ...(year > FIRST_YEAR && { previous: year - 1 }),
        ...(year < thisYear && { next: year + 1 }),
      };
      return overviewModal(guide, { year, quarters, counting: workspace.settings.counting, years }, lang);
    });
}

/** "CSV" in the overview: the same suppressed figures as comma-separated text. */
export function openCsv(guide: Guide, now: () => Date = () => new Date()): ButtonListener {
  return (args) =>
    showCounts(args, 'csv', 'push', async (workspace) => {
      const { lang, year, quarters } = await figuresFor(workspace, args, now());
      return csvModal(guide, year, quarters, lang);
    });
}
