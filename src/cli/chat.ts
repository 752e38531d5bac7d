import {
  type Answer,
  answer,
  back,
  backTo,
  type Conversation,
  type OutcomeStep,
  restart,
  type Step,
  start,
  UNKNOWN,
  walk,
  withAsker,
} from '../guide/conversation.js';
import type { Guide } from '../guide/guide.js';
import { type Lead, suggest } from '../guide/suggest.js';
import { topicViews, viewStep } from '../guide/view.js';
import { ASKERS, type Asker, type Lang } from '../knowledge/schema.js';
import { common, terminal } from '../messages/index.js';
import { DEFAULT_WIDTH, type Details, detailsText, stepText, wrap } from './text.js';

type Place = { kind: 'home' } | { kind: 'topics'; leads: Lead[] } | { kind: 'flow'; conversation: Conversation };

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

/** The one-letter commands under an answer: the reasons and sources, all routes, the letter. */
const DETAILS: Record<string, Details> = { u: 'why', h: 'routes', l: 'letter' };

/** Numbers typed for a question: `2`, or `1,3` for several. */
const NUMBERS = /^\d+(\s*,\s*\d+)*$/;

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
    const place = this.place;
    if (place.kind === 'flow') return this.reply(this.inFlow(place.conversation, command));
    if (/^\d+$/.test(input)) return this.reply(this.choose(place, Number(input)));
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
      const asker = ASKERS[number - 1];
      if (asker)
        return this.topics(
          this.leadsFor(asker),
          common.topicsFor(this.lang, { asker: common.asker[asker](this.lang) }),
        );
      if (number === ASKERS.length + 1) return this.topics(this.leadsFor(), common.allTopics(this.lang));
    } else {
      const lead = place.leads[number - 1];
      if (lead) return this.startFlow(lead);
    }
    return this.notUnderstood(this.current());
  }

  private home(): string {
    this.place = { kind: 'home' };
    const askers = ASKERS.map((a, i) => `  ${i + 1}. ${common.asker[a](this.lang)}`);
    return [
      this.wrapped(terminal.intro(this.lang)),
      '',
      ...askers,
      `  ${askers.length + 1}. ${common.allTopics(this.lang)}`,
      '',
      this.wrapped(terminal.keys(this.lang)),
    ].join('\n');
  }

  private leadsFor(asker?: Asker): Lead[] {
    return topicViews(this.options.guide.kb, this.lang, asker && [asker]).map((t) => ({
      flow: t.flow,
      ...(asker && { asker }),
      facts: {},
    }));
  }

  private topics(leads: Lead[], heading: string): string {
    this.place = { kind: 'topics', leads };
    const views = new Map(topicViews(this.options.guide.kb, this.lang).map((t) => [t.flow, t]));
    const list = leads.flatMap((lead, i) => {
      const topic = views.get(lead.flow);
      return topic ? wrap(`${topic.title}: ${topic.description}`, this.width, `  ${i + 1}. `) : [];
    });
    return [this.wrapped(heading), '', ...list].join('\n');
  }

  private ask(question: string): string {
    const suggestion = suggest(this.options.guide, question);
    switch (suggestion.kind) {
      case 'start':
        return this.startFlow(suggestion);
      case 'clarify':
        return this.topics(suggestion.leads, common.clarify(this.lang));
      case 'choose':
        return this.topics(suggestion.leads, common.matches(this.lang));
      case 'none':
        return this.topics(this.leadsFor(), common.noMatch(this.lang));
    }
  }

  private startFlow(lead: Lead): string {
    const entry = this.options.guide.kb.flows.get(lead.flow);
    const title = entry ? entry.flow.title[this.lang] : lead.flow;
    return `${this.wrapped(terminal.starting(this.lang, { title }))}\n\n${this.show(start(lead.flow, this.lang, lead.asker, lead.facts))}`;
  }

  private inFlow(c: Conversation, command: string): string {
    const walked = walk(this.options.guide.kb, c);
    if (!walked.ok) return this.home();
    const step = walked.step;
    if (command === 'b') return step.answered.length || c.asker ? this.show(back(c, step)) : this.home();
    if (command === 'r') return this.show(restart(c));
    if (command === 'a' && step.flow.askers.length > 1) return this.show(withAsker(c, undefined));
    const details = DETAILS[command];
    if (details && step.type === 'outcome') return this.details(step, details);
    const change = /^w\s*(\d+)$/.exec(command);
    const changed = change && step.answered[Number(change[1]) - 1];
    if (changed) return this.show(backTo(c, changed));
    const given = this.answerFrom(step, command);
    if (given) return this.show(given(c));
    return this.notUnderstood(this.show(c));
  }

  /** What a typed answer does at this step, or nothing when it is not an answer here. */
  private answerFrom(step: Step, command: string): ((c: Conversation) => Conversation) | undefined {
    if (step.type === 'asker') {
      const asker = /^\d+$/.test(command) ? step.askers[Number(command) - 1] : undefined;
      return asker && ((c) => withAsker(c, asker));
    }
    if (step.type !== 'question') return undefined;
    if (command === UNKNOWN) return step.question.unknown && ((c) => answer(c, UNKNOWN));
    if (!NUMBERS.test(command)) return undefined;
    const chosen = [...new Set(command.split(',').map((n) => step.question.options[Number(n.trim()) - 1]?.id))];
    if (chosen.some((id) => id === undefined) || (chosen.length > 1 && !step.question.multiple)) return undefined;
    const given: Answer = chosen.length === 1 ? (chosen[0] as string) : (chosen as string[]);
    return (c) => answer(c, given);
  }

  private show(c: Conversation): string {
    const { guide } = this.options;
    const result = walk(guide.kb, c);
    if (!result.ok) return this.home();
    this.place = { kind: 'flow', conversation: c };
    const text = stepText(
      viewStep(result.step, { lang: this.lang, organisation: guide.organisation }),
      this.lang,
      this.width,
    );
    return `${text}\n\n${this.wrapped(result.step.type === 'outcome' ? terminal.done(this.lang) : terminal.keys(this.lang))}`;
  }

  /** One part of the details of the answer on screen; the answer itself stays where it was. */
  private details(step: OutcomeStep, details: Details): string {
    const view = viewStep(step, { lang: this.lang, organisation: this.options.guide.organisation });
    if (view.type !== 'outcome') return this.current();
    return `${detailsText(view, details, this.lang, this.width)}\n\n${this.wrapped(terminal.done(this.lang))}`;
  }

  private current(): string {
    return this.place.kind === 'flow' ? this.show(this.place.conversation) : this.home();
  }

  private notUnderstood(then: string): string {
    return `${this.wrapped(terminal.notUnderstood(this.lang))}\n\n${then}`;
  }

  private wrapped(text: string): string {
    return wrap(text, this.width).join('\n');
  }
}
