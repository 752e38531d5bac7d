import { describe, expect, it } from 'vitest';
import {
  actions,
  button,
  checkboxes,
  context,
  divider,
  header,
  link,
  section,
} from '../../../src/slack/ui/block-kit.js';
import { blocksAsText } from '../../../src/slack/ui/preview.js';

describe('a message as text', () => {
  it('shows links by their label, bold as plain text and escaped characters as themselves', () => {
    const text = blocksAsText([
      section(`⛔ *Niet toegestaan*\nOR &amp; FG &lt;intern&gt;`),
      context(link('https://wetten.overheid.nl/BWBR0025028', 'UAVG art. 29'), 'Bronnen nagekeken'),
    ]);
    expect(text).toBe('⛔ Niet toegestaan\nOR & FG <intern>\nUAVG art. 29 · Bronnen nagekeken');
  });

  it('puts buttons in brackets and lists checkbox options', () => {
    const text = blocksAsText([
      header('Camera’s'),
      divider,
      ...actions([button('a', 'Waarom en bronnen', 'v'), button('b', 'Alle routes', 'v')]),
      {
        type: 'actions',
        elements: [
          checkboxes('c', [
            { id: 'x', label: 'Schermopnames' },
            { id: 'y', label: 'Toetsaanslagen' },
          ]),
        ],
      },
    ]);
    expect(text).toBe('CAMERA’S\n―――\n[Waarom en bronnen] [Alle routes]\n☐ Schermopnames\n☐ Toetsaanslagen');
  });
});
