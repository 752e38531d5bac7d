/**
 * Request bodies in the shapes Slack documents (docs.slack.dev/interactivity/implementing-slash-commands,
 * /reference/interaction-payloads/block_actions-payload, /reference/interaction-payloads/view-interactions-payload,
 * /interactivity/implementing-shortcuts, /reference/events/app_home_opened, /reference/events/message.im,
 * /reference/events/app_mention). Ids are fake but shaped like Slack's.
 */

export const IDS = {
  team: 'T0TEAM0001',
  app: 'A0APP00001',
  user: 'U0USER0001',
  colleague: 'U0COLL0001',
  channel: 'C0CHAN0001',
  dm: 'D0DMCH0001',
  botUser: 'U0BOTU0001',
  bot: 'B0BOT00001',
} as const;

export const RESPONSE_URL_ORIGIN = 'https://hooks.slack.com';
export const responseUrl = (id = '1') => `${RESPONSE_URL_ORIGIN}/actions/${IDS.team}/${id}/abcDEF`;
const triggerId = '1234567890.123456789.abcdef0123456789';

export function slashCommand(text: string, channel: string = IDS.channel) {
  return {
    token: 'verification-token',
    team_id: IDS.team,
    team_domain: 'voorbeeld',
    channel_id: channel,
    channel_name: channel.startsWith('D') ? 'directmessage' : 'algemeen',
    user_id: IDS.user,
    user_name: 'werknemer',
    command: '/monitorwijzer',
    text,
    api_app_id: IDS.app,
    is_enterprise_install: 'false',
    response_url: responseUrl('command'),
    trigger_id: triggerId,
  };
}

type Container =
  | { type: 'message'; message_ts: string; channel_id: string; is_ephemeral: boolean }
  | { type: 'view'; view_id: string };

export const ephemeralContainer = {
  type: 'message',
  message_ts: '1700000000.000100',
  channel_id: IDS.channel,
  is_ephemeral: true,
} satisfies Container;
export const dmContainer = {
  type: 'message',
  message_ts: '1700000000.000200',
  channel_id: IDS.dm,
  is_ephemeral: false,
} satisfies Container;
export const modalContainer = { type: 'view', view_id: 'V0MODAL001' } satisfies Container;
export const homeContainer = { type: 'view', view_id: 'V0HOME0001' } satisfies Container;

export interface ClickedButton {
  action_id: string;
  value?: string;
  text?: { text: string };
}

/** What a message's or view's checkboxes and inputs hold when something in it is clicked (Slack's `state.values`). */
export type StateValues = Record<string, Record<string, unknown>>;

/** The checkboxes of a block with these options ticked, as Slack reports them in `state.values`. */
export const ticked = (block: string, action: string, values: string[]): StateValues => ({
  [block]: {
    [action]: {
      type: 'checkboxes',
      selected_options: values.map((value) => ({ text: { type: 'plain_text', text: value }, value })),
    },
  },
});

export function blockActions(
  button: ClickedButton,
  container: Container = ephemeralContainer,
  values: StateValues = {},
) {
  const base = {
    type: 'block_actions',
    user: { id: IDS.user, username: 'werknemer', name: 'werknemer', team_id: IDS.team },
    api_app_id: IDS.app,
    token: 'verification-token',
    container,
    trigger_id: triggerId,
    team: { id: IDS.team, domain: 'voorbeeld' },
    enterprise: null,
    is_enterprise_install: false,
    state: { values },
    actions: [
      {
        type: 'button',
        action_id: button.action_id,
        block_id: 'blk',
        text: { type: 'plain_text', text: button.text?.text ?? 'knop', emoji: true },
        ...(button.value !== undefined && { value: button.value }),
        action_ts: '1700000001.000000',
      },
    ],
  };
  if (container.type === 'view') {
    const type = container.view_id === homeContainer.view_id ? 'home' : 'modal';
    return {
      ...base,
      view: {
        id: container.view_id,
        team_id: IDS.team,
        type,
        blocks: [],
        private_metadata: '',
        callback_id: '',
        state: { values },
        hash: '1700000000.abcd',
        app_id: IDS.app,
        bot_id: IDS.bot,
      },
    };
  }
  const channel = {
    id: container.channel_id,
    name: container.channel_id.startsWith('D') ? 'directmessage' : 'algemeen',
  };
  const message = container.is_ephemeral
    ? {}
    : {
        message: {
          type: 'message',
          ts: container.message_ts,
          user: IDS.botUser,
          bot_id: IDS.bot,
          text: 'vorige stap',
          blocks: [],
        },
      };
  return { ...base, channel, ...message, response_url: responseUrl('action') };
}

export function shareSubmission(state: string, choice: { user?: string; channel?: string }) {
  return {
    type: 'view_submission',
    team: { id: IDS.team, domain: 'voorbeeld' },
    user: { id: IDS.user, username: 'werknemer', name: 'werknemer', team_id: IDS.team },
    api_app_id: IDS.app,
    token: 'verification-token',
    trigger_id: triggerId,
    view: {
      id: 'V0SHARE001',
      team_id: IDS.team,
      type: 'modal',
      callback_id: 'mw.share',
      private_metadata: state,
      blocks: [],
      hash: '1700000000.efgh',
      app_id: IDS.app,
      bot_id: IDS.bot,
      state: {
        values: {
          'mw.share.colleague': { 'mw.share.colleague': { type: 'users_select', selected_user: choice.user ?? null } },
          'mw.share.channel': {
            'mw.share.channel': { type: 'conversations_select', selected_conversation: choice.channel ?? null },
          },
        },
      },
    },
    response_urls: [],
    is_enterprise_install: false,
  };
}

