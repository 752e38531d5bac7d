import type { ViewSubmitAction } from '@slack/bolt';
import type { z } from 'zod';
import { ContactKey, LANGS, type Lang, Organisation } from '../../knowledge/schema.js';
import { slack } from '../../messages/index.js';
import type { Settings } from '../../store/settings.js';
import { type Block, LIMITS, type ModalView, type Option, plain, section } from './block-kit.js';
import { modalFrame } from './blocks.js';
import { CALLBACKS, SETTINGS_INPUT } from './ids.js';

/**
 * The settings modal: the fields of organisation.yml, the default language and, for the installer, who else
 * may edit. What comes back is checked with the same schema as organisation.yml; each problem is shown
 * under its own field.
 */

const REPRESENTATIONS = ['or', 'pvt', 'none'] as const;
const CONTACTS = ContactKey.options;
const LANG_NAMES: Record<Lang, string> = { nl: 'Nederlands', en: 'English' };

const option = (value: string, text: string): Option => ({ text: plain(text), value });

function input(blockId: string, label: string, element: Record<string, unknown>, optional = true): Block {
  return {
    type: 'input',
    block_id: blockId,
    optional,
    label: plain(label, 2000),
    element: { ...element, action_id: blockId } as never,
  };
}

const text = (blockId: string, label: string, value: string | undefined, max: number, optional = true) =>
  input(
    blockId,
    label,
    { type: 'plain_text_input', max_length: max, ...(value && { initial_value: value }) },
    optional,
  );

export function settingsModal(settings: Settings, lang: Lang, mayName: boolean): ModalView {
  const org = settings.organisation;
  const representations = REPRESENTATIONS.map((r) => option(r, slack.settings[r](lang)));
  const languages = LANGS.map((l) => option(l, LANG_NAMES[l]));
  const chosen = (options: Option[], value: string | undefined) => options.find((o) => o.value === value);
  const representation = chosen(representations, org?.representation);
  const defaultLang = chosen(languages, settings.defaultLang);
  return {
    ...modalFrame(CALLBACKS.settings, slack.settings.title(lang), lang),
    submit: plain(slack.settings.save(lang), LIMITS.modalTitle),
    close: plain(slack.cancel(lang), LIMITS.modalTitle),
    private_metadata: JSON.stringify({ lang }),
    blocks: [
      section(slack.settings.intro(lang)),
      text(SETTINGS_INPUT.name, slack.settings.name(lang), org?.name, 120, false),
      input(
        SETTINGS_INPUT.representation,
        slack.settings.representation(lang),
        { type: 'static_select', options: representations, ...(representation && { initial_option: representation }) },
        false,
      ),
      ...CONTACTS.flatMap((key) => {
        const contact = slack.settings.contacts[key](lang);
        return [
          text(
            SETTINGS_INPUT.contact(key, 'name'),
            slack.settings.contactName(lang, { contact }),
            org?.contacts[key]?.name,
            120,
          ),
          text(
            SETTINGS_INPUT.contact(key, 'how'),
            slack.settings.contactHow(lang, { contact }),
            org?.contacts[key]?.how,
            300,
          ),
        ];
      }),
      text(SETTINGS_INPUT.helpUrl, slack.settings.helpUrl(lang), org?.help_url, 500),
      input(SETTINGS_INPUT.lang, slack.settings.lang(lang), {
        type: 'static_select',
        options: languages,
        ...(defaultLang && { initial_option: defaultLang }),
      }),
      input(SETTINGS_INPUT.counting, slack.settings.counting(lang), {
        type: 'checkboxes',
        options: [countingOption(lang)],
        ...(settings.counting && { initial_options: [countingOption(lang)] }),
      }),
      input(SETTINGS_INPUT.confidant, slack.settings.confidant(lang), {
        type: 'users_select',
        ...(settings.confidant && { initial_user: settings.confidant }),
      }),
      ...(mayName
        ? [
            input(SETTINGS_INPUT.editors, slack.settings.editors(lang), {
              type: 'multi_users_select',
              ...(settings.editors.length && { initial_users: settings.editors }),
            }),
          ]
        : []),
    ],
  };
}

const COUNTING_ON = 'on';
const countingOption = (lang: Lang): Option => ({
  text: plain(slack.settings.countingOn(lang)),
  description: plain(slack.settings.countingWhat(lang)),
  value: COUNTING_ON,
});

const isUserId = (id: string) => /^[UW][A-Z0-9]{2,40}$/.test(id);

type Values = ViewSubmitAction['view']['state']['values'];

export type ReadSettings = { ok: true; settings: Settings } | { ok: false; errors: Record<string, string> };

/** The submitted settings, checked; `editors` are those submitted when the person may name them, else `keep`. */
export function readSettings(values: Values, lang: Lang, editors: { mayName: boolean; keep: string[] }): ReadSettings {
  const value = (id: string) => values[id]?.[id];
  const typed = (id: string) => value(id)?.value?.trim() || undefined;
  const selected = (id: string) => value(id)?.selected_option?.value ?? undefined;
  const contacts = Object.fromEntries(
    CONTACTS.flatMap((key) => {
      const name = typed(SETTINGS_INPUT.contact(key, 'name'));
      const how = typed(SETTINGS_INPUT.contact(key, 'how'));
      return name || how ? [[key, { name: name ?? '', ...(how && { how }) }]] : [];
    }),
  );
  const helpUrl = typed(SETTINGS_INPUT.helpUrl);
  const candidate = {
    name: typed(SETTINGS_INPUT.name) ?? '',
    representation: selected(SETTINGS_INPUT.representation),
    contacts,
    ...(helpUrl && { help_url: helpUrl }),
  };
  const parsed = Organisation.safeParse(candidate);
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error.issues, lang) };
  const chosenLang = LANGS.find((l) => l === selected(SETTINGS_INPUT.lang));
  const named = value(SETTINGS_INPUT.editors)?.selected_users ?? [];
  const confidant = value(SETTINGS_INPUT.confidant)?.selected_user ?? undefined;
  const counting = (value(SETTINGS_INPUT.counting)?.selected_options ?? []).some((o) => o.value === COUNTING_ON);
  return {
    ok: true,
    settings: {
      organisation: parsed.data,
      editors: editors.mayName ? named.filter(isUserId) : editors.keep,
      ...(chosenLang && { defaultLang: chosenLang }),
      counting,
      ...(confidant && isUserId(confidant) && { confidant }),
    },
  };
}

/** The block each part of the organisation's schema is entered in. */
function blockOf(path: PropertyKey[]): string {
  const [field, key, part] = path;
  if (field === 'contacts' && ContactKey.safeParse(key).success)
    return SETTINGS_INPUT.contact(key as ContactKey, part === 'how' ? 'how' : 'name');
  if (field === 'help_url') return SETTINGS_INPUT.helpUrl;
  if (field === 'representation') return SETTINGS_INPUT.representation;
  return SETTINGS_INPUT.name;
}

function fieldErrors(issues: z.core.$ZodIssue[], lang: Lang): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const block = blockOf(issue.path);
    errors[block] ??=
      issue.code === 'too_small'
        ? slack.settings.required(lang)
        : issue.code === 'too_big'
          ? slack.settings.tooLong(lang, { max: Number(issue.maximum) })
          : block === SETTINGS_INPUT.helpUrl
            ? slack.settings.url(lang)
            : block === SETTINGS_INPUT.representation
              ? slack.settings.required(lang)
              : slack.settings.invalid(lang);
  }
  return errors;
}
