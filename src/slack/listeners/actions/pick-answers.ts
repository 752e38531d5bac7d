import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { answer } from '../../../guide/conversation.js';
import type { Guide } from '../../../guide/guide.js';
import { countConversation } from '../../counting.js';
import { replaceWith } from '../../deliver.js';
import { ACTIONS, tickBlock } from '../../ui/ids.js';
import { decode, pickedScreen } from '../../ui/screens.js';
import type { ButtonListener } from './types.js';

type Values = NonNullable<BlockAction['state']>['values'];

/** The options ticked in the step's checkboxes, from the state Slack sends with every click. */
function ticked(values: Values | undefined, state: string): string[] {
  const selected = values?.[tickBlock(state)]?.[ACTIONS.tick]?.selected_options ?? [];
  return selected.map((o) => o.value).filter((v): v is string => typeof v === 'string');
}

/** "Verder" under a question that takes several answers: the conversation moves on with every option ticked. */
export function pickAnswers(guide: Guide): ButtonListener {
  return async (args) => {
    await args.ack();
    const decoded = decode(guide, args.action.value);
    const values = args.body.state?.values ?? args.body.view?.state?.values;
    const picked = ticked(values, args.action.value ?? '');
    const screen = decoded.ok ? pickedScreen(guide, decoded.conversation, picked) : decoded.screen;
    await replaceWith(args, 'several answers', screen, decoded.lang);
    if (decoded.ok && picked.length > 0)
      countConversation(
        args.context,
        guide,
        answer(decoded.conversation, picked.length === 1 ? picked[0]! : picked),
        false,
      );
  };
}

/** Ticking a checkbox: Slack reports each tick and expects an ack; the answer is read when "Verder" is clicked. */
export async function tickAnswer({ ack }: AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction>): Promise<void> {
  await ack();
}
