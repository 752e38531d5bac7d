import type { Guide } from '../../../guide/guide.js';
import { replaceWith } from '../../deliver.js';
import { readAudience } from '../../ui/ids.js';
import { audienceTopics } from '../../ui/screens.js';
import type { ButtonListener } from './types.js';

/** An audience button (on Home): that audience's topics, in a modal. */
export function chooseAudience(guide: Guide): ButtonListener {
  return async (args) => {
    await args.ack();
    const { lang, group } = readAudience(args.action.value);
    await replaceWith(args, 'audience', audienceTopics(guide, group, lang), lang);
  };
}
