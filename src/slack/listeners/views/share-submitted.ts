import type { AllMiddlewareArgs, Logger, SlackViewMiddlewareArgs, ViewSubmitAction, webApi } from '@slack/bolt';
import type { Guide } from '../../../guide/guide.js';
import type { Lang } from '../../../knowledge/schema.js';
import { slack } from '../../../messages/index.js';
import { settle } from '../../deliver.js';
import type { ModalView, Screen } from '../../ui/block-kit.js';
import { noticeScreen, screenModal } from '../../ui/blocks.js';
import { SHARE_INPUT } from '../../ui/ids.js';
import { decode, sharedMessage, stateProblemScreen } from '../../ui/screens.js';
import { platformError, withRateLimitRetry } from '../../web-client.js';

/**
 * The reply to a submission is the HTTP response itself, due within Slack's 3 seconds. The post usually
 * takes far less, so it is awaited this long to answer with the result (or an inline error); if Slack is
 * slow, the modal says "sharing…" and is updated once the post settles.
 */
export const SHARE_ACK_BUDGET_MS = 2000;

type Values = ViewSubmitAction['view']['state']['values'];

/** Ids go into `<@…>` and `<#…>` mentions, so anything that is not shaped like a Slack id is refused. */
const isSlackId = (id: unknown): id is string => typeof id === 'string' && /^[A-Z0-9]{2,40}$/.test(id);

function chosenTarget(values: Values): { id: string; block: string } | undefined {
  const colleague = values[SHARE_INPUT.colleague.block]?.[SHARE_INPUT.colleague.action]?.selected_user;
  const channel = values[SHARE_INPUT.channel.block]?.[SHARE_INPUT.channel.action]?.selected_conversation;
  if (!colleague === !channel) return undefined;
  const [id, block] = colleague ? [colleague, SHARE_INPUT.colleague.block] : [channel, SHARE_INPUT.channel.block];
  return isSlackId(id) ? { id, block } : undefined;
}

const mention = (id: string) => (/^[UW]/.test(id) ? `<@${id}>` : `<#${id}>`);

function shareError(error: unknown, lang: Lang): string {
  const code = platformError(error);
  return (code === 'not_in_channel' || code === 'channel_not_found' ? slack.shareNotInChannel : slack.shareFailed)(
    lang,
  );
}

type Settled = { done: true; error?: unknown } | { done: false };

async function within(work: Promise<unknown>, ms: number): Promise<Settled> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<Settled>((resolve) => (timer = setTimeout(() => resolve({ done: false }), ms)));
  const settled = work.then(
    (): Settled => ({ done: true }),
    (error: unknown): Settled => ({ done: true, error }),
  );
  try {
    return await Promise.race([settled, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Posts only the general explanation (never the sharer's answers) to the colleague or channel they chose. */
export function shareSubmitted(guide: Guide) {
  return async ({
    ack,
    body,
    view,
    client,
    logger,
  }: AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>): Promise<void> => {
    const decoded = decode(guide, view.private_metadata);
    const { lang } = decoded;
    const notice = (screen: Screen) => screenModal(screen, lang);
    const message =
      decoded.ok && isSlackId(body.user.id) ? sharedMessage(guide, decoded.conversation, body.user.id) : undefined;
    if (!message) {
      const problem = decoded.ok
        ? stateProblemScreen(guide, { code: 'outdated', flow: decoded.conversation.flow }, lang)
        : decoded.screen;
      await ack({ response_action: 'update', view: notice(problem) });
      return;
    }
    const target = chosenTarget(view.state.values);
    if (!target) {
      const chooseOne = slack.shareChooseOne(lang);
      await ack({
        response_action: 'errors',
        errors: { [SHARE_INPUT.colleague.block]: chooseOne, [SHARE_INPUT.channel.block]: chooseOne },
      });
      return;
    }
    const posting = withRateLimitRetry(() =>
      client.chat.postMessage({ channel: target.id, text: message.text, blocks: message.blocks, unfurl_links: false }),
    );
    const result = await within(posting, SHARE_ACK_BUDGET_MS);
    const done = notice(noticeScreen(slack.shareDone(lang, { target: mention(target.id) })));
    if (!result.done) {
      await ack({ response_action: 'update', view: notice(noticeScreen(slack.shareSending(lang))) });
      await settle(logger, 'share (late)', () =>
        finishLate(client, view.id, posting, done, (e) => notice(noticeScreen(shareError(e, lang))), logger),
      );
    } else if (result.error) {
      logger.warn('share failed:', result.error);
      await ack({ response_action: 'errors', errors: { [target.block]: shareError(result.error, lang) } });
    } else {
      await ack({ response_action: 'update', view: done });
    }
  };
}

async function finishLate(
  client: webApi.WebClient,
  viewId: string,
  posting: Promise<unknown>,
  done: ModalView,
  failed: (error: unknown) => ModalView,
  logger: Logger,
): Promise<void> {
  const view = await posting.then(
    () => done,
    (error: unknown) => {
      logger.warn('share failed:', error);
      return failed(error);
    },
  );
  await client.views.update({ view_id: viewId, view });
}
