import { answer, type Conversation, start, walk } from '../../src/guide/conversation.js';
import type { Guide } from '../../src/guide/guide.js';
import { encodeState } from '../../src/guide/state.js';
import type { KnowledgeBase } from '../../src/knowledge/base.js';
import { parseRequest } from '../../src/slack/requests.js';
import type { Screen } from '../../src/slack/ui/block-kit.js';
import { ACTIONS } from '../../src/slack/ui/ids.js';
import { conversationScreen, decode, requestScreen } from '../../src/slack/ui/screens.js';
import { percentile } from '../stats.js';
import { slackHeaders } from './signing.js';
import { BENCH_APP, BENCH_BOT_USER, BENCH_TEAM } from './workspace.js';

/**
 * The interactions the HTTP load sends, in the shapes Slack documents (block_actions payloads and slash
 * commands, both form-encoded). Every request gets fresh ids and a fresh signature, as Slack's would.
 */

const CHANNEL = 'C0BENCH001';
const DM = 'D0BENCH001';

/** A button click that moves a conversation on: the value is the state the option leads to. */
interface Click {
  kind: 'click';
  actionId: string;
  label: string;
  value: string;
  /** Ephemeral answers are replaced through response_url; answers in the DM with chat.update. */
  inDm: boolean;
}

interface Command {
  kind: 'command';
  text: string;
}

export type Interaction = Click | Command;

/** Clicks along the first path of every flow in both languages, and `/monitorwijzer <question>` for each question. */
export function interactions(kb: KnowledgeBase, questions: readonly string[]): Interaction[] {
  // Each flow as its first asker sees it: without one, a flow for several askers starts by asking who asks.
  const clicks = [...kb.flows.values()].flatMap(({ flow }) =>
    (['nl', 'en'] as const).flatMap((lang) => clicksAlong(kb, start(flow.id, lang, flow.askers[0]))),
  );
  const commands = questions.map((text): Command => ({ kind: 'command', text }));
  return interleave(clicks, commands, 3);
}

/** Walks the first option at each question, with every other option clicked once on the way. */
function clicksAlong(kb: KnowledgeBase, from: Conversation): Click[] {
  const clicks: Click[] = [];
  let c = from;
  for (let walked = walk(kb, c); walked.ok && walked.step.type === 'question'; walked = walk(kb, c)) {
    for (const option of walked.step.question.options) {
      const next = answer(c, option.id);
      clicks.push({
        kind: 'click',
        actionId: `${ACTIONS.go}.option.${option.id}`,
        label: option.label[c.lang],
        value: encodeState(kb, next),
        inDm: clicks.length % 2 === 1,
      });
    }
    c = answer(c, walked.step.question.options[0]?.id ?? '');
  }
  return clicks;
}

export interface TypicalScreen {
  screen: Screen;
  /** Sizes of the messages the app sends for the mix, as JSON: smallest, median (the typical one's), largest. */
  bytes: { min: number; median: number; max: number };
}

/** The answer of median size among those the app sends for the mix: the same-work yardstick sends it every time. */
export function typicalScreen(guide: Guide, mix: readonly Interaction[]): TypicalScreen {
  const sized = mix
    .map((m) => answerTo(guide, m))
    .map((screen) => ({ screen, bytes: Buffer.byteLength(JSON.stringify(screen)) }))
    .sort((a, b) => a.bytes - b.bytes);
  const bytes = sized.map((s) => s.bytes);
  const median = percentile(bytes, 50);
  const typical = sized.find((s) => s.bytes === median) as { screen: Screen };
  return { screen: typical.screen, bytes: { min: bytes[0] ?? 0, median, max: bytes[bytes.length - 1] ?? 0 } };
}

function answerTo(guide: Guide, interaction: Interaction): Screen {
  if (interaction.kind === 'command') return requestScreen(guide, parseRequest(interaction.text, 'nl'));
  const decoded = decode(guide, interaction.value);
  return decoded.ok ? conversationScreen(guide, decoded.conversation) : decoded.screen;
}

/** `every` clicks, then a command, and so on, until both run out. */
function interleave(clicks: Interaction[], commands: Interaction[], every: number): Interaction[] {
  const mixed: Interaction[] = [];
  let c = 0;
  clicks.forEach((click, i) => {
    mixed.push(click);
    if ((i + 1) % every === 0 && c < commands.length) mixed.push(commands[c++] as Interaction);
  });
  return [...mixed, ...commands.slice(c)];
}

/** The form body and signed headers for one request; `n` makes its ids unique. */
export function signedRequest(
  interaction: Interaction,
  n: number,
  secret: string,
  responseBase: string,
): { body: string; headers: Record<string, string> } {
  const body =
    interaction.kind === 'click' ? clickBody(interaction, n, responseBase) : commandBody(interaction, n, responseBase);
  return { body, headers: slackHeaders(secret, body) };
}

const user = (n: number) => `U0B${String(n % 5000).padStart(7, '0')}`;
const triggerId = (n: number) => `${Date.now()}.${n}.${(n * 2654435761).toString(16).padStart(8, '0')}`;
const ts = (n: number) => `${Math.floor(Date.now() / 1000)}.${String(n % 1_000_000).padStart(6, '0')}`;

function clickBody(click: Click, n: number, responseBase: string): string {
  const id = user(n);
  const channel = click.inDm ? DM : CHANNEL;
  const payload = {
    type: 'block_actions',
    user: { id, username: 'werknemer', name: 'werknemer', team_id: BENCH_TEAM },
    api_app_id: BENCH_APP,
    token: 'bench-verification-token',
    container: { type: 'message', message_ts: ts(n), channel_id: channel, is_ephemeral: !click.inDm },
    trigger_id: triggerId(n),
    team: { id: BENCH_TEAM, domain: 'bench' },
    enterprise: null,
    is_enterprise_install: false,
    channel: { id: channel, name: click.inDm ? 'directmessage' : 'algemeen' },
    ...(click.inDm && {
      message: { type: 'message', ts: ts(n), user: BENCH_BOT_USER, text: 'vorige stap', blocks: [] },
    }),
    state: { values: {} },
    response_url: `${responseBase}/actions/${BENCH_TEAM}/${n}/bench`,
    actions: [
      {
        type: 'button',
        action_id: click.actionId,
        block_id: `b${n % 97}`,
        text: { type: 'plain_text', text: click.label, emoji: true },
        value: click.value,
        action_ts: ts(n),
      },
    ],
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

function commandBody(command: Command, n: number, responseBase: string): string {
  return new URLSearchParams({
    token: 'bench-verification-token',
    team_id: BENCH_TEAM,
    team_domain: 'bench',
    channel_id: CHANNEL,
    channel_name: 'algemeen',
    user_id: user(n),
    user_name: 'werknemer',
    command: '/monitorwijzer',
    text: command.text,
    api_app_id: BENCH_APP,
    is_enterprise_install: 'false',
    response_url: `${responseBase}/commands/${BENCH_TEAM}/${n}/bench`,
    trigger_id: triggerId(n),
  }).toString();
}
