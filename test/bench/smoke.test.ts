import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const BENCH = fileURLToPath(new URL('../../.bench/bench/main.js', import.meta.url));

/** The shape of `npm run bench -- --json`: scripts that read the figures rely on these keys. */
const SHAPE = {
  knowledge: ['load_ms', 'load_ms_10x', 'load_ms_100x', 'load_vs_parse'],
  router: ['flows', 'p50_ms', 'p99_ms'],
  engine: ['steps_per_s'],
  http: [
    'ours_rps',
    'same_work_rps',
    'bare_rps',
    'ratio',
    'ratio_same_work',
    'p99_ms_at_1000',
    'errors',
    'oauth_rps',
    'oauth_p99_ms_at_1000',
    'oauth_errors',
  ],
  start_ms: ['http', 'terminal'],
  rss_mb: ['idle', 'under_load'],
};
/** The latency curve (`http.curve`): one point per steady rate, with each app's ack latency. */
const CURVE_RATES = [250, 500, 1000, 2000];
const CURVE_APPS = ['ours', 'oauth', 'same_work', 'bare'];

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
    timeout: 240_000,
  }, async () => {
    const { code, stdout, stderr } = await runBench(['--smoke', '--json']);
    expect(code, stderr).toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    const figures = JSON.parse(stdout) as Record<string, Record<string, unknown>>;
    expect(Object.keys(figures).sort()).toEqual([...Object.keys(SHAPE), 'smoke'].sort());
    const { curve, ...http } = figures.http ?? {};
    for (const [section, keys] of Object.entries({ ...figures, http })) {
      if (section === 'smoke') continue;
      const expected = SHAPE[section as keyof typeof SHAPE];
      expect(Object.keys(keys).sort(), section).toEqual([...expected].sort());
      for (const key of expected) expect(Number.isFinite(keys[key]), `${section}.${key}`).toBe(true);
    }
    const points = curve as { rate: number; [app: string]: unknown }[];
    expect(points.map((p) => p.rate)).toEqual(CURVE_RATES);
    for (const point of points) {
      expect(Object.keys(point).sort()).toEqual(['rate', ...CURVE_APPS].sort());
      for (const app of CURVE_APPS) {
        const { p50_ms, p99_ms } = point[app] as { p50_ms: number; p99_ms: number };
        expect(p50_ms, `${point.rate} ${app}`).toBeGreaterThan(0);
        expect(p99_ms, `${point.rate} ${app}`).toBeGreaterThanOrEqual(p50_ms);
      }
    }
    // Only answered (2xx) requests count, so a broken signature or payload would show as 0 here, and in OAuth
    // mode so would a workspace whose installation the app cannot find or open.
    for (const app of ['ours_rps', 'oauth_rps', 'same_work_rps', 'bare_rps'])
      expect(figures.http?.[app], app).toBeGreaterThan(0);
  });

  it('refuses to write a smoke run into the docs', async () => {
    const { code, stdout, stderr } = await runBench(['--smoke', '--write-docs']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/usage: npm run bench/);
  });

  it('refuses an unknown option with a usage message', async () => {
    const { code, stdout, stderr } = await runBench(['--fast']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/usage: npm run bench/);
  });
});
