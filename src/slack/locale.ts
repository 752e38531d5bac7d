import type { Lang } from '../knowledge/schema.js';

/**
 * Dutch by default (or the workspace's chosen language). When a request carries the person's Slack locale
 * (`user.locale` or `locale`), any language other than Dutch gets English, the other language the content
 * is written in.
 */
export function requestLang(body: unknown, fallback: Lang = 'nl'): Lang {
  const locale = localeOf(body);
  if (!locale) return fallback;
  return locale.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}

function localeOf(body: unknown): string | undefined {
  if (!body || typeof body !== 'object') return undefined;
  const { user, locale } = body as { user?: { locale?: unknown }; locale?: unknown };
  const found = (user && typeof user === 'object' ? user.locale : undefined) ?? locale;
  return typeof found === 'string' && found ? found : undefined;
}
