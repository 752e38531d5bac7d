import type { Guide } from '../../../guide/guide.js';
import { replaceWith, settle } from '../../deliver.js';
import { readLang } from '../../ui/ids.js';
import { home, topicMenu } from '../../ui/screens.js';
import { withRateLimitRetry } from '../../web-client.js';
import { homeAccess } from '../events/app-home-opened.js';
import type { ButtonListener } from './types.js';

/** A language button: Home is published again in that language; a menu message is shown again in it. */
export function chooseLanguage(guide: Guide): ButtonListener {
  return async (args) => {
    await args.ack();
    const lang = readLang(args.action.value);
    const { body, client, context, logger } = args;
    if (body.view?.type === 'home') {
      await settle(logger, 'home language', () =>
        withRateLimitRetry(() =>
          client.views.publish({ user_id: body.user.id, view: home(guide, lang, homeAccess(context, body.user.id)) }),
        ),
      );
      return;
    }
    await replaceWith(args, 'language', topicMenu(guide, lang), lang);
  };
}
