import { Lang } from '../../knowledge/schema.js';

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
  audience: 'mw.audience',
  lang: 'mw.lang',
  link: 'mw.link',
} as const;

export const goAction = (...suffix: (string | number)[]): string => [ACTIONS.go, ...suffix].join('.');

/** Modal callback ids. */
export const CALLBACKS = { guide: 'mw.guide', share: 'mw.share' } as const;

/** Shortcut callback ids, as declared in manifest.yml (a test keeps the two in step). */
export const SHORTCUTS = { checkTool: 'check_tool', askAboutMessage: 'ask_about_message' } as const;

/** The inputs of the share modal. */
export const SHARE_INPUT = {
  colleague: { block: 'mw.share.colleague', action: 'mw.share.colleague' },
  channel: { block: 'mw.share.channel', action: 'mw.share.channel' },
} as const;

/** The three ways people find their topics in Slack. */
export const AUDIENCE_GROUPS = {
  employee: ['employee'],
  manager: ['manager'],
  representative: ['confidential_counsellor', 'works_council'],
} as const;
export type AudienceGroup = keyof typeof AUDIENCE_GROUPS;
const isAudienceGroup = (key: string): key is AudienceGroup => Object.hasOwn(AUDIENCE_GROUPS, key);

/** Menu and language buttons carry the language they show: `nl` or `en`. */
export const langValue = (lang: Lang): string => lang;
export const readLang = (value: unknown): Lang => Lang.catch('nl').parse(value);

/** An audience button carries `<lang>:<group>`. */
export const audienceValue = (lang: Lang, group: AudienceGroup): string => `${lang}:${group}`;
export function readAudience(value: unknown): { lang: Lang; group: AudienceGroup } {
  const [lang, group = ''] = typeof value === 'string' ? value.split(':') : [];
  return { lang: readLang(lang), group: isAudienceGroup(group) ? group : 'employee' };
}

/** A link button opens its URL in Slack; its value is never read. */
export const LINK_VALUE = 'link';
