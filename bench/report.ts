import { availableParallelism, cpus, totalmem } from 'node:os';
import type { EngineFigures } from './engine.js';
import type { HttpFigures } from './http/compare.js';
import type { KnowledgeFigures } from './knowledge.js';
import type { RouterFigures } from './router.js';
import { round } from './stats.js';

export interface Figures {
  knowledge: Omit<KnowledgeFigures, 'largest'> & {
    /** The first load in a fresh process, before the JIT has warmed up: what the app pays once at start. */
    firstMs: number;
  };
  router: { real: RouterFigures; synthetic: RouterFigures };
  engine: EngineFigures;
  http: HttpFigures;
}

export interface Check {
  target: string;
  value: string;
  met: boolean;
}

/** Growth counts as roughly linear while the largest base costs at most this much more per flow than the real one. */
const LINEAR_SLACK = 1.5;

const scaledMs = (f: Figures, index: number) => f.knowledge.scaled[index]?.ms ?? Number.NaN;

/** The figures as one JSON object (`npm run -s bench -- --json`); its shape is a contract for scripts that read it. */
export function toJson(f: Figures): Record<string, Record<string, number>> {
  const { ours, bare } = f.http;
  return {
    knowledge: {
      load_ms: round(f.knowledge.realMs, 1),
      load_ms_10x: round(scaledMs(f, 0), 1),
      load_ms_100x: round(scaledMs(f, 1), 1),
    },
    router: {
      flows: f.router.synthetic.flows,
      p50_ms: round(f.router.synthetic.p50Ms, 4),
      p99_ms: round(f.router.synthetic.p99Ms, 4),
    },
    engine: { steps_per_s: Math.round(f.engine.stepsPerS) },
    http: {
      ours_rps: Math.round(ours.rps),
      bare_rps: Math.round(bare.rps),
      ratio: round(ours.rps / bare.rps, 3),
      p99_ms_at_1000: round(ours.atFixedRate.p99Ms, 2),
      errors: ours.errors,
    },
    rss_mb: { idle: round(ours.idleRssMb, 1), under_load: round(ours.peakRssMb, 1) },
  };
}

export function checks(f: Figures): Check[] {
  const largest = f.knowledge.scaled[f.knowledge.scaled.length - 1];
  const growth = largest ? largest.ms / (largest.scale * f.knowledge.realMs) : Number.NaN;
  const { ours, bare } = f.http;
  return [
    {
      target: 'HTTP req/s, ours / bare Bolt ≥ 0.7',
      value: (ours.rps / bare.rps).toFixed(2),
      met: ours.rps / bare.rps >= 0.7,
    },
    {
      target: `p99 ack latency at ${f.http.fixedRate} req/s ≤ 20 ms`,
      value: ms(ours.atFixedRate.p99Ms),
      met: ours.atFixedRate.p99Ms <= 20,
    },
    { target: 'errors (non-2xx, connection errors, timeouts) = 0', value: String(ours.errors), met: ours.errors === 0 },
    {
      target: 'real base loads and validates in ≤ 300 ms',
      value: ms(f.knowledge.realMs),
      met: f.knowledge.realMs <= 300,
    },
    {
      target: `${largest?.scale ?? '?'}× base grows roughly linearly (≤ ${LINEAR_SLACK}× per flow)`,
      value: `${growth.toFixed(2)}× per flow`,
      met: growth <= LINEAR_SLACK,
    },
    {
      target: `router p99 ≤ 1 ms on ${f.router.synthetic.flows} flows`,
      value: ms(f.router.synthetic.p99Ms),
      met: f.router.synthetic.p99Ms <= 1,
    },
    { target: 'app RSS under load ≤ 150 MB', value: `${ours.peakRssMb.toFixed(0)} MB`, met: ours.peakRssMb <= 150 },
  ];
}

