import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { reachOf, placeOf, settle, show } from '../../deliver.js';
import { conversationScreen, decode, langHint, type Guide } from '../../screens.js';

export type ButtonArgs = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction<ButtonAction>>;

/**
 * Every step button (an option, Back, Restart, Change, Start) carries the encoded state it leads to,
 * so one listener moves any conversation on, wherever it is shown.
 */
export function navigate(guide: Guide) {
  return async ({ ack, body, action, client, respond, logger }: ButtonArgs): Promise<void> => {
    await ack();
    const place = placeOf(body, client, respond);
    const decoded = decode(guide, action.value);
    const lang = decoded.ok ? decoded.conversation.lang : langHint(action.value);
    const screen = decoded.ok ? conversationScreen(guide, decoded.conversation) : decoded.screen;
    const target = reachOf(place);
    await settle(logger, 'navigation', () => show(place, screen, lang), target && { target, lang });
  };
}
