import { answer, back, restart, start, walk, type Conversation } from '../engine/flow.js';
import type { Router } from '../engine/router.js';
import { msg, t } from '../i18n.js';
import type { KnowledgeBase } from '../knowledge/base.js';
import { Audience, type Lang, type Organisation } from '../knowledge/schema.js';
import { terminalText } from '../render/terminal.js';
import { viewStep } from '../render/view.js';

const words = {
  intro: {
    nl: 'monitorwijzer: wat mag je werkgever wel en niet controleren?\nKies wie je bent met een nummer, of typ je vraag in je eigen woorden.',
    en: 'monitorwijzer: what may your employer monitor, and what not?\nChoose who you are by number, or type your question in your own words.',
  },
  keys: {
    nl: '(nummer = kiezen, b = terug, r = opnieuw, m = menu, q = stoppen)',
    en: '(number = choose, b = back, r = restart, m = menu, q = quit)',
  },
  starting: { nl: 'Onderwerp: {title}', en: 'Topic: {title}' },
  notUnderstood: { nl: 'Dat begreep ik niet. Typ een nummer uit de lijst, of een letter: b, r, m of q.', en: 'I did not understand that. Type a number from the list, or a letter: b, r, m or q.' },
  done: { nl: 'Einde van deze uitleg. r = opnieuw, b = laatste antwoord wijzigen, m = menu, q = stoppen.', en: 'End of this guidance. r = restart, b = change the last answer, m = menu, q = quit.' },
  bye: { nl: 'Tot ziens.', en: 'Goodbye.' },
};

type Screen = { kind: 'home' } | { kind: 'topics'; flows: string[] } | { kind: 'flow'; conversation: Conversation };

export interface ChatOptions {
  kb: KnowledgeBase;
  router: Router;
  lang: Lang;
  organisation?: Organisation;
}

export interface Reply {
  text: string;
  done: boolean;
}

/** The terminal guide as a state machine: one line in, text out. The IO loop around it stays trivial. */
export class Chat {
  private screen: Screen = { kind: 'home' };

  constructor(private readonly options: ChatOptions) {}

  private w(key: keyof typeof words, vars: Record<string, string> = {}): string {
    const text = words[key][this.options.lang];
    return text.replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? '');
  }

  welcome(): string {
    return this.home();
  }

  handle(line: string): Reply {
    const input = line.trim();
    const command = input.toLowerCase();
    if (command === 'q' || command === 'quit' || command === 'stop') return { text: this.w('bye'), done: true };
    if (command === 'm' || command === 'menu') return this.reply(this.home());
    if (input === '') return this.reply(this.current());
    const number = /^\d+$/.test(input) ? Number(input) : undefined;
    const screen = this.screen;
    if (screen.kind === 'flow') return this.reply(this.inFlow(screen.conversation, command, number));
    if (number !== undefined) {
      if (screen.kind === 'home') {
        const audience = Audience.options[number - 1];
        if (audience) return this.reply(this.topics(this.flowsFor(audience), msg((m) => m.topicsFor, this.options.lang, { audience: msg((m) => m.audience[audience], this.options.lang) })));
        if (number === Audience.options.length + 1) return this.reply(this.topics([...this.options.kb.flows.keys()], msg((m) => m.allTopics, this.options.lang)));
      } else {
        const flow = screen.flows[number - 1];
        if (flow) return this.reply(this.startFlow(flow));
      }
      return this.reply(`${this.w('notUnderstood')}\n\n${this.current()}`);
    }
    if (command === 'b' || command === 'r') return this.reply(this.home());
    return this.reply(this.ask(input));
  }

  private reply(text: string): Reply {
    return { text, done: false };
  }

  private home(): string {
    this.screen = { kind: 'home' };
    const { lang } = this.options;
    const audiences = Audience.options.map((a, i) => `  ${i + 1}. ${msg((m) => m.audience[a], lang)}`);
    return [this.w('intro'), '', ...audiences, `  ${audiences.length + 1}. ${msg((m) => m.allTopics, this.options.lang)}`, '', this.w('keys')].join('\n');
  }

  private flowsFor(audience: Audience): string[] {
    return [...this.options.kb.flows.values()].filter((e) => e.flow.audiences.includes(audience)).map((e) => e.flow.id);
  }

  private topics(flows: string[], heading: string): string {
    this.screen = { kind: 'topics', flows };
    const { kb, lang } = this.options;
    const list = flows.map((id, i) => {
      const flow = kb.flows.get(id)?.flow;
      return flow ? `  ${i + 1}. ${t(flow.title, lang)}: ${t(flow.description, lang)}` : '';
    });
    return [heading, '', ...list].join('\n');
  }

  private ask(question: string): string {
    const { matches, confident } = this.options.router.route(question);
    const first = matches[0];
    if (confident && first) return this.startFlow(first.flow);
    if (matches.length === 0) return this.topics([...this.options.kb.flows.keys()], msg((m) => m.noMatch, this.options.lang));
    return this.topics(
      matches.map((m) => m.flow),
      msg((m) => m.matches, this.options.lang),
    );
  }

  private startFlow(flow: string): string {
    const title = t(this.options.kb.flows.get(flow)?.flow.title ?? { nl: flow, en: flow }, this.options.lang);
    return `${this.w('starting', { title })}\n\n${this.show(start(flow, this.options.lang))}`;
  }

  private inFlow(conversation: Conversation, command: string, number: number | undefined): string {
    if (command === 'b') return conversation.answers.length ? this.show(back(conversation)) : this.home();
    if (command === 'r') return this.show(restart(conversation));
    const result = walk(this.options.kb, conversation);
    if (result.ok && result.step.type === 'question' && number !== undefined) {
      const option = result.step.question.options[number - 1];
      if (option) return this.show(answer(conversation, option.id));
    }
    return `${this.w('notUnderstood')}\n\n${this.show(conversation)}`;
  }

  private show(conversation: Conversation): string {
    const { kb, lang, organisation } = this.options;
    const result = walk(kb, conversation);
    if (!result.ok) return this.home();
    this.screen = { kind: 'flow', conversation };
    const text = terminalText(viewStep(result.step, { lang, organisation }), lang);
    return result.step.type === 'outcome' ? `${text}\n\n${this.w('done')}` : `${text}\n\n${this.w('keys')}`;
  }

  private current(): string {
    const screen = this.screen;
    if (screen.kind === 'flow') return this.show(screen.conversation);
    return this.home();
  }
}
