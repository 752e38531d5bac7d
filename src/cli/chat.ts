import { answer, back, type Conversation, restart, start, walk } from '../guide/conversation.js';
import type { Guide } from '../guide/guide.js';
import { suggest } from '../guide/suggest.js';
import { topicViews, viewStep } from '../guide/view.js';
import { Audience, type Lang } from '../knowledge/schema.js';
import { common, say, terminal } from '../messages/index.js';
import { DEFAULT_WIDTH, stepText, wrap } from './text.js';

type Place = { kind: 'home' } | { kind: 'topics'; flows: string[] } | { kind: 'flow'; conversation: Conversation };

export interface ChatOptions {
  guide: Guide;
  lang: Lang;
  /** Columns to wrap the text at. */
  width?: number;
}

export interface Reply {
  text: string;
  done: boolean;
}

/** The terminal guide as a state machine: one line in, text out. The IO loop around it stays trivial. */
export class Chat {
  private place: Place = { kind: 'home' };
  private readonly width: number;

  constructor(private readonly options: ChatOptions) {
    this.width = options.width ?? DEFAULT_WIDTH;
  }

  welcome(): string {
    return this.home();
  }

  handle(line: string): Reply {
    const input = line.trim();
    const command = input.toLowerCase();
    if (command === 'q' || command === 'quit' || command === 'stop')
      return { text: terminal.bye(this.lang), done: true };
    if (command === 'm' || command === 'menu') return this.reply(this.home());
    if (input === '') return this.reply(this.current());
    const number = /^\d+$/.test(input) ? Number(input) : undefined;
    const place = this.place;
    if (place.kind === 'flow') return this.reply(this.inFlow(place.conversation, command, number));
    if (number !== undefined) return this.reply(this.choose(place, number));
    if (command === 'b' || command === 'r') return this.reply(this.home());
    return this.reply(this.ask(input));
  }

  private get lang(): Lang {
    return this.options.lang;
  }

  private reply(text: string): Reply {
    return { text, done: false };
  }

  private choose(place: Exclude<Place, { kind: 'flow' }>, number: number): string {
    if (place.kind === 'home') {
      const audience = Audience.options[number - 1];
      if (audience)
        return this.topics(
          this.flowsFor(audience),
          common.topicsFor(this.lang, { audience: common.audience[audience](this.lang) }),
        );
      if (number === Audience.options.length + 1) return this.topics(this.allFlows(), common.allTopics(this.lang));
    } else {
      const flow = place.flows[number - 1];
      if (flow) return this.startFlow(flow);
    }
    return `${this.wrapped(terminal.notUnderstood(this.lang))}\n\n${this.current()}`;
  }

  private home(): string {
    this.place = { kind: 'home' };
    const audiences = Audience.options.map((a, i) => `  ${i + 1}. ${common.audience[a](this.lang)}`);
    return [
      this.wrapped(terminal.intro(this.lang)),
      '',
      ...audiences,
      `  ${audiences.length + 1}. ${common.allTopics(this.lang)}`,
      '',
      terminal.keys(this.lang),
    ].join('\n');
  }

  private allFlows(): string[] {
    return [...this.options.guide.kb.flows.keys()];
  }

  private flowsFor(audience: Audience): string[] {
    return topicViews(this.options.guide.kb, this.lang, [audience]).map((t) => t.flow);
  }

  private topics(flows: string[], heading: string): string {
    this.place = { kind: 'topics', flows };
    const views = new Map(topicViews(this.options.guide.kb, this.lang).map((t) => [t.flow, t]));
    const list = flows.flatMap((id, i) => {
      const topic = views.get(id);
      return topic ? wrap(`${topic.title}: ${topic.description}`, this.width, `  ${i + 1}. `) : [];
    });
    return [this.wrapped(heading), '', ...list].join('\n');
  }

  private ask(question: string): string {
    const suggestion = suggest(this.options.guide, question);
    if (suggestion.kind === 'start') return this.startFlow(suggestion.flow);
    if (suggestion.kind === 'none') return this.topics(this.allFlows(), common.noMatch(this.lang));
    return this.topics(suggestion.flows, common.matches(this.lang));
  }

  private startFlow(flow: string): string {
    const entry = this.options.guide.kb.flows.get(flow);
    const title = entry ? say(entry.flow.title, this.lang) : flow;
    return `${this.wrapped(terminal.starting(this.lang, { title }))}\n\n${this.show(start(flow, this.lang))}`;
  }

  private inFlow(conversation: Conversation, command: string, number: number | undefined): string {
    if (command === 'b') return conversation.answers.length ? this.show(back(conversation)) : this.home();
    if (command === 'r') return this.show(restart(conversation));
    const result = walk(this.options.guide.kb, conversation);
    if (result.ok && result.step.type === 'question' && number !== undefined) {
      const option = result.step.question.options[number - 1];
      if (option) return this.show(answer(conversation, option.id));
    }
    return `${this.wrapped(terminal.notUnderstood(this.lang))}\n\n${this.show(conversation)}`;
  }

  private show(conversation: Conversation): string {
    const { guide } = this.options;
    const result = walk(guide.kb, conversation);
    if (!result.ok) return this.home();
    this.place = { kind: 'flow', conversation };
    const text = stepText(
      viewStep(result.step, { lang: this.lang, organisation: guide.organisation }),
      this.lang,
      this.width,
    );
    return `${text}\n\n${this.wrapped(result.step.type === 'outcome' ? terminal.done(this.lang) : terminal.keys(this.lang))}`;
  }

  private current(): string {
    return this.place.kind === 'flow' ? this.show(this.place.conversation) : this.home();
  }

  private wrapped(text: string): string {
    return wrap(text, this.width).join('\n');
  }
}
