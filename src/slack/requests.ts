import { Lang } from '../knowledge/schema.js';

/** What a person typed, after `/monitorwijzer`, in a direct message or in a mention. */
export type Request =
  | { kind: 'menu'; lang: Lang }
  | { kind: 'help'; lang: Lang }
  | { kind: 'privacy'; lang: Lang }
  | { kind: 'lang_usage'; lang: Lang }
  | { kind: 'ask'; text: string; lang: Lang };

const MENU = new Set(['menu', 'onderwerpen', 'topics']);
const HELP = new Set(['help', 'hulp', '?']);
const PRIVACY = new Set(['privacy']);
const LANGUAGE = new Set(['lang', 'taal', 'language']);

/**
 * Reads the subcommands (`help`, `privacy`, `lang nl|en [question]`); anything else is a question.
 * A keyword only counts on its own, so "privacy camera" is still a question.
 */
export function parseRequest(text: string, lang: Lang): Request {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const [first = '', second = '', ...rest] = words;
  const keyword = first.toLowerCase();
  if (LANGUAGE.has(keyword)) {
    const chosen = Lang.safeParse(second.toLowerCase());
    if (!chosen.success) return { kind: 'lang_usage', lang };
    return rest.length ? { kind: 'ask', text: rest.join(' '), lang: chosen.data } : { kind: 'menu', lang: chosen.data };
  }
  if (words.length === 0 || (words.length === 1 && MENU.has(keyword))) return { kind: 'menu', lang };
  if (words.length === 1 && HELP.has(keyword)) return { kind: 'help', lang };
  if (words.length === 1 && PRIVACY.has(keyword)) return { kind: 'privacy', lang };
  return { kind: 'ask', text: text.trim(), lang };
}

/** Removes `<@U123>` mentions and other Slack markup from message text before routing it. */
export function plainText(text: string): string {
  return text
    .replace(/<[@#!][^>]*>/g, ' ')
    .replace(/<([^|>]+)\|([^>]+)>/g, '$2')
    .replace(/<([^>]+)>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .trim();
}