/** A plain-text report: the machine, every figure, and each target as met or not. */
export function table(f: Figures, results: Check[], mode: string, loadBefore: number): string {
  const k = f.knowledge;
  const { ours, bare } = f.http;
  const knowledgeRows = [k.real, ...k.scaled].map((s) => [
    s.scale === 1 ? 'real base' : `${s.scale}× synthetic`,
    `${count(s.flows)} flows, ${count(s.files)} files`,
    ms(s.ms),
    s.scale === 1 ? `first load in a process ${ms(k.firstMs)}` : `${(s.ms / k.realMs).toFixed(1)}× the real base`,
  ]);
  const routerRows = [f.router.real, f.router.synthetic].map((r) => [
    `${count(r.flows)} flows`,
    `${r.queries} queries`,
    `p50 ${ms(r.p50Ms)}`,
    `p99 ${ms(r.p99Ms)}`,
    `index built in ${ms(r.buildMs)}`,
  ]);
  const httpRows = [
    ['', 'monitorwijzer', 'bare Bolt'],
    ['req/s at full load', count(ours.rps), count(bare.rps)],
    ['p99 at full load', ms(ours.p99Ms), ms(bare.p99Ms)],
    ['app CPU per request', `${count(ours.cpuUsPerRequest)} µs`, `${count(bare.cpuUsPerRequest)} µs`],
    ['load generator busy', percent(ours.generatorLoad), percent(bare.generatorLoad)],
    [`p50 / p99 / max at ${f.http.fixedRate} req/s`, latencies(ours), latencies(bare)],
    ['errors', String(ours.errors), String(bare.errors)],
    [
      'RSS idle → under load',
      `${mb(ours.idleRssMb)} → ${mb(ours.peakRssMb)}`,
      `${mb(bare.idleRssMb)} → ${mb(bare.peakRssMb)}`,
    ],
  ];
  return [
    `monitorwijzer bench (${mode}) — ${machine()}`,
    `load average (1 min) before the run ${loadBefore.toFixed(2)}: other work on the machine skews every figure`,
    '',
    'Knowledge: load, validate and link (median of runs)',
    ...columns(knowledgeRows),
    '',
    'Router: time per query',
    ...columns(routerRows),
    '',
    `Engine: ${count(f.engine.stepsPerS)} steps/s (decode state, walk, view, Block Kit with every button's state; ${count(f.engine.paths)} paths)`,
    '',
    `HTTP: ${f.http.interactions.clicks} clicks and ${f.http.interactions.commands} slash commands in turn, each signed, with fresh ids`,
    `  ours made ${f.http.outboundPerRequest.toFixed(2)} calls to the Slack stub per request; the stub used ${count(f.http.stubCpuUsPerRequest)} µs of CPU per request`,
    ...columns(httpRows),
    '',
    'Targets',
    ...columns(results.map((c) => [c.met ? 'met    ' : 'NOT MET', c.target, c.value])),
  ].join('\n');
}

function machine(): string {
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  return `${availableParallelism()} cores (${cpu}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${new Date().toISOString().slice(0, 16)}Z`;
}

function columns(rows: string[][]): string[] {
  const widths = rows.reduce<number[]>((w, row) => row.map((cell, i) => Math.max(w[i] ?? 0, cell.length)), []);
  return rows.map((row) => `  ${row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('   ')}`.trimEnd());
}

const latencies = ({ atFixedRate: r }: HttpFigures['ours']) => [r.p50Ms, r.p99Ms, r.maxMs].map(ms).join(' / ');
const count = (n: number) => Math.round(n).toLocaleString('en-US');
const percent = (share: number) => `${Math.round(share * 100)}% of a core`;
const mb = (n: number) => `${n.toFixed(0)} MB`;

function ms(n: number): string {
  if (n >= 1000) return `${(n / 1000).toFixed(2)} s`;
  if (n >= 10) return `${n.toFixed(0)} ms`;
  if (n >= 1) return `${n.toFixed(1)} ms`;
  return `${n.toFixed(3)} ms`;
}
