import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

/** A process the bench started: an app under test or the Slack stub, on a loopback port. */
export interface Service {
  name: string;
  pid: number;
  port: number;
  /** Resident memory of the process now, from /proc/<pid>/status (VmRSS), in MB. */
  rssMb(): number;
  /** CPU time the process has used so far (user + system), in ms, from /proc/<pid>/stat. */
  cpuMs(): number;
  /** The last lines it wrote, for a failure report. */
  output(): string;
  stop(): Promise<void>;
}

const GUARD = fileURLToPath(new URL('./exit-with-parent.js', import.meta.url));
const READY_TIMEOUT_MS = 15_000;
const STOP_GRACE_MS = 3_000;
const OUTPUT_LINES = 40;

const running = new Set<ChildProcess>();
// However the bench ends, nothing it started outlives it.
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

export interface ServiceOptions {
  env: Record<string, string>;
  /** Answered (below 500) once the service is ready. */
  readyPath?: string;
  /** Node's own options, before the script. */
  nodeArgs?: readonly string[];
}

/** Starts `node <script>` with PORT set to a free port and waits until it answers HTTP on `readyPath`. */
export async function startService(
  name: string,
  script: string,
  { env, readyPath = '/', nodeArgs = [] }: ServiceOptions,
): Promise<Service> {
  const port = await freePort();
  const child = spawnNode([...nodeArgs, script], { ...env, PORT: String(port) }, 'ignore');
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    lines.splice(0, Math.max(0, lines.length - OUTPUT_LINES));
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const service: Service = {
    name,
    pid: child.pid ?? -1,
    port,
    rssMb: () => rssMb(child.pid ?? -1),
    cpuMs: () => cpuMs(child.pid ?? -1),
    output: () => lines.join('\n'),
    stop: () => stop(child),
  };
  try {
    await waitUntilReady(child, port, readyPath);
  } catch (error) {
    await service.stop();
    throw new Error(`${name} did not start: ${(error as Error).message}\n${service.output()}`);
  }
  return service;
}

/** Runs `node <script>` to its end (a step before the apps start, such as seeding a database). */
export async function runScript(name: string, script: string, env: Record<string, string>): Promise<void> {
  const child = spawnNode([script], env, 'ignore');
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-4_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
  if (code !== 0) throw new Error(`${name} exited with code ${code}\n${output}`);
}

/** `node <args>` with the exit-with-parent guard, its output piped; it dies with the bench. */
export function spawnNode(
  args: readonly string[],
  env: Record<string, string>,
  stdin: 'ignore' | 'pipe',
): ChildProcess {
  const child = spawn(process.execPath, ['--import', GUARD, ...args], {
    env: { ...process.env, ...env },
    stdio: [stdin, 'pipe', 'pipe', 'ipc'],
  });
  running.add(child);
  child.once('exit', () => running.delete(child));
  return child;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** Polls every `everyMs` until the child answers HTTP on `path`. */
export async function waitUntilReady(child: ChildProcess, port: number, path: string, everyMs = 50): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`exited with code ${child.exitCode}`);
    if (await answers(port, path)) return;
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
  throw new Error(`no answer on port ${port} within ${READY_TIMEOUT_MS / 1000} s`);
}

function answers(port: number, path: string): Promise<boolean> {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, path, timeout: 1_000 }, (res) => {
      res.resume();
      resolve((res.statusCode ?? 500) < 500);
    });
    req.once('error', () => resolve(false));
    req.once('timeout', () => req.destroy());
    req.end();
  });
}

function rssMb(pid: number): number {
  try {
    const kb = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) / 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

/** Linux reports CPU time in clock ticks of 10 ms (USER_HZ, 100 on every mainstream architecture). */
const MS_PER_TICK = 10;

function cpuMs(pid: number): number {
  try {
    // The command name (field 2) may hold spaces; the fields after its closing parenthesis do not.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * MS_PER_TICK;
  } catch {
    return Number.NaN;
  }
}

export async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
  await exited;
  clearTimeout(timer);
}
