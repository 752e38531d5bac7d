import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { type Conversation, outcomeForAsker, start, walk } from '../../src/guide/conversation.js';
import { guideOf } from '../../src/guide/guide.js';
import { decodeState, encodeState } from '../../src/guide/state.js';
import { leadFor } from '../../src/guide/suggest.js';
import { buildKnowledgeBase, type FlowEntry } from '../../src/knowledge/base.js';
import { type FlowPath, paths } from '../../src/knowledge/graph.js';
import type { Outcome } from '../../src/knowledge/schema.js';
import type { TopicData } from '../../src/web/data.js';
import { esc } from '../../src/web/html.js';
import { renderConversation } from '../../src/web/render.js';
import { buildSite } from '../../src/web/site.js';
import { loadFixture, TOOLS_FLOW } from '../helpers/fixtures.js';
import { realGuide } from '../helpers/knowledge.js';

const guide = realGuide();
const site = buildSite(guide);
const page = (path: string) => site.get(path) as string;

/** The JSON a page carries for the script. */
const dataOf = (html: string) =>
  JSON.parse(/<script type="application\/json" id="page-data">(.*?)<\/script>/s.exec(html)?.[1] ?? 'null');

/** The fragments of the links in some HTML, decoded as conversation states. */
const statesIn = (html: string, kb = guide.kb) =>
  [...html.matchAll(/href="[^"#]*\.html#([^"]+)"|href="#(\d:[^"]+)"/g)].map((m) =>
    decodeState(kb, (m[1] ?? m[2] ?? '').replace(/&amp;/g, '&')),
  );

const FINGERPRINT = 'mag mijn baas mijn vingerafdruk gebruiken om in te loggen op de kassa';

describe('the static site', () => {
  it('has a start page and a page per topic in Dutch and in English, with the script and stylesheet', () => {
    const flows = [...guide.kb.flows.keys()];
    expect([...site.keys()].sort()).toEqual(
      [
        'index.html',
        'en/index.html',
        ...flows.flatMap((f) => [`${f}.html`, `en/${f}.html`]),
        'assets/guide.js',
        'assets/site.css',
        'assets/icon.svg',
      ].sort(),
    );
    expect(page('index.html')).toContain('<html lang="nl">');
    expect(page('en/index.html')).toContain('<html lang="en">');
    expect(page('en/biometrics.html')).toContain('<link rel="stylesheet" href="../assets/site.css">');
  });

  it('loads nothing from elsewhere: every page has a strict policy and only local scripts and styles', () => {
    for (const [path, html] of site) {
      if (!path.endsWith('.html')) continue;
      expect(html).toContain(
        `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'`,
      );
      expect(html).toContain('<meta name="referrer" content="no-referrer">');
      const loaded = [...html.matchAll(/<(?:script|link|img)\b[^>]*\b(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
      expect(loaded.filter((url) => /^(https?:)?\/\//.test(url as string))).toEqual([]);
      expect(html).not.toMatch(/<script(?![^>]*\b(?:src=|type="application\/json"))/);
      expect(html).not.toMatch(/\son[a-z]+=/);
    }
  });

  it('switches language to the same page in the other language', () => {
    expect(page('biometrics.html')).toContain('href="en/biometrics.html" hreflang="en" lang="en"');
    expect(page('en/biometrics.html')).toContain('href="../biometrics.html" hreflang="nl" lang="nl"');
  });

  it('starts by asker: each asker lists the topics for them, and each link starts that topic for that asker', () => {
    const html = page('index.html');
    expect(html).toContain('<form id="search" role="search"');
    expect(html).toContain('<summary>Werknemer</summary>');
    expect(html).toContain('<summary>Sollicitant</summary>');
    const links = statesIn(html);
    expect(links.length).toBeGreaterThan(guide.kb.flows.size);
    expect(links.every((d) => d.ok)).toBe(true);
    const employee = links.flatMap((d) => (d.ok && d.conversation.asker === 'employee' ? [d.conversation.flow] : []));
    expect(employee).toContain('biometrics');
    expect(employee).toContain('customer-ratings');
  });

  it('gives the start page only what the router reads, not the flows', () => {
    const data = dataOf(page('index.html'));
    expect(data.page).toBe('start');
    expect(Object.keys(data.router.flows[0]).sort()).toEqual(['id', 'keywords', 'title']);
  });

  it('carries a topic with what it cites, so a state made anywhere (Slack, terminal) reads the same in the page', () => {
    const data = dataOf(page('customer-ratings.html')) as TopicData;
    const kb = buildKnowledgeBase(data.parts);
    expect(kb.flows.get('customer-ratings')?.hash).toBe(guide.kb.flows.get('customer-ratings')?.hash);
    const c: Conversation = {
      ...leadFor(guide, 'customer-ratings', 'klantbeoordelingen in mijn ontslagdossier'),
      lang: 'nl',
      answers: [],
    };
    const value = encodeState(guide.kb, { ...c, asker: 'employee' });
    expect(decodeState(kb, value).ok).toBe(true);
    expect(JSON.stringify(data.parts.grounds)).not.toContain('"checked"');
    expect(data.organisation?.name).toBe(guide.organisation?.name);
  });

  it('shows every question and outcome of a topic without JavaScript', () => {
    const html = page('biometrics.html');
    const { flow } = guide.kb.flows.get('biometrics') as NonNullable<ReturnType<typeof guide.kb.flows.get>>;
    for (const q of Object.values(flow.questions)) expect(html).toContain(esc(q.question.nl));
    for (const [id, o] of Object.entries(flow.outcomes)) {
      expect(html).toContain(`<tr id="${id}">`);
      expect(html).toContain(esc(o.summary.nl));
    }
    expect(html).toContain('<a href="https://');
  });

  it('keeps every topic page with the script and stylesheet under 150 KB compressed', () => {
    const shared = gzipSync(page('assets/guide.js')).length + gzipSync(page('assets/site.css')).length;
    const sizes = [...site]
      .filter(([p]) => p.endsWith('.html'))
      .map(([p, html]) => [p, gzipSync(html).length + shared]);
    const heaviest = sizes.sort((a, b) => (b[1] as number) - (a[1] as number))[0] as [string, number];
    expect(heaviest[1], heaviest[0]).toBeLessThan(150 * 1024);
  });
});

describe('a conversation on a topic page', () => {
  const fingerprint = (): Conversation => ({ ...leadFor(guide, 'biometrics', FINGERPRINT), lang: 'nl', answers: [] });

  it('asks who is asking when the question does not say, each choice a link to the next state', () => {
    const html = renderConversation(guide, start('biometrics', 'nl'));
    expect(html).toContain('Wie stelt de vraag?');
    const next = statesIn(html).flatMap((d) => (d.ok ? [d.conversation.asker] : []));
    expect(next).toEqual(guide.kb.flows.get('biometrics')?.flow.askers);
  });

  it('asks a question with its options and "weet ik niet" as links that answer it', () => {
    const question = 'klantbeoordelingen in mijn ontslagdossier';
    const c: Conversation = {
      ...leadFor(guide, 'customer-ratings', question),
      asker: 'employee',
      lang: 'nl',
      answers: [],
    };
    const html = renderConversation(guide, c);
    expect(html).toContain('<h2 id="step-heading" tabindex="-1">');
    const answers = statesIn(html).flatMap((d) => (d.ok ? [d.conversation.answers.at(-1)] : []));
    expect(answers).toContain('?');
    expect(answers).toContain('only_ratings');
    expect(html).toContain('Uit je vraag');
  });

  it('answers with the short answer first and the reasons, routes and letter folded behind it', () => {
    const c: Conversation = { ...fingerprint(), asker: 'employee', answers: ['required'] };
    expect(c.facts).toEqual({ purpose: 'till' });
    const walked = walk(guide.kb, c);
    expect(walked.ok && walked.step.type).toBe('outcome');
    const html = renderConversation(guide, c, '2026-12-01');
    const order = [
      'verdict-not_allowed',
      'Wat je nu kunt doen',
      'Waar je eerst heen kunt',
      'class="sources"',
      '<summary>Waarom en bronnen</summary>',
      '<summary>Alle routes</summary>',
    ];
    const at = order.map((s) => html.indexOf(s));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(html).toContain('ECLI:NL:RBAMS:2019:6005');
    expect(html).toMatch(/<a href="https:\/\/[^"]+" rel="noreferrer noopener">/);
    expect(html).toContain('Bij Voorbeeld');
  });

  it('offers the letter with a copy button where the answer has one', () => {
    const { flow } = guide.kb.flows.get('access-request') as FlowEntry;
    let path: FlowPath | undefined;
    for (const p of paths(flow, 'employee')) {
      if (!outcomeForAsker(flow.outcomes[p.outcome] as Outcome, 'employee').letter) continue;
      path = p;
      break;
    }
    expect(path).toBeDefined();
    const c: Conversation = { flow: flow.id, lang: 'en', asker: 'employee', facts: {}, answers: path?.answers ?? [] };
    const html = renderConversation(guide, c, '2026-12-01');
    expect(html).toContain('<summary>Sample letter</summary>');
    expect(html).toContain('<pre id="letter-body" tabindex="0">');
    expect(html).toContain('<button type="button" data-copy="letter-body">Copy the letter</button>');
  });

  it('takes several answers with checkboxes and follows each practice to its own verdict', () => {
    const fixture = guideOf(loadFixture({ 'flows/tools.yml': TOOLS_FLOW }).kb!);
    const html = renderConversation(fixture, start('tools', 'nl'));
    expect(html).toContain('<form class="multiple" data-node="what">');
    expect(html.match(/type="checkbox"/g)?.length).toBe(3);
    const answered = renderConversation(fixture, { ...start('tools', 'nl'), answers: [['keys', 'idle'], 'no'] });
    expect(answered).toContain('Per onderdeel');
    expect(answered).toContain('Toetsaanslagen');
  });

  it('says kindly that an edited or outdated link no longer works, with a fresh start', () => {
    const html = renderConversation(guide, {
      flow: 'biometrics',
      lang: 'nl',
      asker: 'employee',
      facts: {},
      answers: ['nonsense'],
    });
    expect(html).toContain('Deze knop werkt niet meer');
    expect(statesIn(html).every((d) => d.ok)).toBe(true);
  });
});
