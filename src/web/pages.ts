import type { Guide } from '../guide/guide-of.js';
import { encodeState } from '../guide/state.js';
import { topicViews } from '../guide/view.js';
import type { FlowEntry } from '../knowledge/base.js';
import { ASKERS, type Lang } from '../knowledge/schema.js';
import { common, say, web } from '../messages/index.js';
import { embedJson, startData, topicData } from './data.js';
import { topicOverview } from './fallback.js';
import { assetsHref, esc, otherLang, pageHref } from './html.js';

/**
 * What a page may load: only the site's own script and stylesheet, nothing from elsewhere, no requests from script,
 * no forms sent anywhere, no framing. The same policy goes in every page and in the HTTP header at /hulp/.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'none'",
  "form-action 'none'",
  "base-uri 'none'",
].join('; ');

interface PageParts {
  lang: Lang;
  /** `index` or a flow id: the page's file name in each language. */
  page: string;
  title: string;
  body: string;
  data: unknown;
}

function layout({ lang, page, title, body, data }: PageParts): string {
  const assets = assetsHref(lang);
  const other = otherLang(lang);
  return [
    '<!doctype html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`,
    '<meta name="referrer" content="no-referrer">',
    `<title>${esc(title)}</title>`,
    `<link rel="stylesheet" href="${assets}site.css">`,
    `<link rel="icon" href="${assets}icon.svg" type="image/svg+xml">`,
    `<script src="${assets}guide.js" defer></script>`,
    '</head>',
    '<body>',
    `<a class="skip" href="#main">${esc(web.skipToContent(lang))}</a>`,
    '<header class="site">',
    `<a class="home" href="${pageHref(lang, lang, 'index')}">monitorwijzer</a>`,
    `<a class="lang" id="lang-switch" href="${pageHref(lang, other, page)}" hreflang="${other}" lang="${other}" aria-label="${esc(web.otherLanguageName(lang))}">${esc(web.otherLanguage(lang))}</a>`,
    '</header>',
    `<main id="main">${body}</main>`,
    `<footer class="site"><p>${esc(common.disclaimer(lang))}</p><p>${esc(web.privacy(lang))}</p></footer>`,
    `<script type="application/json" id="page-data">${embedJson(data)}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** The start page: a search box for a question in one's own words, and the topics by who is asking. */
export function startPage(guide: Guide, lang: Lang): string {
  const { kb } = guide;
  const topicLink = (flow: string, title: string, asker?: (typeof ASKERS)[number]) => {
    const state = encodeState(kb, { flow, lang, ...(asker && { asker }), facts: {}, answers: [] });
    return `<a href="${pageHref(lang, lang, flow)}#${esc(state)}">${esc(title)}</a>`;
  };
  const askers = ASKERS.map((asker) => {
    const topics = topicViews(kb, lang, [asker])
      .map((t) => `<li>${topicLink(t.flow, t.title, asker)}<br><span class="desc">${esc(t.description)}</span></li>`)
      .join('');
    return topics
      ? `<details class="asker"><summary>${esc(common.asker[asker](lang))}</summary><ul class="topics">${topics}</ul></details>`
      : '';
  }).join('');
  const all = topicViews(kb, lang)
    .map((t) => `<li>${topicLink(t.flow, t.title)}</li>`)
    .join('');
  const body = [
    `<h1>${esc(web.siteTitle(lang))}</h1>`,
    `<p class="intro">${esc(web.intro(lang))}</p>`,
    '<form id="search" role="search" class="search">',
    `<label for="question">${esc(web.searchLabel(lang))}</label>`,
    `<p class="hint" id="question-hint">${esc(web.searchExample(lang))}</p>`,
    `<div class="search-row"><input id="question" name="question" type="search" autocomplete="off" aria-describedby="question-hint" maxlength="1000"><button type="submit">${esc(web.search(lang))}</button></div>`,
    `<noscript><p>${esc(web.noScriptSearch(lang))}</p></noscript>`,
    '</form>',
    '<div id="results" aria-live="polite"></div>',
    `<h2>${esc(web.startByAsker(lang))}</h2>`,
    askers,
    `<h2>${esc(common.allTopics(lang))}</h2>`,
    `<ul class="topics all">${all}</ul>`,
  ].join('\n');
  return layout({ lang, page: 'index', title: web.siteTitle(lang), body, data: startData(kb, lang) });
}

/** A topic's page: the guide runs in it from the fragment; without JavaScript it shows the topic's overview. */
export function topicPage(guide: Guide, entry: FlowEntry, lang: Lang): string {
  const { flow } = entry;
  const body = [
    `<h1>${esc(say(flow.title, lang))}</h1>`,
    `<p class="intro">${esc(say(flow.description, lang))}</p>`,
    `<div id="guide">${topicOverview(guide.kb, entry, lang)}</div>`,
  ].join('\n');
  return layout({
    lang,
    page: flow.id,
    title: `${say(flow.title, lang)} · monitorwijzer`,
    body,
    data: topicData(guide.kb, flow.id, lang, guide.organisation),
  });
}
