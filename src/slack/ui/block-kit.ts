/**
 * Block Kit primitives: the JSON shapes this app sends, Slack's limits, and builders that keep text within
 * them. Plain objects only; nothing here imports Slack.
 */

export const LIMITS = {
  sectionText: 3000,
  headerText: 150,
  buttonText: 75,
  actionsElements: 25,
  modalTitle: 24,
  /** Our own cap on the notification fallback text: a preview, not the message. */
  notificationText: 300,
  /**
   * All text in one message's blocks. Slack documents no limit but rejects messages at about 13,200 characters
   * (msg_blocks_too_long, bolt-js #2509); staying well under it leaves room for Slack's own counting.
   */
  messageText: 11_000,
} as const;

export interface PlainText {
  type: 'plain_text';
  text: string;
  emoji?: boolean;
}
export interface Mrkdwn {
  type: 'mrkdwn';
  text: string;
}
export interface Button {
  type: 'button';
  action_id: string;
  text: PlainText;
  value?: string;
  url?: string;
  style?: 'primary' | 'danger';
}
export interface Checkboxes {
  type: 'checkboxes';
  action_id: string;
  options: { text: PlainText; value: string }[];
}
export interface SelectInput {
  type: 'conversations_select' | 'users_select';
  action_id: string;
  filter?: { include?: ('im' | 'mpim' | 'private' | 'public')[]; exclude_bot_users?: boolean };
}
export interface Option {
  text: PlainText;
  value: string;
  description?: PlainText;
}
export interface TextInput {
  type: 'plain_text_input';
  action_id: string;
  initial_value?: string;
  max_length?: number;
}
export interface StaticSelect {
  type: 'static_select';
  action_id: string;
  options: Option[];
  initial_option?: Option;
}
export interface UsersInput {
  type: 'multi_users_select';
  action_id: string;
  initial_users?: string[];
}
export type InputElement = SelectInput | TextInput | StaticSelect | UsersInput;

export type Block =
  | { type: 'header'; text: PlainText; block_id?: string }
  | { type: 'section'; text: Mrkdwn; accessory?: Button; block_id?: string }
  | { type: 'context'; elements: Mrkdwn[]; block_id?: string }
  | { type: 'actions'; elements: (Button | Checkboxes)[]; block_id?: string }
  | { type: 'divider'; block_id?: string }
  | { type: 'input'; label: PlainText; element: InputElement; optional?: boolean; block_id: string };

/** What a message or a modal shows: `text` is the notification and screen-reader fallback. */
export interface Screen {
  text: string;
  blocks: Block[];
}

export interface ModalView {
  type: 'modal';
  callback_id: string;
  title: PlainText;
  close: PlainText;
  submit?: PlainText;
  private_metadata?: string;
  blocks: Block[];
}

export interface HomeView {
  type: 'home';
  private_metadata: string;
  blocks: Block[];
}

/** Escapes the three characters Slack's mrkdwn treats as control characters. */
export const esc = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Shortens text to `max` characters, ending in an ellipsis when it had to cut. */
export function clip(text: string, max: number): string {
  // Counting code points means splitting the string; most texts are far under the limit, so skip that.
  if (text.length <= max) return text;
  const chars = [...text];
  return chars.length <= max
    ? text
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}

export const link = (url: string, label: string): string => `<${url}|${esc(label).replace(/\|/g, '¦')}>`;
export const plain = (text: string, max: number = LIMITS.buttonText): PlainText => ({
  type: 'plain_text',
  text: clip(text, max),
  emoji: true,
});
export const mrkdwn = (text: string): Mrkdwn => ({ type: 'mrkdwn', text: clip(text, LIMITS.sectionText) });
export const section = (text: string, accessory?: Button): Block => ({
  type: 'section',
  text: mrkdwn(text),
  ...(accessory && { accessory }),
});
export const context = (...texts: string[]): Block => ({ type: 'context', elements: texts.map(mrkdwn) });
export const header = (text: string): Block => ({ type: 'header', text: plain(text, LIMITS.headerText) });
export const divider: Block = { type: 'divider' };

export function button(actionId: string, text: string, value: string, style?: 'primary' | 'danger'): Button {
  return { type: 'button', action_id: actionId, text: plain(text), value, ...(style && { style }) };
}

/** Checkboxes, one per option, each carrying the option's id (Slack allows 10, as many as a question has). */
export function checkboxes(actionId: string, options: { id: string; label: string }[]): Checkboxes {
  return {
    type: 'checkboxes',
    action_id: actionId,
    options: options.map((o) => ({ text: plain(o.label), value: o.id })),
  };
}

/** Buttons in rows of at most 25 (Slack's limit per actions block). */
export function actions(buttons: Button[]): Block[] {
  const rows: Block[] = [];
  for (let i = 0; i < buttons.length; i += LIMITS.actionsElements)
    rows.push({ type: 'actions', elements: buttons.slice(i, i + LIMITS.actionsElements) });
  return rows;
}

/**
 * A headed list as few sections as possible, each within Slack's 3000 characters. An item that is
 * longer on its own is cut, which the Block Kit test would flag for the content author.
 */
export function listSections(heading: string, items: string[]): Block[] {
  const blocks: Block[] = [];
  let current = `*${esc(heading)}*`;
  for (const item of items) {
    const line = `\n${item}`;
    if (current.length + line.length > LIMITS.sectionText && current.includes('\n')) {
      blocks.push(section(current));
      current = item;
    } else {
      current += line;
    }
  }
  blocks.push(section(current));
  return blocks;
}

/** A long text, under an optional heading, split at paragraph or sentence boundaries into sections of at most 3000 characters. */
export function textSections(heading: string | undefined, body: string): Block[] {
  const title = heading ? `*${esc(heading)}*\n` : '';
  return splitText(esc(body), LIMITS.sectionText - title.length).map((part, i) =>
    section(i === 0 ? title + part : part),
  );
}

function splitText(text: string, max: number): string[] {
  const parts: string[] = [];
  let rest = text.trim();
  while (rest.length > max) {
    const window = rest.slice(0, max);
    const cut = Math.max(window.lastIndexOf('\n'), window.lastIndexOf('. ') + 1);
    const at = cut > max / 2 ? cut : max;
    parts.push(rest.slice(0, at).trim());
    rest = rest.slice(at).trim();
  }
  parts.push(rest);
  return parts;
}

export const bullet = (text: string) => `• ${text}`;

/** Characters in every `text` field, nested ones included. */
export function textLength(node: unknown): number {
  if (Array.isArray(node)) return node.reduce((sum: number, n) => sum + textLength(n), 0);
  if (!node || typeof node !== 'object') return 0;
  return Object.entries(node).reduce(
    (sum, [key, value]) => sum + (key === 'text' && typeof value === 'string' ? value.length : textLength(value)),
    0,
  );
}