export function globalShortcut(callbackId: string) {
  return {
    type: 'shortcut',
    token: 'verification-token',
    action_ts: '1700000002.000000',
    team: { id: IDS.team, domain: 'voorbeeld' },
    user: { id: IDS.user, username: 'manager', team_id: IDS.team },
    callback_id: callbackId,
    trigger_id: triggerId,
    is_enterprise_install: false,
  };
}

export function messageShortcut(callbackId: string, text: string) {
  return {
    type: 'message_action',
    token: 'verification-token',
    action_ts: '1700000003.000000',
    team: { id: IDS.team, domain: 'voorbeeld' },
    user: { id: IDS.user, username: 'werknemer', team_id: IDS.team, name: 'werknemer' },
    channel: { id: IDS.channel, name: 'algemeen' },
    callback_id: callbackId,
    trigger_id: triggerId,
    message_ts: '1700000000.000300',
    message: { type: 'message', user: IDS.colleague, ts: '1700000000.000300', text },
    response_url: responseUrl('shortcut'),
    is_enterprise_install: false,
  };
}

function envelope(event: Record<string, unknown>) {
  return {
    token: 'verification-token',
    team_id: IDS.team,
    api_app_id: IDS.app,
    event,
    type: 'event_callback',
    event_id: `Ev${Math.random().toString(36).slice(2, 10).toUpperCase()}`,
    event_time: 1700000004,
    authorizations: [
      { enterprise_id: null, team_id: IDS.team, user_id: IDS.botUser, is_bot: true, is_enterprise_install: false },
    ],
    is_ext_shared_channel: false,
  };
}

export function appHomeOpened(view?: { private_metadata: string }) {
  return envelope({
    type: 'app_home_opened',
    user: IDS.user,
    channel: IDS.dm,
    tab: 'home',
    event_ts: '1700000004.000100',
    ...(view && { view: { id: 'V0HOME0001', type: 'home', ...view } }),
  });
}

export function directMessage(text: string) {
  return envelope({
    type: 'message',
    channel: IDS.dm,
    user: IDS.user,
    text,
    ts: '1700000005.000100',
    event_ts: '1700000005.000100',
    channel_type: 'im',
  });
}

export function appMention(text: string, threadTs?: string) {
  return envelope({
    type: 'app_mention',
    user: IDS.user,
    text: `<@${IDS.botUser}> ${text}`,
    ts: '1700000006.000100',
    channel: IDS.channel,
    event_ts: '1700000006.000100',
    ...(threadTs && { thread_ts: threadTs }),
  });
}

/** The app removed from the workspace (no authorization is looked up for it: Bolt delivers it as it comes). */
export function appUninstalled() {
  return envelope({ type: 'app_uninstalled', event_ts: '1700000007.000100' });
}

/** The bot token revoked (for instance by an admin), without the app being removed. */
export function tokensRevoked() {
  return envelope({ type: 'tokens_revoked', tokens: { bot: [IDS.botUser] }, event_ts: '1700000008.000100' });
}

/** An event from a workspace of an Enterprise Grid organisation where the app is installed org-wide. */
export function fromOrgWideInstall<T extends object>(payload: T, enterprise: string): T {
  const copy = structuredClone(payload) as Record<string, any>;
  copy.enterprise_id = enterprise;
  for (const authorization of copy.authorizations ?? []) {
    authorization.enterprise_id = enterprise;
    authorization.is_enterprise_install = true;
  }
  return copy as T;
}

/** A payload as if it came from another workspace. */
export function fromTeam<T extends object>(payload: T, team: string): T {
  const copy = structuredClone(payload) as Record<string, any>;
  copy.team_id = team;
  for (const authorization of copy.authorizations ?? []) authorization.team_id = team;
  return copy as T;
}

/** The settings modal submitted by `user`, with text fields and selects as Slack reports them. */
export function settingsSubmission(
  user: string,
  fields: {
    text?: Record<string, string>;
    select?: Record<string, string>;
    users?: Record<string, string[]>;
    user?: Record<string, string>;
    checked?: Record<string, string[]>;
  },
) {
  const values: Record<string, Record<string, unknown>> = {};
  for (const [id, value] of Object.entries(fields.text ?? {}))
    values[id] = { [id]: { type: 'plain_text_input', value } };
  for (const [id, value] of Object.entries(fields.select ?? {}))
    values[id] = {
      [id]: { type: 'static_select', selected_option: { value, text: { type: 'plain_text', text: value } } },
    };
  for (const [id, users] of Object.entries(fields.users ?? {}))
    values[id] = { [id]: { type: 'multi_users_select', selected_users: users } };
  for (const [id, user] of Object.entries(fields.user ?? {}))
    values[id] = { [id]: { type: 'users_select', selected_user: user } };
  for (const [id, checked] of Object.entries(fields.checked ?? {}))
    values[id] = {
      [id]: {
        type: 'checkboxes',
        selected_options: checked.map((value) => ({ value, text: { type: 'plain_text', text: value } })),
      },
    };
  return {
    type: 'view_submission',
    team: { id: IDS.team, domain: 'voorbeeld' },
    user: { id: user, username: 'iemand', name: 'iemand', team_id: IDS.team },
    api_app_id: IDS.app,
    token: 'verification-token',
    trigger_id: triggerId,
    view: {
      id: 'V0SETT0001',
      team_id: IDS.team,
      type: 'modal',
      callback_id: 'mw.settings',
      private_metadata: JSON.stringify({ lang: 'nl' }),
      blocks: [],
      hash: '1700000000.ijkl',
      app_id: IDS.app,
      bot_id: IDS.bot,
      state: { values },
    },
    response_urls: [],
    is_enterprise_install: false,
  };
}

/** Home opened by someone else than the default user. */
export function homeOpenedBy(user: string) {
  const payload = appHomeOpened();
  payload.event.user = user;
  return payload;
}
