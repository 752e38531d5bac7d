import type { Block, Button, Checkboxes } from './block-kit.js';

/**
 * A message's blocks as plain text, roughly as Slack shows them: links by their label, buttons in brackets.
 * For documentation and review, where a reader should see the message without a workspace.
 */
export function blocksAsText(blocks: Block[]): string {
  return blocks.map(blockAsText).join('\n');
}

function blockAsText(block: Block): string {
  switch (block.type) {
    case 'header':
      return block.text.text.toUpperCase();
    case 'section':
      return [mrkdwnAsText(block.text.text), block.accessory && buttonAsText(block.accessory)]
        .filter(Boolean)
        .join(' ');
    case 'context':
      return block.elements.map((e) => mrkdwnAsText(e.text)).join(' · ');
    case 'actions':
      return block.elements.map(elementAsText).join(' ');
    case 'divider':
      return '―――';
    case 'input':
      return `${block.label.text}: [……]`;
  }
}

const elementAsText = (element: Button | Checkboxes) =>
  element.type === 'button' ? buttonAsText(element) : element.options.map((o) => `☐ ${o.text.text}`).join('\n');

const buttonAsText = (b: Button) => `[${b.text.text}]`;

/** Slack's mrkdwn as read: `<url|label>` shows the label, `*bold*` its text, the three escapes their characters. */
function mrkdwnAsText(text: string): string {
  return text
    .replace(/<[^|>]+\|([^>]+)>/g, '$1')
    .replace(/<([^>]+)>/g, '$1')
    .replace(/\*([^*\n]+)\*/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
