import { answer, type Conversation, start } from '../src/guide/conversation.js';
import type { Guide } from '../src/guide/guide.js';
import { encodeState } from '../src/guide/state.js';
import type { KnowledgeBase } from '../src/knowledge/base.js';
import { paths } from '../src/knowledge/graph.js';
import { LANGS } from '../src/knowledge/schema.js';
import { conversationScreen, decode } from '../src/slack/ui/screens.js';

export interface EngineFigures {
  stepsPerS: number;
  steps: number;
  paths: number;
}

/**
 * Steps per second as a Slack click makes them: the button's state is decoded and checked, the answers are
 * replayed, the step is put into words and rendered as Block Kit, with every button's next state encoded.
 * Every path through every flow, in both languages, in turn, for `seconds`.
 */
export function measureEngine(guide: Guide, seconds: number): EngineFigures {
  const paths = shuffled(allPaths(guide.kb));
  const deadline = performance.now() + seconds * 1000;
  const began = performance.now();
  let steps = 0;
  for (let i = 0; performance.now() < deadline; i++) steps += walkPath(guide, paths[i % paths.length] as Conversation);
  return { stepsPerS: steps / ((performance.now() - began) / 1000), steps, paths: paths.length };
}

/** Walks one path from its start to its outcome, a click at a time; returns the number of steps. */
function walkPath(guide: Guide, path: Conversation): number {
  let c = start(path.flow, path.lang, path.asker);
  conversationScreen(guide, c);
  for (const option of path.answers) {
    const clicked = decode(guide, encodeState(guide.kb, answer(c, option)));
    if (!clicked.ok) throw new Error(`state for ${path.flow} did not decode`);
    c = clicked.conversation;
    conversationScreen(guide, c);
  }
  return path.answers.length + 1;
}

/** A fixed shuffle, so a short run still visits every flow rather than only the first ones. */
function shuffled<T>(items: T[]): T[] {
  let seed = 42;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}

/** Every answer path from the start of every flow to an outcome, in every language. */
function allPaths(kb: KnowledgeBase): Conversation[] {
  return [...kb.flows.values()].flatMap(({ flow }) =>
    flow.askers.flatMap((asker) =>
      [...paths(flow, asker)].flatMap(({ answers }) =>
        LANGS.map((lang) => ({ flow: flow.id, lang, asker, facts: {}, answers })),
      ),
    ),
  );
}
