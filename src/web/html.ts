import type { Lang } from '../knowledge/schema.js';

/** Text made safe for HTML content and attribute values. */
export function esc(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );
}

/** Paragraphs from a text with blank lines between them. */
export const paragraphs = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p.trim())}</p>`)
    .join('');

/** A link out of the site: it opens the source, and tells it nothing about the page it came from. */
export const outLink = (url: string, label: string): string =>
  `<a href="${esc(url)}" rel="noreferrer noopener">${esc(label)}</a>`;

export const LANGS: readonly Lang[] = ['nl', 'en'];
export const otherLang = (lang: Lang): Lang => (lang === 'nl' ? 'en' : 'nl');

/** Dutch pages sit at the root of the site, English ones in `en/`; `page` is `index` or a flow id. */
export function pageHref(from: Lang, to: Lang, page: string): string {
  const up = from === 'en' && to === 'nl' ? '../' : '';
  const down = from === 'nl' && to === 'en' ? 'en/' : '';
  return `${up}${down}${page}.html`;
}

export const pagePath = (lang: Lang, page: string): string => (lang === 'nl' ? `${page}.html` : `en/${page}.html`);

/** The shared assets, from a page in this language. */
export const assetsHref = (lang: Lang): string => (lang === 'nl' ? 'assets/' : '../assets/');
