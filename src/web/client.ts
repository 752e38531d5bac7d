import { answer, type Conversation, start } from '../guide/conversation.js';
import { guideOf } from '../guide/guide-of.js';
import { createRouter } from '../guide/router.js';
import { decodeState, encodeState } from '../guide/state.js';
import { leadFor, routeQuestion } from '../guide/suggest.js';
import { buildKnowledgeBase } from '../knowledge/base.js';
import type { Lang } from '../knowledge/schema.js';
import { common, web } from '../messages/index.js';
import { type PageData, routerSource, type StartData, type TopicData } from './data.js';
import { esc, otherLang, pageHref } from './html.js';
import { answerOf, renderConversation, renderStateError } from './render.js';

/**
 * The guide in the browser. A topic page keeps the whole conversation in the URL fragment (`#<state>`), which a
 * browser never sends to a server; a question typed on the start page travels to the topic page as `#vraag=…`
 * and is replaced at once by the state it leads to, so it stays in no history entry.
 */

const ASK = 'vraag=';

function pageData(): PageData {
  return JSON.parse(document.getElementById('page-data')?.textContent ?? '{}') as PageData;
}

function runStartPage(data: StartData): void {
  const router = createRouter(routerSource(data));
  const titles = new Map(data.router.flows.map((f) => [f.id, f.title[data.lang]]));
  const form = document.getElementById('search') as HTMLFormElement;
  const input = document.getElementById('question') as HTMLInputElement;
  const results = document.getElementById('results') as HTMLElement;
  const topicHref = (flow: string) =>
    `${pageHref(data.lang, data.lang, flow)}#${ASK}${encodeURIComponent(input.value)}`;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const routing = routeQuestion(router, input.value);
    if (routing.kind === 'start') {
      location.assign(topicHref(routing.flow));
      return;
    }
    const lang = data.lang;
    const intro =
      routing.kind === 'none'
        ? common.noMatch(lang)
        : routing.kind === 'clarify'
          ? common.clarify(lang)
          : common.matches(lang);
    const links = routing.kind === 'none' ? [] : routing.flows;
    results.innerHTML = `<h2 tabindex="-1">${esc(intro)}</h2>${
      links.length
        ? `<ul class="topics">${links.map((f) => `<li><a href="${esc(topicHref(f))}">${esc(titles.get(f) ?? f)}</a></li>`).join('')}</ul>`
        : ''
    }`;
    (results.querySelector('h2') as HTMLElement).focus();
  });
}

function runTopicPage(data: TopicData): void {
  const guide = guideOf(buildKnowledgeBase(data.parts), data.organisation);
  const host = document.getElementById('guide') as HTMLElement;
  const langSwitch = document.getElementById('lang-switch') as HTMLAnchorElement;
  const otherPage = pageHref(data.lang, otherLang(data.lang), data.flow);
  let current: Conversation = start(data.flow, data.lang);
  let first = true;

  const show = (html: string, conversation?: Conversation) => {
    host.innerHTML = html;
    if (conversation) {
      current = conversation;
      langSwitch.href = `${otherPage}#${encodeState(guide.kb, { ...conversation, lang: otherLang(data.lang) })}`;
    }
    // The first render follows the page's own heading; later ones move focus to the new step, as a new page would.
    if (!first) (host.querySelector('#step-heading') as HTMLElement | null)?.focus();
    first = false;
  };

  const render = () => {
    const fragment = decodeURIComponent(location.hash.slice(1));
    // A link within the page (the skip link) is not a conversation.
    if (fragment && document.getElementById(fragment)) return;
    if (fragment.startsWith(ASK)) {
      const lead = leadFor(guide, data.flow, fragment.slice(ASK.length));
      const c = start(data.flow, data.lang, lead.asker, lead.facts);
      location.replace(`#${encodeState(guide.kb, c)}`);
      return;
    }
    if (!fragment) return show(renderConversation(guide, start(data.flow, data.lang)), start(data.flow, data.lang));
    const decoded = decodeState(guide.kb, fragment);
    if (!decoded.ok) return show(renderStateError(guide, data.flow, data.lang, decoded.error));
    const c = decoded.conversation;
    if (c.flow !== data.flow) return location.replace(`${pageHref(data.lang, c.lang, c.flow)}#${fragment}`);
    if (c.lang !== data.lang) return location.replace(`${otherPage}#${fragment}`);
    show(renderConversation(guide, c), c);
  };

  host.addEventListener('submit', (event) => {
    const form = event.target as HTMLFormElement;
    if (!form.classList.contains('multiple')) return;
    event.preventDefault();
    const ticked = [...form.querySelectorAll<HTMLInputElement>('input[name=option]:checked')].map((i) => i.value);
    const given = answerOf(ticked);
    const error = form.querySelector('.form-error') as HTMLElement;
    if (!given) {
      error.hidden = false;
      return;
    }
    location.hash = encodeState(guide.kb, answer(current, given));
  });
  host.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest('button');
    if (button?.dataset.copy) copyLetter(button, data.lang);
    else if (button?.hasAttribute('data-print')) window.print();
  });
  window.addEventListener('hashchange', render);
  render();
}

function copyLetter(button: HTMLButtonElement, lang: Lang): void {
  const letter = document.getElementById(button.dataset.copy as string) as HTMLElement;
  const status = button.parentElement?.querySelector('.copy-status') as HTMLElement;
  const selectLetter = () => {
    getSelection()?.selectAllChildren(letter);
    status.textContent = web.copyFailed(lang);
  };
  if (!navigator.clipboard) {
    selectLetter();
    return;
  }
  navigator.clipboard.writeText(letter.textContent ?? '').then(() => {
    status.textContent = web.copied(lang);
  }, selectLetter);
}

/** An answer prints whole: its folded details open for printing. */
window.addEventListener('beforeprint', () => {
  for (const details of document.querySelectorAll('details')) details.open = true;
});

const data = pageData();
if (data.page === 'start') runStartPage(data);
else if (data.page === 'topic') runTopicPage(data);
