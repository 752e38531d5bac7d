import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Document, isMap, parseDocument } from 'yaml';
import { guideOf } from '../../src/guide/guide.js';
import { PACKAGE_ROOT } from '../../src/knowledge/load.js';
import { conversationScreen, decode } from '../../src/slack/ui/screens.js';
import { buttonIn, buttonsIn, type FoundButton } from '../helpers/buttons.js';
import { realKb } from '../helpers/knowledge.js';
import { BOT_TOKEN, SIGNING_SECRET, until } from '../helpers/live-app.js';
import { blockActions, ephemeralContainer, slashCommand } from '../helpers/payloads.js';
import { encodeForSlack, signedHeaders } from '../helpers/signing.js';
import { type SlackStub, startSlackStub } from '../helpers/slack-stub.js';

/** The built program, as `npm start` runs it (`npm test` builds first). */
const MAIN = fileURLToPath(new URL('../../dist/main.js', import.meta.url));

/** The question a flow file starts with for most askers. */
function startOf(flow: Document): string {
  const start = flow.get('start');
  return isMap(start) ? String(start.get('default')) : String(start);
}

interface Running {
  child: ChildProcess;
  base: string;
  exited: Promise<number | null>;
}

describe('restarts and deploys', () => {
  let stub: SlackStub;
  let dir: string;
  const running: Running[] = [];

  beforeAll(async () => {
    stub = await startSlackStub();
    // A copy of the knowledge, so that a test can change a flow as a deploy would.
    dir = mkdtempSync(join(tmpdir(), 'mw-restart-'));
    for (const folder of ['knowledge', 'flows'])
      cpSync(join(PACKAGE_ROOT, folder), join(dir, folder), { recursive: true });
  });
  afterAll(async () => {
    for (const run of running) run.child.kill('SIGKILL');
    await stub.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Starts dist/main.js in HTTP mode on 127.0.0.1 with the copied knowledge, and waits until it listens. */
  async function startApp(): Promise<Running> {
    const env = {
      PATH: process.env.PATH ?? '',
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      PORT: '0',
      HOST: '127.0.0.1',
      SLACK_API_URL: stub.apiUrl,
      MONITORWIJZER_DIR: dir,
    };
    const child = spawn(process.execPath, [MAIN], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (d) => (stderr += d));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    await until(() => /HTTP mode on port \d+/.test(stderr) || child.exitCode !== null, 'the app to listen');
    const port = /HTTP mode on port (\d+)/.exec(stderr)?.[1];
    if (!port) throw new Error(`the app did not start:\n${stderr}`);
    const run = { child, base: `http://127.0.0.1:${port}`, exited };
    running.push(run);
    return run;
  }

  let replies = 0;
  /** Sends a signed payload with a fresh response_url and returns the blocks the app answers with there. */
  async function send(app: Running, payload: object): Promise<any[]> {
    const hook = `r${++replies}`;
    const { body, contentType } = encodeForSlack({ ...payload, response_url: stub.hookUrl(hook) } as Record<
      string,
      unknown
    >);
    const response = await fetch(`${app.base}/slack/events`, {
      method: 'POST',
      body,
      headers: signedHeaders(SIGNING_SECRET, body, contentType),
    });
    expect(response.status).toBe(200);
    await until(() => stub.calls.some((c) => c.hook === hook), 'the answer');
    return stub.calls.find((c) => c.hook === hook)!.body.blocks;
  }
  const click = (app: Running, button: FoundButton) => send(app, blockActions(button, ephemeralContainer));
  const options = (blocks: any[]) => buttonsIn(blocks).filter((b) => b.action_id.startsWith('mw.go.option.'));

  let oldStep: FoundButton;

  it('goes on with a conversation after the app was killed in the middle of it', async () => {
    const first = await startApp();
    const question = await send(first, slashCommand('mijn baas wil mijn vingerafdruk'));
    const next = await click(first, options(question)[0]!);
    oldStep = options(next)[0]!;
    first.child.kill('SIGKILL');
    expect(await first.exited).toBeNull();

    const second = await startApp();
    const after = await click(second, oldStep);
    const decoded = decode(guideOf(realKb()), oldStep.value);
    expect(decoded.ok).toBe(true);
    // the step the first process would have shown: the state in the button is all a process needs
    expect(after).toEqual(decoded.ok && conversationScreen(guideOf(realKb()), decoded.conversation).blocks);
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  });

  it('goes on when a deploy changed only the wording of the flow', async () => {
    const file = join(dir, 'flows/biometrics.yml');
    const flow = parseDocument(readFileSync(file, 'utf8'));
    const question = ['questions', startOf(flow), 'question', 'nl'];
    flow.setIn(question, `${String(flow.getIn(question))} (nieuwe formulering)`);
    writeFileSync(file, flow.toString());
    const app = await startApp();
    const after = await click(app, oldStep);
    expect(JSON.stringify(after)).not.toContain('bijgewerkt');
    expect(buttonsIn(after).length).toBeGreaterThan(0);
    app.child.kill('SIGTERM');
    await app.exited;
  });

  it('says the guidance was updated, with a restart button, when a deploy changed the answers on the way', async () => {
    const file = join(dir, 'flows/biometrics.yml');
    const flow = parseDocument(readFileSync(file, 'utf8'));
    const start = startOf(flow);
    for (const option of (
      flow.getIn(['questions', start, 'options']) as {
        items: { set(k: string, v: string): void; get(k: string): unknown }[];
      }
    ).items)
      option.set('id', `${String(option.get('id'))}_v2`);
    writeFileSync(file, flow.toString());

    const app = await startApp();
    const notice = await click(app, oldStep);
    expect(JSON.stringify(notice)).toContain('Deze uitleg is bijgewerkt sinds je begon');
    const restart = buttonIn(notice, 'mw.go.start.biometrics');
    const fresh = await click(app, restart);
    expect(options(fresh).map((b) => b.action_id)).toEqual(expect.arrayContaining([expect.stringMatching(/_v2$/)]));
    app.child.kill('SIGTERM');
    await app.exited;
  });
});
