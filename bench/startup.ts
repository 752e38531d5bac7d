import type { ChildProcess } from 'node:child_process';
import { HEALTH_PATH } from '../src/slack/app.js';
import { freePort, spawnNode, stop, waitUntilReady } from './http/processes.js';
import { REPO } from './paths.js';

/**
 * From spawning `node <npm start's flags> dist/main.js` on a built checkout to the app being usable: answering
 * HTTP (the health check, polled every few ms) or showing the terminal guide's prompt. One fresh process per run.
 */

const APP = `${REPO}dist/main.js`;
const POLL_MS = 2;
/** The terminal guide writes its prompt, `> `, after the welcome text (also when stdin is a pipe). */
const PROMPT = '\n> ';

export async function timeHttpStart(env: Record<string, string>, nodeArgs: readonly string[]): Promise<number> {
  const port = await freePort();
  const began = performance.now();
  const child = drained(spawnNode([...nodeArgs, APP], { ...env, PORT: String(port) }, 'ignore'));
  try {
    await waitUntilReady(child, port, HEALTH_PATH, POLL_MS);
    return performance.now() - began;
  } finally {
    await stop(child);
  }
}

export async function timeTerminalStart(nodeArgs: readonly string[]): Promise<number> {
  const env = { SLACK_BOT_TOKEN: '', SLACK_APP_TOKEN: '', SLACK_SIGNING_SECRET: '', MONITORWIJZER_DIR: '' };
  const began = performance.now();
  const child = spawnNode([...nodeArgs, APP], env, 'pipe');
  child.stderr?.resume();
  try {
    await new Promise<void>((resolve, reject) => {
      let seen = '';
      child.stdout?.on('data', (chunk: Buffer) => {
        seen = (seen + chunk.toString('utf8')).slice(-PROMPT.length);
        if (seen === PROMPT) resolve();
      });
      child.once('exit', (code) => reject(new Error(`the terminal guide exited (${code}) before its prompt`)));
    });
    return performance.now() - began;
  } finally {
    child.stdin?.end();
    await stop(child);
  }
}

function drained(child: ChildProcess): ChildProcess {
  child.stdout?.resume();
  child.stderr?.resume();
  return child;
}
