import { describe, expect, it } from 'vitest';
import { ACTIONS, CALLBACKS, SETTINGS_INPUT } from '../../src/slack/ui/ids.js';
import { viewProblems } from '../helpers/block-kit.js';
import { buttonsIn } from '../helpers/buttons.js';
import { ENGINES } from '../helpers/databases.js';
import { until } from '../helpers/live-app.js';
import { useInstalledApp } from '../helpers/oauth-app.js';
import {
  blockActions,
  homeContainer,
  homeOpenedBy,
  IDS,
  settingsSubmission,
  slashCommand,
} from '../helpers/payloads.js';

const INSTALLER = IDS.user;
const COLLEAGUE = IDS.colleague;
const FINGERPRINT = 'mag mijn baas mijn vingerafdruk gebruiken om in te loggen op de kassa';

const ORGANISATION = {
  text: {
    [SETTINGS_INPUT.name]: 'Bakkerij Jansen',
    [SETTINGS_INPUT.contact('fg', 'name')]: 'Petra Smit (FG)',
    [SETTINGS_INPUT.contact('fg', 'how')]: 'fg@bakkerij-jansen.nl',
    [SETTINGS_INPUT.helpUrl]: 'https://intranet.bakkerij-jansen.nl/privacy',
  },
  select: { [SETTINGS_INPUT.representation]: 'pvt', [SETTINGS_INPUT.lang]: 'nl' },
};

