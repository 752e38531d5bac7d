import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const BENCH = fileURLToPath(new URL('../../.bench/bench/main.js', import.meta.url));

/** The shape of `npm run bench -- --json`: scripts that read the figures rely on these keys. */
const SHAPE = {
  knowledge: ['load_ms', 'load_ms_10x', 'load_ms_100x'],
  router: ['flows', 'p50_ms', 'p99_ms'],
  engine: ['steps_per_s'],
  http: ['ours_rps', 'bare_rps', 'ratio', 'p99_ms_at_1000', 'errors'],
  rss_mb: ['idle', 'under_load'],
};

/** Runs the built bench as `npm run bench` would, after `npm test` has built it. */
function runBench(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BENCH, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('npm run bench -- --smoke --json', () => {
  it('runs every part briefly and prints one JSON object of figures, and nothing else, on stdout', {
    timeout: 90_000,
  }, async () => {
    const { code, stdout, stderr } = await runBench(['--smoke', '--json']);
    expect(code, stderr).toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    const figures = JSON.parse(stdout) as Record<string, Record<string, unknown>>;
    expect(Object.keys(figures).sort()).toEqual([...Object.keys(SHAPE), 'smoke'].sort());
    for (const [section, keys] of Object.entries(SHAPE)) {
      expect(Object.keys(figures[section] ?? {}).sort(), section).toEqual([...keys].sort());
      for (const key of keys) expect(Number.isFinite(figures[section]?.[key]), `${section}.${key}`).toBe(true);
    }
    // Only answered (2xx) requests count, so a broken signature or payload would show as 0 here.
    expect(figures.http?.ours_rps).toBeGreaterThan(0);
    expect(figures.http?.bare_rps).toBeGreaterThan(0);
  });

  it('refuses an unknown option with a usage message', async () => {
    const { code, stdout, stderr } = await runBench(['--fast']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/usage: npm run bench/);
  });
});
