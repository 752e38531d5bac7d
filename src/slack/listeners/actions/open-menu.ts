import type { Guide } from '../../../guide/guide.js';
import { replaceWith } from '../../deliver.js';
import { readLang } from '../../ui/ids.js';
import { topicMenu } from '../../ui/screens.js';
import type { ButtonListener } from './types.js';

/** "Other topic" / "All topics": the topic menu in place of the current message or modal. */
export function openMenu(guide: Guide): ButtonListener {
  return async (args) => {
    await args.ack();
    const lang = readLang(args.action.value);
    await replaceWith(args, 'menu', topicMenu(guide, lang), lang);
  };
}