describe.each(ENGINES)('settings on the Home tab, on $name', (engine) => {
  const env = useInstalledApp(engine);

  const calls = (method: string) => env.stub.calls.filter((c) => c.method === method);

  async function homeOf(user: string) {
    const before = calls('views.publish').length;
    await env.app.post(homeOpenedBy(user));
    await until(() => calls('views.publish').length > before, 'Home');
    return calls('views.publish').at(-1)!.body.view;
  }

  const settingsButton = (view: { blocks: any[] }) =>
    buttonsIn(view.blocks).find((b) => b.action_id === ACTIONS.settings);

  async function submit(user: string, fields: Parameters<typeof settingsSubmission>[1]) {
    const response = await env.app.post(settingsSubmission(user, fields));
    expect(response.status).toBe(200);
    return (await response.json()) as { response_action: string; errors?: Record<string, string> };
  }

  /** Asks, then takes the first option of every question until the answer. */
  async function answer(text: string): Promise<string> {
    let request: object = slashCommand(text);
    for (let step = 0; step < 8; step++) {
      const id = `step-${calls('hook').length}`;
      await env.app.post({ ...request, response_url: env.stub.hookUrl(id) });
      await until(() => calls('hook').some((c) => c.hook === id), 'the next step');
      const { blocks } = calls('hook').find((c) => c.hook === id)!.body;
      const option = buttonsIn(blocks).find((b) => b.action_id.startsWith('mw.go.option.'));
      if (!option) return JSON.stringify(blocks);
      request = blockActions(option);
    }
    throw new Error('no answer after 8 steps');
  }

  it('shows the button to the installer only, and opens a valid modal with the organisation’s fields', async () => {
    const home = await homeOf(INSTALLER);
    expect(viewProblems(home)).toEqual([]);
    expect(settingsButton(home)).toBeDefined();
    expect(settingsButton(await homeOf(COLLEAGUE))).toBeUndefined();
    await env.app.post(blockActions(settingsButton(home)!, homeContainer));
    await until(() => calls('views.open').length === 1, 'the modal');
    const modal = calls('views.open')[0]!.body.view;
    expect(viewProblems(modal)).toEqual([]);
    expect(modal.callback_id).toBe(CALLBACKS.settings);
    const blocks = modal.blocks.map((b: { block_id?: string }) => b.block_id);
    expect(blocks).toEqual(
      expect.arrayContaining([SETTINGS_INPUT.name, SETTINGS_INPUT.helpUrl, SETTINGS_INPUT.editors]),
    );
  });

  it('opens no settings for anyone else, even from a button they were never shown', async () => {
    const home = await homeOf(INSTALLER);
    const click = blockActions(settingsButton(home)!, homeContainer);
    await env.app.post({ ...click, user: { ...click.user, id: COLLEAGUE } });
    await until(() => calls('views.open').length === 1, 'the refusal');
    const modal = calls('views.open')[0]!.body.view;
    expect(modal.callback_id).not.toBe(CALLBACKS.settings);
    expect(JSON.stringify(modal.blocks)).toContain('Alleen wie monitorwijzer installeerde');
  });

  it('uses settings an allowed user saved in the very next answer', async () => {
    const before = await answer(FINGERPRINT);
    expect(before).not.toContain('Bakkerij Jansen');
    expect(await submit(INSTALLER, ORGANISATION)).toMatchObject({ response_action: 'update' });
    const after = await answer(FINGERPRINT);
    expect(after).toContain('Bij Bakkerij Jansen: Petra Smit (FG)');
    expect(after).toContain('<https://intranet.bakkerij-jansen.nl/privacy|Meer hulp van Bakkerij Jansen>');
  });

  it('takes English as the default language for people whose locale says nothing', async () => {
    expect(
      await submit(INSTALLER, { ...ORGANISATION, select: { ...ORGANISATION.select, [SETTINGS_INPUT.lang]: 'en' } }),
    ).toMatchObject({
      response_action: 'update',
    });
    expect(await answer(FINGERPRINT)).toContain('Sources last reviewed');
  });

  it('refuses a forged submission from someone else and changes nothing', async () => {
    const refused = await submit(COLLEAGUE, ORGANISATION);
    expect(refused.response_action).toBe('errors');
    expect(refused.errors?.[SETTINGS_INPUT.name]).toContain('Alleen wie monitorwijzer installeerde');
    expect(await env.store.db.query('select * from workspace_settings')).toEqual([]);
    expect(await answer(FINGERPRINT)).not.toContain('Bakkerij Jansen');
  });

  it('names the problem under each field, and saves nothing until they are fixed', async () => {
    const result = await submit(INSTALLER, {
      text: {
        [SETTINGS_INPUT.name]: ' ',
        [SETTINGS_INPUT.contact('hr', 'how')]: '#hr-vragen',
        [SETTINGS_INPUT.helpUrl]: 'intranet/privacy',
      },
      select: {},
    });
    expect(result.response_action).toBe('errors');
    expect(result.errors).toEqual({
      [SETTINGS_INPUT.name]: 'Vul dit in.',
      [SETTINGS_INPUT.representation]: 'Vul dit in.',
      [SETTINGS_INPUT.contact('hr', 'name')]: 'Vul dit in.',
      [SETTINGS_INPUT.helpUrl]: 'Geen geldig webadres: begin met https://',
    });
    expect(await env.store.db.query('select * from workspace_settings')).toEqual([]);
  });

  it('lets the people the installer names edit too, but only the installer names them', async () => {
    expect(
      await submit(INSTALLER, { ...ORGANISATION, users: { [SETTINGS_INPUT.editors]: [COLLEAGUE] } }),
    ).toMatchObject({ response_action: 'update' });
    expect(settingsButton(await homeOf(COLLEAGUE))).toBeDefined();
    const renamed = { ...ORGANISATION, text: { ...ORGANISATION.text, [SETTINGS_INPUT.name]: 'Jansen & Zn' } };
    expect(await submit(COLLEAGUE, { ...renamed, users: { [SETTINGS_INPUT.editors]: [] } })).toMatchObject({
      response_action: 'update',
    });
    expect(await answer(FINGERPRINT)).toContain('Bij Jansen &amp; Zn');
    expect(settingsButton(await homeOf(COLLEAGUE))).toBeDefined();
  });
});
