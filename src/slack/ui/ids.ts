import { shortHash } from '../../knowledge/hash.js';
import { Asker, type ContactKey, Lang } from '../../knowledge/schema.js';

/**
 * Everything Slack sends back to the app names one of these: the listeners register on them, the screens put
 * them on buttons, modals and inputs. Button values are either a conversation state (guide/state.ts) or one of
 * the small values below.
 */

/** Action ids. Navigation ids all start with `mw.go.`; a suffix keeps ids unique within a block. */
export const ACTIONS = {
  go: 'mw.go',
  share: 'mw.share',
  menu: 'mw.menu',
  asker: 'mw.asker',
  lang: 'mw.lang',
  link: 'mw.link',
  /** Ticking a checkbox of a question that takes several answers: Slack reports it, nothing happens yet. */
  tick: 'mw.tick',
  /** "Verder" under the checkboxes: moves on with what is ticked. */
  pick: 'mw.pick',
  /** The reasons and sources, every route, or the letter of an answer, in a modal. */
  details: 'mw.details',
  /** "Instellingen" on Home, for those who may change the workspace's settings. */
  settings: 'mw.settings',
  /** "Jaaroverzicht" on Home, and moving between years in it: the value is `<lang>:<year>`. */
  counts: 'mw.counts',
  /** The CSV of the year shown, in a modal pushed over the overview. */
  countsCsv: 'mw.csv',
} as const;

export const detailsAction = (part: 'why' | 'routes' | 'letter'): string => `${ACTIONS.details}.${part}`;

export const goAction = (...suffix: (string | number)[]): string => [ACTIONS.go, ...suffix].join('.');

/** Modal callback ids. */
export const CALLBACKS = {
  guide: 'mw.guide',
  share: 'mw.share',
  details: 'mw.details',
  settings: 'mw.settings',
  counts: 'mw.counts',
} as const;

/** Shortcut callback ids, as declared in manifest.yml (a test keeps the two in step). */
export const SHORTCUTS = { checkTool: 'check_tool', askAboutMessage: 'ask_about_message' } as const;

/** The inputs of the share modal. */
export const SHARE_INPUT = {
  colleague: { block: 'mw.share.colleague', action: 'mw.share.colleague' },
  channel: { block: 'mw.share.channel', action: 'mw.share.channel' },
} as const;

/** The inputs of the settings modal: each block holds one element with the same id. */
export const SETTINGS_INPUT = {
  name: 'mw.settings.name',
  representation: 'mw.settings.representation',
  contact: (key: ContactKey, part: 'name' | 'how') => `mw.settings.${key}.${part}`,
  helpUrl: 'mw.settings.help_url',
  lang: 'mw.settings.lang',
  editors: 'mw.settings.editors',
  counting: 'mw.settings.counting',
  confidant: 'mw.settings.confidant',
} as const;

/** Menu and language buttons carry the language they show: `nl` or `en`. */
export const langValue = (lang: Lang): string => lang;
export const readLang = (value: unknown): Lang => Lang.catch('nl').parse(value);

/** The year overview's buttons carry `<lang>:<year>`. */
export const yearValue = (lang: Lang, year: number): string => `${lang}:${year}`;
export function readYear(value: unknown, fallback: number): { lang: Lang; year: number } {
  const [lang, year] = typeof value === 'string' ? value.split(':') : [];
  const parsed = Number(year);
  return { lang: readLang(lang), year: Number.isInteger(parsed) && parsed > 2000 && parsed < 3000 ? parsed : fallback };
}

/** A "who are you" button in a menu carries `<lang>:<asker>`. */
export const askerValue = (lang: Lang, asker: Asker): string => `${lang}:${asker}`;
export function readAsker(value: unknown): { lang: Lang; asker: Asker } {
  const [lang, asker] = typeof value === 'string' ? value.split(':') : [];
  return { lang: readLang(lang), asker: Asker.catch('employee').parse(asker) };
}

/**
 * The block holding a question's checkboxes, named after the step it belongs to: Slack keeps what was ticked in a
 * block across message updates, so each step needs a block of its own.
 */
export const tickBlock = (state: string): string => `${ACTIONS.tick}.${shortHash(state, 8)}`;

/** A link button opens its URL in Slack; its value is never read. */
export const LINK_VALUE = 'link';
