import type { Context } from '@slack/bolt';
import { type Conversation, walk } from '../guide/conversation.js';
import type { Guide } from '../guide/guide.js';
import { workspaceOf } from './workspace.js';

/**
 * The hooks of the topic counts (store/counts.ts), called once the person has their screen: a conversation
 * started, and an answer reached with its verdict. Only the topic and what happened are passed on; only a
 * workspace that switched counting on counts, and what is counted is never logged.
 */
export function countConversation(context: Context, guide: Guide, c: Conversation, started: boolean): void {
  const workspace = workspaceOf(context);
  if (!workspace || !isCounting(context)) return;
  if (started) workspace.count(c.flow, 'started');
  const walked = walk(guide.kb, c);
  if (walked.ok && walked.step.type === 'outcome') workspace.count(c.flow, walked.step.verdict);
}

/** Whether the request's workspace switched the topic counts on. */
export const isCounting = (context: Context): boolean => workspaceOf(context)?.settings.counting === true;

/** A screen that started a conversation (a question that named its topic, a shortcut) counts it. */
export function countStarted(context: Context, guide: Guide, screen: { started?: Conversation }): void {
  if (screen.started) countConversation(context, guide, screen.started, true);
}
