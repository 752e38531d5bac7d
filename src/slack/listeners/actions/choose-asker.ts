import type { Guide } from '../../../guide/guide.js';
import { replaceWith } from '../../deliver.js';
import { readAsker } from '../../ui/ids.js';
import { askerTopics } from '../../ui/screens.js';
import type { ButtonListener } from './types.js';

/** A "who are you" button (on Home, in the menu): the topics for that asker, each starting for them. */
export function chooseAsker(guide: Guide): ButtonListener {
  return async (args) => {
    await args.ack();
    const { lang, asker } = readAsker(args.action.value);
    await replaceWith(args, 'asker', askerTopics(guide, asker, lang), lang);
  };
}
