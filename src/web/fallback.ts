import { outcomeRows } from '../guide/flowdoc.js';
import { VERDICT_MARKER } from '../guide/view.js';
import type { FlowEntry, KnowledgeBase } from '../knowledge/base.js';
import type { Lang, Next } from '../knowledge/schema.js';
import { common, say, web } from '../messages/index.js';
import { esc, outLink } from './html.js';

/**
 * A topic without JavaScript: every question with where each answer leads, and the outcome table of the reviewer's
 * page, as HTML. Questions and outcomes are anchors, so a reader can still follow a path by hand.
 */
export function topicOverview(kb: KnowledgeBase, entry: FlowEntry, lang: Lang): string {
  const { flow } = entry;
  const target = (next: Next) => {
    // Where a path differs per asker, the overview follows the way most askers go.
    const id = typeof next === 'string' ? next : next.default;
    const label = flow.questions[id]
      ? say(flow.questions[id].question, lang)
      : `${web.outcome(lang)}: ${common.verdict[flow.outcomes[id]?.verdict ?? 'depends'](lang)}`;
    return `<a href="#${esc(id)}">${esc(label)}</a>`;
  };
  const questions = Object.entries(flow.questions).map(([id, q]) => {
    const options = q.options.map((o) => `<li>${esc(say(o.label, lang))}: ${web.leadsTo(lang)} ${target(o.next)}</li>`);
    if (q.unknown)
      options.push(`<li>${esc(common.unknown(lang))}: ${web.leadsTo(lang)} ${target(q.unknown.next)}</li>`);
    return `<li id="${esc(id)}"><strong>${esc(say(q.question, lang))}</strong><ul>${options.join('')}</ul></li>`;
  });
  const cite = (id: string) => {
    const source = kb.grounds.get(id) ?? kb.rulings.get(id);
    return source ? outLink(source.url, source.citation) : esc(id);
  };
  const routeName = (id: string) => {
    const route = kb.routes.get(id);
    return route ? say(route.name, lang) : id;
  };
  const rows = outcomeRows(entry, lang).map(
    (o) =>
      `<tr id="${esc(o.id)}"><td><span aria-hidden="true">${VERDICT_MARKER[o.verdict]}</span> ${esc(common.verdict[o.verdict](lang))}</td><td>${esc(o.summary)}</td><td>${o.sources.map(cite).join(', ')}</td><td>${o.routes.map((r) => esc(routeName(r))).join(', ')}</td></tr>`,
  );
  return [
    `<section class="overview" aria-labelledby="overview-heading">`,
    `<h2 id="overview-heading">${esc(web.overview(lang))}</h2>`,
    `<p>${esc(web.overviewNote(lang))}</p>`,
    `<h3>${esc(web.questions(lang))}</h3><ol class="questions">${questions.join('')}</ol>`,
    `<h3>${esc(web.outcomes(lang))}</h3>`,
    `<div class="table-wrap"><table><thead><tr><th scope="col">${esc(web.verdict(lang))}</th><th scope="col">${esc(web.summary(lang))}</th><th scope="col">${esc(common.grounds(lang))}</th><th scope="col">${esc(common.routes(lang))}</th></tr></thead><tbody>${rows.join('')}</tbody></table></div>`,
    `</section>`,
  ].join('');
}
