import {
  type Answer,
  answer,
  back,
  backTo,
  type Conversation,
  restart,
  type Step,
  walk,
  withAsker,
} from '../guide/conversation.js';
import type { Guide } from '../guide/guide-of.js';
import { encodeState, type StateError } from '../guide/state.js';
import {
  type AnsweredView,
  type AskerStepView,
  type Citation,
  type OutcomeView,
  type QuestionView,
  type RouteView,
  viewStep,
} from '../guide/view.js';
import type { Lang } from '../knowledge/schema.js';
import { common, web } from '../messages/index.js';
import { esc, outLink, paragraphs } from './html.js';

/**
 * A conversation on a topic page as HTML, built from the same views as the terminal and Slack. Every choice is a
 * link to the conversation's next state in the URL fragment, so the browser's back button, a bookmark and a shared
 * link all work, and no answer ever travels to a server. The answer comes first in short, its details one tap away.
 */

/** How many routes the short answer names; the rest are under "Alle routes". */
const FIRST_ROUTES = 2;

const href = (guide: Guide, c: Conversation) => `#${esc(encodeState(guide.kb, c))}`;
const link = (guide: Guide, c: Conversation, label: string, cls = '') =>
  `<a${cls && ` class="${cls}"`} href="${href(guide, c)}">${esc(label)}</a>`;

export function renderConversation(guide: Guide, c: Conversation, today?: string): string {
  const walked = walk(guide.kb, c);
  if (!walked.ok) return renderStateError(guide, c.flow, c.lang, { code: 'tampered' });
  const { step } = walked;
  const view = viewStep(step, { lang: c.lang, ...(guide.organisation && { organisation: guide.organisation }), today });
  return view.type === 'asker'
    ? renderAsker(guide, c, view)
    : view.type === 'question'
      ? renderQuestion(guide, c, step, view)
      : renderOutcome(guide, c, step, view);
}

function renderAsker(guide: Guide, c: Conversation, view: AskerStepView): string {
  const askers = view.askers.map((a) => `<li>${link(guide, withAsker(c, a.id), a.label, 'option')}</li>`).join('');
  return `<section class="step" aria-labelledby="step-heading"><h2 id="step-heading" tabindex="-1">${esc(view.text)}</h2><ul class="options">${askers}</ul></section>`;
}

function renderQuestion(guide: Guide, c: Conversation, step: Step, view: QuestionView): string {
  const lang = c.lang;
  const unknown = view.unknown
    ? `<p class="unknown">${link(guide, answer(c, '?'), view.unknown.label, 'option option-unknown')}</p>`
    : '';
  const choices =
    view.kind === 'single'
      ? `<ul class="options">${view.options.map((o) => `<li>${link(guide, answer(c, o.id), o.label, 'option')}</li>`).join('')}</ul>`
      : multipleForm(view, lang);
  const asker = view.asker.changeable
    ? `<p class="asker">${esc(common.askingAs(lang, { asker: view.asker.label }))} · ${link(guide, withAsker(c, undefined), web.changeAsker(lang))}</p>`
    : '';
  return [
    `<section class="step" aria-labelledby="step-heading">`,
    `<p class="progress">${esc(view.progress.text)}</p>`,
    `<h2 id="step-heading" tabindex="-1">${esc(view.text)}</h2>`,
    view.help ? `<p class="help">${esc(view.help)}</p>` : '',
    choices,
    unknown,
    asker,
    answeredList(guide, c, step, view.answered, lang),
    navigation(guide, c, step, lang),
    `</section>`,
  ].join('');
}

/** Checkboxes for a question that takes several answers; the page turns the ticked ones into the next state. */
function multipleForm(view: QuestionView, lang: Lang): string {
  const boxes = view.options
    .map((o) => `<li><label><input type="checkbox" name="option" value="${esc(o.id)}"> ${esc(o.label)}</label></li>`)
    .join('');
  return [
    `<form class="multiple" data-node="${esc(view.node)}">`,
    `<fieldset aria-describedby="several"><legend class="visually-hidden">${esc(view.text)}</legend>`,
    `<p id="several">${esc(common.severalAnswers(lang))}</p><ul class="checks">${boxes}</ul></fieldset>`,
    `<p class="form-error" role="alert" hidden>${esc(web.tickOne(lang))}</p>`,
    `<button type="submit">${esc(common.continue(lang))}</button>`,
    `</form>`,
  ].join('');
}

/** The ticked options as one answer: a single id, or several for a question that takes several. */
export const answerOf = (ids: string[]): Answer | undefined =>
  ids.length === 0 ? undefined : ids.length === 1 ? (ids[0] as string) : ids;

function answeredList(guide: Guide, c: Conversation, step: Step, answered: AnsweredView[], lang: Lang): string {
  if (answered.length === 0) return '';
  const items = answered.map((a) => {
    const from = a.fromQuestion ? ` <span class="from">(${esc(common.fromQuestion(lang))})</span>` : '';
    const change = link(guide, backTo(c, step.answered[a.index] as Step['answered'][number]), common.change(lang));
    return `<li><span class="q">${esc(a.question)}</span> <strong>${esc(a.answer)}</strong>${from} · ${change}</li>`;
  });
  return `<section class="answered" aria-labelledby="answered-heading"><h3 id="answered-heading">${esc(common.yourAnswers(lang))}</h3><ol>${items.join('')}</ol></section>`;
}

function navigation(guide: Guide, c: Conversation, step: Step, lang: Lang): string {
  const canGoBack = step.answered.length > 0 || (c.asker !== undefined && step.flow.askers.length > 1);
  const items = [
    canGoBack ? link(guide, back(c, step), `← ${web.back(lang)}`) : '',
    step.answered.length > 0 ? link(guide, restart(c), `↺ ${web.restart(lang)}`) : '',
    `<a href="index.html">${esc(web.allTopics(lang))}</a>`,
  ].filter(Boolean);
  return `<nav class="steps" aria-label="${esc(web.stepsNav(lang))}"><ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul></nav>`;
}

