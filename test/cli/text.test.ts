import { describe, expect, it } from 'vitest';
import { detailsText, stepText, terminalWidth, wrap } from '../../src/cli/text.js';
import type { OutcomeView } from '../../src/guide/view.js';

const width = (lines: string[]) => Math.max(...lines.map((l) => [...l].length));

describe('wrapping for the terminal', () => {
  const text =
    'Biometrische gegevens om iemand te herkennen zijn bijzondere persoonsgegevens: verwerken is verboden, tenzij een uitzondering geldt.';

  it('breaks at word boundaries, never wider than the width', () => {
    const lines = wrap(text, 40);
    expect(lines.length).toBeGreaterThan(2);
    expect(width(lines)).toBeLessThanOrEqual(40);
    expect(lines.join(' ')).toBe(text);
  });

  it('indents every line of a list item under its text, after the bullet or number', () => {
    const lines = wrap(text, 40, '  12. ');
    expect(lines[0]).toMatch(/^ {2}12\. Biometrische/);
    for (const line of lines.slice(1)) expect(line).toMatch(/^ {6}\S/);
    expect(width(lines)).toBeLessThanOrEqual(40);
  });

  it('never breaks a link, even one longer than the line', () => {
    const url = 'https://uitspraken.rechtspraak.nl/details?id=ECLI:NL:RBAMS:2019:6005';
    const lines = wrap(`Zie de uitspraak ${url} voor meer.`, 30, '  • ');
    expect(lines).toContain(`    ${url}`);
  });

  it('keeps the text’s own line breaks', () => {
    expect(wrap('Eerste regel.\nTweede regel.', 80)).toEqual(['Eerste regel.', 'Tweede regel.']);
  });

  it('wraps at 80 columns when the output is not a terminal, and at the terminal’s width when it is', () => {
    expect(terminalWidth({ isTTY: false, columns: 200 })).toBe(80);
    expect(terminalWidth({ isTTY: true, columns: 100 })).toBe(100);
  });
});

describe('an outcome in the terminal', () => {
  const long = 'Een lange zin over de regels die in deze situatie gelden en over wat je kunt doen. '.repeat(4);
  const view: OutcomeView = {
    type: 'outcome',
    flow: 'f',
    title: 'T',
    node: 'o',
    asker: { id: 'employee', label: 'Werknemer' },
    verdict: { code: 'not_allowed', label: 'Niet toegestaan', marker: '⛔' },
    summary: long,
    reasoning: long,
    actions: [long],
    grounds: [
      {
        id: 'g',
        citation: 'AVG art. 9',
        title: 'Verbod',
        url: 'https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:32016R0679',
      },
    ],
    rulings: [],
    routes: [{ id: 'ap', name: 'Autoriteit Persoonsgegevens', purpose: 'p', when: long, how: 'Online.' }],
    reviewed: 'Bronnen laatst nagekeken op 2026-11-23.',
    answered: [],
  };

  it('comes at a glance first: the verdict, at most three things to do, where to go first, the sources', () => {
    const text = stepText({ ...view, actions: ['Een.', 'Twee.', 'Drie.', 'Vier.'] }, 'nl', 80);
    expect(text).toContain('• Drie.');
    expect(text).not.toContain('Vier.');
    expect(text).toContain('Waar je eerst heen kunt:');
    expect(text).toContain('AVG art. 9');
    expect(text).not.toContain('https://');
  });

  it('fits the width in its details too, with every link whole on a line', () => {
    const lines = [stepText(view, 'nl', 60), detailsText(view, 'why', 'nl', 60), detailsText(view, 'routes', 'nl', 60)]
      .join('\n')
      .split('\n');
    const tooWide = lines.filter((l) => [...l].length > 60 && !/https:\/\//.test(l));
    expect(tooWide).toEqual([]);
    expect(lines.some((l) => l.trim() === 'https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:32016R0679')).toBe(
      true,
    );
  });
});
