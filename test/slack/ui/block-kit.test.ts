import { describe, expect, it } from 'vitest';
import { CONTENT_LIMITS } from '../../../src/knowledge/schema.js';
import {
  actions,
  button,
  clip,
  esc,
  LIMITS,
  listSections,
  textLength,
  textSections,
} from '../../../src/slack/ui/block-kit.js';

describe('Block Kit text helpers', () => {
  it('hold every knowledge text: a label fits on a button, a text in one section', () => {
    expect(CONTENT_LIMITS.label).toBeLessThanOrEqual(LIMITS.buttonText);
    expect(CONTENT_LIMITS.text).toBeLessThanOrEqual(LIMITS.sectionText);
  });

  it('escape the characters mrkdwn reserves', () => {
    expect(esc('a < b & c > d')).toBe('a &lt; b &amp; c &gt; d');
  });

  it('clip long text with an ellipsis and leave short text alone', () => {
    expect(clip('kort', 10)).toBe('kort');
    expect(clip('een veel te lange knoptekst', 10)).toBe('een veel…');
    expect([...clip('x'.repeat(100), 75)].length).toBe(75);
  });

  it('split a long text at sentence ends into sections of at most 3000 characters, the heading on the first', () => {
    const long = Array.from({ length: 200 }, (_, i) => `Zin ${i} van een lange uitleg.`).join(' ');
    const blocks = textSections('Waarom', long) as { text: { text: string } }[];
    expect(blocks.length).toBeGreaterThan(1);
    for (const b of blocks) expect(b.text.text.length).toBeLessThanOrEqual(3000);
    expect(blocks[0]!.text.text.startsWith('*Waarom*\n')).toBe(true);
    expect(blocks[1]!.text.text).toMatch(/^Zin \d+/);
  });

  it('pack list items into as few sections as fit', () => {
    expect(listSections('Kop', ['• a', '• b'])).toHaveLength(1);
    expect(
      listSections(
        'Kop',
        Array.from({ length: 10 }, () => `• ${'x'.repeat(500)}`),
      ).length,
    ).toBe(2);
  });

  it('put at most 25 buttons in one actions block', () => {
    const rows = actions(Array.from({ length: 30 }, (_, i) => button(`b${i}`, `B${i}`, 'v')));
    expect(rows.map((r) => (r as { elements: unknown[] }).elements.length)).toEqual([25, 5]);
  });

  it('count every text a message holds, nested ones too', () => {
    expect(
      textLength([{ type: 'section', text: { type: 'mrkdwn', text: 'abc' }, accessory: button('a', 'de', 'v') }]),
    ).toBe(5);
  });
});