function renderOutcome(guide: Guide, c: Conversation, step: Step, view: OutcomeView): string {
  const lang = c.lang;
  const first = view.routes.slice(0, FIRST_ROUTES);
  const sources = [...view.grounds, ...view.rulings];
  return [
    `<article class="answer" aria-labelledby="step-heading">`,
    `<h2 id="step-heading" tabindex="-1" class="verdict verdict-${view.verdict.code}"><span aria-hidden="true">${view.verdict.marker}</span> ${esc(view.verdict.label)}</h2>`,
    `<p class="summary">${esc(view.summary)}</p>`,
    view.practices
      ? headed(
          common.practices(lang),
          view.practices.map(
            (p) =>
              `<strong>${esc(p.label)}</strong>: <span aria-hidden="true">${p.verdict.marker}</span> ${esc(p.verdict.label)}. ${esc(p.summary)}`,
          ),
        )
      : '',
    view.open
      ? headed(
          view.open.heading,
          view.open.items.map((o) => `<strong>${esc(o.question)}</strong> ${esc(o.findOut)}`),
        )
      : '',
    view.gaps ? headed(view.gaps.heading, view.gaps.items.map(esc), 'checklist') : '',
    headed(common.actions(lang), view.actions.map(esc)),
    headed(
      common.goFirst(lang),
      first.map((r) => routeLine(r)),
    ),
    `<p class="sources">${esc(web.sources(lang))}: ${sources.map((s) => outLink(s.url, s.citation)).join(' · ')}</p>`,
    details(common.detailsWhy(lang), whyDetails(view, lang)),
    details(common.detailsRoutes(lang), view.routes.map(routeDetails).join('')),
    view.letter ? letterDetails(view.letter, lang) : '',
    answeredList(guide, c, step, view.answered, lang),
    `<p class="meta">${esc(common.askingAs(lang, { asker: view.asker.label }))} · ${esc(view.reviewed)} · ${esc(common.disclaimer(lang))}</p>`,
    navigation(guide, c, step, lang),
    `<p class="print-action"><button type="button" data-print>${esc(web.print(lang))}</button></p>`,
    `</article>`,
  ].join('');
}

const headed = (heading: string, items: string[], cls = '') =>
  items.length === 0
    ? ''
    : `<section><h3>${esc(heading)}</h3><ul${cls && ` class="${cls}"`}>${items.map((i) => `<li>${i}</li>`).join('')}</ul></section>`;

const details = (summary: string, body: string) =>
  `<details><summary>${esc(summary)}</summary><div class="details-body">${body}</div></details>`;

function routeLine(r: RouteView): string {
  const local = r.local ? ` <span class="local">${esc(r.local)}</span>` : '';
  return `<strong>${esc(r.name)}</strong>: ${esc(r.why ?? r.purpose)}${local}`;
}

function routeDetails(r: RouteView): string {
  return [
    `<section class="route"><h4>${r.url ? outLink(r.url, r.name) : esc(r.name)}</h4>`,
    r.why ? `<p><strong>${esc(r.why)}</strong></p>` : '',
    `<p>${esc(r.purpose)}</p><p>${esc(r.when)}</p><p>${esc(r.how)}</p>`,
    r.local ? `<p class="local">${esc(r.local)}</p>` : '',
    `</section>`,
  ].join('');
}

function whyDetails(view: OutcomeView, lang: Lang): string {
  const cited = (c: Citation) =>
    `<li>${outLink(c.url, c.citation)}: ${esc(c.title)}${c.note ? ` <em class="note">${esc(c.note)}</em>` : ''}</li>`;
  return [
    `<h4>${esc(common.why(lang))}</h4>`,
    paragraphs(view.reasoning),
    view.conditions
      ? `<h4>${esc(view.conditions.heading)}</h4><ul>${view.conditions.items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>`
      : '',
    `<h4>${esc(common.grounds(lang))}</h4><ul class="citations">${view.grounds.map(cited).join('')}</ul>`,
    view.rulings.length > 0
      ? `<h4>${esc(common.rulings(lang))}</h4><ul class="citations">${view.rulings.map(cited).join('')}</ul>`
      : '',
  ].join('');
}

function letterDetails(letter: { title: string; body: string }, lang: Lang): string {
  return `<details class="letter"><summary>${esc(common.detailsLetter(lang))}</summary><div class="details-body"><h4>${esc(letter.title)}</h4><pre id="letter-body" tabindex="0">${esc(letter.body)}</pre><p><button type="button" data-copy="letter-body">${esc(web.copy(lang))}</button> <span class="copy-status" role="status"></span></p><p class="note">${esc(web.letterNote(lang))}</p></div></details>`;
}

/** A fragment that cannot be read (edited, cut off, or from before the topic changed): say so kindly, offer a fresh start. */
export function renderStateError(guide: Guide, flow: string, lang: Lang, error: StateError): string {
  const message =
    error.code === 'outdated'
      ? common.stateErrors.outdated(lang)
      : error.code === 'unknown_flow'
        ? common.stateErrors.unknown(lang)
        : common.stateErrors.invalid(lang);
  const fresh = guide.kb.flows.has(flow)
    ? link(guide, { flow, lang, facts: {}, answers: [] }, web.restart(lang))
    : `<a href="index.html">${esc(web.allTopics(lang))}</a>`;
  return `<section class="step" aria-labelledby="step-heading"><h2 id="step-heading" tabindex="-1">${esc(message)}</h2><p>${fresh}</p></section>`;
}
