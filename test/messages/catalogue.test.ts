import { describe, expect, it } from 'vitest';
import { defineMessages, fill } from '../../src/messages/catalogue.js';
import * as catalogues from '../../src/messages/index.js';

/** Every `{ nl, en }` text under a catalogue's source, by its dotted key. */
function leaves(node: unknown, key = ''): [string, { nl: string; en: string }][] {
  if (typeof node !== 'object' || node === null) return [];
  const text = node as { nl?: unknown; en?: unknown };
  if (typeof text.nl === 'string' && typeof text.en === 'string') return [[key, text as { nl: string; en: string }]];
  return Object.entries(node).flatMap(([k, v]) => leaves(v, key ? `${k}.${key}` : k));
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the message catalogue', () => {
  const texts = {
    common: leaves(catalogues.common.source),
    slack: leaves(catalogues.slack.source),
    terminal: leaves(catalogues.terminal.source),
    web: leaves(catalogues.web.source),
  };

  it.each(Object.entries(texts))('%s: every text has the same placeholders in Dutch and English', (_, entries) => {
    expect(entries.length).toBeGreaterThan(0);
    const mismatched = entries
      .filter(([, t]) => placeholders(t.nl).join() !== placeholders(t.en).join())
      .map(([k]) => k);
    expect(mismatched).toEqual([]);
  });

  it('fills placeholders and leaves a missing one visible rather than blank', () => {
    expect(fill('vraag {current} van {total}', { current: 2, total: 5 })).toBe('vraag 2 van 5');
    expect(fill('Bij {organisation}', {})).toBe('Bij {organisation}');
  });

  it('turns a tree of texts into functions that pick the language', () => {
    const m = defineMessages({
      greet: { nl: 'Hallo {name}', en: 'Hello {name}' },
      group: { bye: { nl: 'Dag', en: 'Bye' } },
    });
    expect(m.greet('en', { name: 'Ada' })).toBe('Hello Ada');
    expect(m.group.bye('nl')).toBe('Dag');
  });
});
