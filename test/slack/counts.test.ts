import { describe, expect, it } from 'vitest';
import { ACTIONS, SETTINGS_INPUT } from '../../src/slack/ui/ids.js';
import { quarterOf } from '../../src/store/counts.js';
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
  modalContainer,
  settingsSubmission,
  slashCommand,
} from '../helpers/payloads.js';

const INSTALLER = IDS.user;
const CONFIDANT = IDS.colleague;
const ASKER = 'U0ASKR0001';
const CHANNEL = 'C0PRIV0001';
const QUESTION = 'mag mijn baas mijn vingerafdruk gebruiken om in te loggen op de kassa';

const SETTINGS = {
  text: { [SETTINGS_INPUT.name]: 'Bakkerij Jansen' },
  select: { [SETTINGS_INPUT.representation]: 'or' },
};
const COUNTING_ON = {
  ...SETTINGS,
  checked: { [SETTINGS_INPUT.counting]: ['on'] },
  user: { [SETTINGS_INPUT.confidant]: CONFIDANT },
};

describe.each(ENGINES)('topic counts in Slack, on $name', (engine) => {
  const env = useInstalledApp(engine);

  const calls = (method: string) => env.stub.calls.filter((c) => c.method === method);

  async function submit(fields: Parameters<typeof settingsSubmission>[1]) {
    const response = await env.app.post(settingsSubmission(INSTALLER, fields));
    expect(((await response.json()) as { response_action: string }).response_action).toBe('update');
  }

  async function homeOf(user: string) {
    const before = calls('views.publish').length;
    await env.app.post(homeOpenedBy(user));
    await until(() => calls('views.publish').length > before, 'Home');
    return calls('views.publish').at(-1)!.body.view;
  }

  /** Someone else than the installer asks in a channel, then takes the first option of every question. */
  async function answer(text: string): Promise<string> {
    let request: Record<string, unknown> = { ...slashCommand(text, CHANNEL), user_id: ASKER };
    for (let step = 0; step < 8; step++) {
      const id = `step-${calls('hook').length}`;
      await env.app.post({ ...request, response_url: env.stub.hookUrl(id) });
      await until(() => calls('hook').some((c) => c.hook === id), 'the next step');
      const { blocks } = calls('hook').find((c) => c.hook === id)!.body;
      const option = buttonsIn(blocks).find((b) => b.action_id.startsWith('mw.go.option.'));
      if (!option) return JSON.stringify(blocks);
      const click = blockActions(option);
      request = { ...click, user: { ...click.user, id: ASKER } };
    }
    throw new Error('no answer after 8 steps');
  }

  it('counts nothing until switched on, then a start and the verdict reached, and nothing that identifies', async () => {
    await answer(QUESTION);
    await submit(COUNTING_ON);
    const reached = await answer(QUESTION);
    await env.app.stop();
    const rows = await env.store.db.query<{ quarter: string; topic: string; measure: string; n: string }>(
      'select quarter, topic, measure, n from topic_counts order by measure',
    );
    expect(rows.map((r) => r.quarter)).toEqual([quarterOf(new Date()), quarterOf(new Date())]);
    expect(rows.map((r) => [r.measure === 'started' ? 'started' : 'verdict', Number(r.n)]).sort()).toEqual([
      ['started', 1],
      ['verdict', 1],
    ]);
    expect(new Set(rows.map((r) => r.topic)).size).toBe(1);
    expect(reached).not.toContain('mw.go.option.');

    const tables = await env.store.db.query<{ table_name: string }>(
      `select table_name from information_schema.tables where table_schema = current_schema()`,
    );
    for (const { table_name } of tables) {
      const dump = JSON.stringify(await env.store.db.query(`select * from ${table_name}`));
      for (const identifying of [ASKER, CHANNEL, 'vingerafdruk', 'kassa', 'mw.go.option'])
        expect(dump, `${identifying} in ${table_name}`).not.toContain(identifying);
    }
    for (const line of env.app.logs) expect(line).not.toContain(rows[0]!.topic);
  });

  it('shows the overview to the editors and the vertrouwenspersoon only, as valid Block Kit, with its CSV', async () => {
    await submit(COUNTING_ON);
    const countsButton = (view: { blocks: unknown[] }) =>
      buttonsIn(view.blocks as never).find((b) => b.action_id === ACTIONS.counts);
    expect(countsButton(await homeOf(INSTALLER))).toBeDefined();
    expect(countsButton(await homeOf(ASKER))).toBeUndefined();
    const home = await homeOf(CONFIDANT);
    expect(viewProblems(home)).toEqual([]);
    expect(JSON.stringify(home.blocks)).toContain('Je organisatie heeft het jaaroverzicht aangezet');

    await env.app.post({ ...blockActions(countsButton(home)!, homeContainer), user: { id: CONFIDANT } });
    await until(() => calls('views.open').length === 1, 'the overview');
    const overview = calls('views.open')[0]!.body.view;
    expect(viewProblems(overview)).toEqual([]);
    expect(JSON.stringify(overview.blocks)).toContain('Dit kwartaal loopt nog');

    const csv = buttonsIn(overview.blocks).find((b) => b.action_id === ACTIONS.countsCsv)!;
    await env.app.post({ ...blockActions(csv, modalContainer), user: { id: CONFIDANT } });
    await until(() => calls('views.push').length === 1, 'the CSV');
    expect(viewProblems(calls('views.push')[0]!.body.view)).toEqual([]);

    await env.app.post({ ...blockActions(countsButton(home)!, homeContainer), user: { id: ASKER } });
    await until(() => calls('views.open').length === 2, 'the refusal');
    expect(JSON.stringify(calls('views.open')[1]!.body.view)).toContain('Alleen de instellingenbeheerders');
  });

  it('says in the privacy notice what is counted, and that nothing is while it is off', async () => {
    const privacy = async () => {
      const id = `privacy-${calls('hook').length}`;
      await env.app.post({ ...slashCommand('privacy'), response_url: env.stub.hookUrl(id) });
      await until(() => calls('hook').some((c) => c.hook === id), 'the notice');
      return JSON.stringify(calls('hook').find((c) => c.hook === id)!.body.blocks);
    };
    expect(await privacy()).toContain('dat staat nu uit, dus ik tel niets');
    await submit(COUNTING_ON);
    const on = await privacy();
    expect(on).toContain('per kwartaal en per onderwerp alleen');
    expect(on).toContain('Niet wie, niet in welk kanaal');
  });
});
