import type { BlockAction, Logger, RespondFn, webApi } from '@slack/bolt';
import type { Lang } from '../knowledge/schema.js';
import type { ModalView, Screen } from './ui/block-kit.js';
import { screenModal } from './ui/blocks.js';
import { failureScreen } from './ui/screens.js';
import { isTokenRejected, isTriggerProblem, platformError, withRateLimitRetry } from './web-client.js';

type Client = webApi.WebClient;

/**
 * How to reach the person privately: through the interaction's response_url, else a new ephemeral message in
 * the channel, else (on Home or in a modal, where there is no channel) a message in their DM with the app.
 */
export interface Reach {
  client: Client;
  respond?: RespondFn;
  channel?: string;
  user: string;
  threadTs?: string;
}

/** Where the message or view a button was clicked in lives, so the next step replaces it in place. */
export type Place =
  | { kind: 'ephemeral'; reach: Reach }
  | { kind: 'message'; client: Client; channel: string; ts: string; reach?: Reach }
  | { kind: 'modal'; client: Client; viewId: string; hash?: string; reach: Reach }
  | { kind: 'home'; client: Client; triggerId: string; reach: Reach };

/**
 * Answers only the person who asked. A response_url that has expired (30 minutes, 5 uses), does not answer
 * or cannot be reached falls back to chat.postEphemeral.
 */
export async function replyPrivately(reach: Reach, screen: Screen, replace = false): Promise<void> {
  if (reach.respond) {
    try {
      const response = await reach.respond({
        response_type: 'ephemeral',
        ...(replace && { replace_original: true }),
        text: screen.text,
        blocks: screen.blocks,
      });
      // Unread, the answer's body would hold its connection until garbage collection; reading it has no time limit.
      await (response as Response).body?.cancel();
      return;
    } catch (error) {
      if (!reach.channel) throw error;
    }
  }
  const { client, channel, user, threadTs } = reach;
  if (!channel) return postToDm(client, user, screen);
  await withRateLimitRetry(() =>
    client.chat.postEphemeral({
      channel,
      user,
      text: screen.text,
      blocks: screen.blocks,
      ...(threadTs && { thread_ts: threadTs }),
    }),
  );
}

/** A message to the person in their DM with the app: posting to a user id opens that conversation. */
async function postToDm(client: Client, user: string, screen: Screen): Promise<void> {
  await withRateLimitRetry(() => client.chat.postMessage({ channel: user, text: screen.text, blocks: screen.blocks }));
}

/**
 * Opens a screen in a modal. Its trigger_id lasts 3 seconds and works once; when Slack refuses it
 * (a slow moment, a double click), the screen goes to the person's DM with the app instead.
 */
export async function openModal(
  client: Client,
  triggerId: string,
  screen: Screen,
  lang: Lang,
  user: string,
): Promise<void> {
  try {
    await withRateLimitRetry(() => client.views.open({ trigger_id: triggerId, view: screenModal(screen, lang) }));
  } catch (error) {
    if (!isTriggerProblem(error)) throw error;
    await postToDm(client, user, screen);
  }
}

export function placeOf(body: BlockAction, client: Client, respond?: RespondFn): Place {
  const user = body.user.id;
  if (body.view?.type === 'home') return { kind: 'home', client, triggerId: body.trigger_id, reach: { client, user } };
  if (body.view) return { kind: 'modal', client, viewId: body.view.id, hash: body.view.hash, reach: { client, user } };
  const container = body.container as { channel_id?: string; message_ts?: string; is_ephemeral?: boolean };
  const channel = body.channel?.id ?? container.channel_id;
  const ts = body.message?.ts ?? container.message_ts;
  const reach: Reach = { client, respond: body.response_url ? respond : undefined, channel, user };
  if (!container.is_ephemeral && channel && ts)
    return { kind: 'message', client, channel, ts, reach: reach.respond && reach };
  return { kind: 'ephemeral', reach };
}

/** Replaces what the person was looking at with the next screen. */
export async function show(place: Place, screen: Screen, lang: Lang): Promise<void> {
  switch (place.kind) {
    case 'ephemeral':
      return replyPrivately(place.reach, screen, true);
    case 'message': {
      const { client, channel, ts } = place;
      await withRateLimitRetry(() => client.chat.update({ channel, ts, text: screen.text, blocks: screen.blocks }));
      return;
    }
    case 'modal': {
      const { client, viewId, hash } = place;
      try {
        await withRateLimitRetry(() =>
          client.views.update({ view_id: viewId, ...(hash && { hash }), view: screenModal(screen, lang) }),
        );
      } catch (error) {
        // A double click: the first click already moved the modal on.
        if (platformError(error) !== 'hash_conflict') throw error;
      }
      return;
    }
    case 'home':
      return openModal(place.client, place.triggerId, screen, lang, place.reach.user);
  }
}

/**
 * Runs a listener's work after its ack. A failure is logged (privately) and, where Slack gave us a way to
 * reach the person, told to them; only a refused token escapes, to the listener's caller in Bolt.
 */
export async function settle(
  logger: Logger,
  what: string,
  work: () => Promise<unknown>,
  tell?: { reach: Reach; lang: Lang },
): Promise<void> {
  try {
    await work();
  } catch (error) {
    logger.warn(`${what} failed:`, error);
    if (tell) {
      try {
        await replyPrivately(tell.reach, failureScreen(error, tell.lang));
      } catch (again) {
        logger.warn(`${what}: could not tell the person either:`, again);
      }
    }
    // A token Slack refused goes up to Bolt, past the middleware that then drops the installation from its cache.
    if (isTokenRejected(error)) throw error;
  }
}

/** What a button listener gets from Bolt that delivering needs. */
export interface Clicked {
  body: BlockAction;
  client: Client;
  respond?: RespondFn;
  logger: Logger;
}

/** Shows the next screen where the button was clicked; a failure is told to the person there. */
export async function replaceWith(
  { body, client, respond, logger }: Clicked,
  what: string,
  screen: Screen,
  lang: Lang,
): Promise<void> {
  const place = placeOf(body, client, respond);
  await settle(logger, what, () => show(place, screen, lang), place.reach && { reach: place.reach, lang });
}

/** Opens a modal with the click's trigger: on top of the modal the click came from, else a new one. */
export async function openOver(
  { body, client, respond, logger }: Clicked,
  what: string,
  view: ModalView,
  lang: Lang,
): Promise<void> {
  const place = placeOf(body, client, respond);
  const open = () =>
    place.kind === 'modal'
      ? client.views.push({ trigger_id: body.trigger_id, view })
      : client.views.open({ trigger_id: body.trigger_id, view });
  await settle(logger, what, () => withRateLimitRetry(open), place.reach && { reach: place.reach, lang });
}
