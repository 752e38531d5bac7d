import { readFileSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
import type { EngineFigures } from './engine.js';
import { APP_LABELS, APPS, type AppFigures, type CurvePoint, type HttpFigures, holds } from './http/compare.js';
import type { SweepFigures } from './http/heap-sweep.js';
import type { KnowledgeFigures } from './knowledge.js';
import { REPO } from './paths.js';
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
  /** Median over fresh starts of `node <npm start's flags> dist/main.js`, to its first answer, in ms. */
  startMs: { http: number; terminal: number };
}

export interface Check {
  /** A ratio of two figures from the same run, or an absolute figure that depends on the machine. */
  kind: 'ratio' | 'absolute';
  target: string;
  value: string;
  met: boolean;
}

/** Growth counts as roughly linear while the largest base costs at most this much more per flow than the real one. */
const LINEAR_SLACK = 1.5;
/** The rate for the absolute p99 target. */
const REFERENCE_RATE = 1000;
/** OAuth mode may cost this much more p99 at the reference rate than one bot token: the installation is cached. */
const OAUTH_P99_SLACK = 1.3;

const scaledMs = (f: Figures, index: number) => f.knowledge.scaled[index]?.ms ?? Number.NaN;
const atRate = (app: AppFigures, rate: number) => app.curve.find((p) => p.rate === rate);
const latency = (point: CurvePoint | undefined) => ({
  p50_ms: round(point?.p50Ms ?? Number.NaN, 2),
  p99_ms: round(point?.p99Ms ?? Number.NaN, 2),
});

/** The figures as one JSON object (`npm run -s bench -- --json`); its shape is a contract for scripts that read it. */
export function toJson(f: Figures): Record<string, Record<string, unknown>> {
  const { ours, oauth, sameWork, bare } = f.http.apps;
  return {
    knowledge: {
      load_ms: round(f.knowledge.realMs, 1),
      load_ms_10x: round(scaledMs(f, 0), 1),
      load_ms_100x: round(scaledMs(f, 1), 1),
      load_vs_parse: round(f.knowledge.realMs / f.knowledge.parseMs, 2),
    },
    router: {
      flows: f.router.synthetic.flows,
      p50_ms: round(f.router.synthetic.p50Ms, 4),
      p99_ms: round(f.router.synthetic.p99Ms, 4),
    },
    engine: { steps_per_s: Math.round(f.engine.stepsPerS) },
    http: {
      ours_rps: Math.round(ours.rps),
      same_work_rps: Math.round(sameWork.rps),
      bare_rps: Math.round(bare.rps),
      ratio: round(ours.rps / bare.rps, 3),
      ratio_same_work: round(ours.rps / sameWork.rps, 3),
      p99_ms_at_1000: round(atRate(ours, REFERENCE_RATE)?.p99Ms ?? Number.NaN, 2),
      errors: ours.errors,
      oauth_rps: Math.round(oauth.rps),
      oauth_p99_ms_at_1000: round(atRate(oauth, REFERENCE_RATE)?.p99Ms ?? Number.NaN, 2),
      oauth_errors: oauth.errors,
      curve: ours.curve.map(({ rate }) => ({
        rate,
        ours: latency(atRate(ours, rate)),
        oauth: latency(atRate(oauth, rate)),
        same_work: latency(atRate(sameWork, rate)),
        bare: latency(atRate(bare, rate)),
      })),
    },
    start_ms: { http: round(f.startMs.http, 0), terminal: round(f.startMs.terminal, 0) },
    rss_mb: { idle: round(ours.idleRssMb, 1), under_load: round(ours.peakRssMb, 1) },
  };
}

/** Ours against same work at each rate same work holds: the worst p99 ratio, and the rate it is at. */
function worstP99Ratio(f: Figures): { ratio: number; rate: number } {
  const { ours, sameWork } = f.http.apps;
  return sameWork.curve
    .filter(holds)
    .map((point) => ({ rate: point.rate, ratio: (atRate(ours, point.rate)?.p99Ms ?? Number.NaN) / point.p99Ms }))
    .reduce((worst, r) => (r.ratio > worst.ratio || Number.isNaN(r.ratio) ? r : worst), { ratio: 0, rate: 0 });
}

export function checks(f: Figures): Check[] {
  const largest = f.knowledge.scaled[f.knowledge.scaled.length - 1];
  const growth = largest ? largest.ms / (largest.scale * f.knowledge.realMs) : Number.NaN;
  const { ours, oauth, sameWork } = f.http.apps;
  const throughput = ours.rps / sameWork.rps;
  const p99 = worstP99Ratio(f);
  const p99AtReference = atRate(ours, REFERENCE_RATE)?.p99Ms ?? Number.NaN;
  const oauthP99AtReference = atRate(oauth, REFERENCE_RATE)?.p99Ms ?? Number.NaN;
  const oauthVsOurs = oauthP99AtReference / p99AtReference;
  const loadVsParse = f.knowledge.realMs / f.knowledge.parseMs;
  return [
    {
      kind: 'ratio',
      target: 'HTTP req/s at full load, ours / same work ≥ 0.85',
      value: throughput.toFixed(2),
      met: throughput >= 0.85,
    },
    {
      kind: 'ratio',
      target: 'p99 ack latency, ours / same work ≤ 1.3 at each rate same work holds',
      value: `${p99.ratio.toFixed(2)} (at ${count(p99.rate)} req/s)`,
      met: p99.ratio <= 1.3,
    },
    {
      kind: 'absolute',
      target: `p99 ack latency at ${count(REFERENCE_RATE)} req/s ≤ 20 ms`,
      value: ms(p99AtReference),
      met: p99AtReference <= 20,
    },
    {
      kind: 'absolute',
      target: `p99 ack latency at ${count(REFERENCE_RATE)} req/s in OAuth mode ≤ 20 ms`,
      value: ms(oauthP99AtReference),
      met: oauthP99AtReference <= 20,
    },
    {
      kind: 'ratio',
      target: `p99 ack latency at ${count(REFERENCE_RATE)} req/s, OAuth mode / one bot token ≤ ${OAUTH_P99_SLACK}`,
      value: oauthVsOurs.toFixed(2),
      met: oauthVsOurs <= OAUTH_P99_SLACK,
    },
    {
      kind: 'absolute',
      target: 'errors (non-2xx, connection errors, timeouts) = 0, with one bot token and in OAuth mode',
      value: `${ours.errors} and ${oauth.errors}`,
      met: ours.errors === 0 && oauth.errors === 0,
    },
    { kind: 'absolute', target: 'app RSS under load ≤ 150 MB', value: mb(ours.peakRssMb), met: ours.peakRssMb <= 150 },
    { kind: 'absolute', target: 'app RSS idle ≤ 100 MB', value: mb(ours.idleRssMb), met: ours.idleRssMb <= 100 },
    {
      kind: 'absolute',
      target: 'start to listening (HTTP) ≤ 1 s',
      value: ms(f.startMs.http),
      met: f.startMs.http <= 1000,
    },
    {
      kind: 'absolute',
      target: 'start to the prompt (terminal) ≤ 1 s',
      value: ms(f.startMs.terminal),
      met: f.startMs.terminal <= 1000,
    },
    {
      kind: 'ratio',
      target: 'knowledge load / yaml.parse of the same files ≤ 3',
      value: loadVsParse.toFixed(2),
      met: loadVsParse <= 3,
    },
    {
      kind: 'absolute',
      target: 'real base loads and validates in ≤ 300 ms',
      value: ms(f.knowledge.realMs),
      met: f.knowledge.realMs <= 300,
    },
    {
      kind: 'ratio',
      target: `${largest?.scale ?? '?'}× base grows roughly linearly (≤ ${LINEAR_SLACK}× per flow)`,
      value: `${growth.toFixed(2)}× per flow`,
      met: growth <= LINEAR_SLACK,
    },
    {
      kind: 'absolute',
      target: `router p99 ≤ 1 ms on ${count(f.router.synthetic.flows)} flows`,
      value: ms(f.router.synthetic.p99Ms),
      met: f.router.synthetic.p99Ms <= 1,
    },
  ];
}

/** A plain-text report: the machine, every figure, and each target as met or not. */
export function table(f: Figures, results: Check[], heading: string): string {
  const k = f.knowledge;
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
  const apps = APPS.map((app) => f.http.apps[app]);
  const row = (label: string, cell: (a: AppFigures) => string) => [label, ...apps.map(cell)];
  const httpRows = [
    ['', ...APPS.map((app) => APP_LABELS[app])],
    row('req/s at full load', (a) => count(a.rps)),
    row('  / same work', (a) => (a.rps / f.http.apps.sameWork.rps).toFixed(2)),
    row('p99 at full load', (a) => ms(a.p99Ms)),
    row('app CPU per request', (a) => `${count(a.cpuUsPerRequest)} µs`),
    row('calls to the stub per request', (a) => a.outboundPerRequest.toFixed(2)),
    row('stub CPU per request', (a) => `${count(a.stubCpuUsPerRequest)} µs`),
    row('load generator busy', (a) => percent(a.generatorLoad)),
    row('errors', (a) => String(a.errors)),
    row('RSS idle → under load', (a) => `${mb(a.idleRssMb)} → ${mb(a.peakRssMb)}`),
  ];
  const curveRows = [
    ['p50 / p99 at', ...APPS.map((app) => APP_LABELS[app])],
    ...f.http.apps.ours.curve.map(({ rate }) => [
      `${count(rate)} req/s`,
      ...apps.map((a) => {
        const point = atRate(a, rate);
        if (!point) return '-';
        const held = holds(point) ? '' : ` (held ${count(point.rps)})`;
        return `${ms(point.p50Ms)} / ${ms(point.p99Ms)}${held}`;
      }),
    ]),
  ];
  const m = f.http.message;
  return [
    heading,
    '',
    `Knowledge: load, validate and link (median of runs); yaml.parse alone of the same files ${ms(k.parseMs)}`,
    ...columns(knowledgeRows),
    '',
    'Router: time per query',
    ...columns(routerRows),
    '',
    `Engine: ${count(f.engine.stepsPerS)} steps/s (decode state, walk, view, Block Kit with every button's state; ${count(f.engine.paths)} paths)`,
    '',
    `Start (node ${[...f.http.nodeArgs, 'dist/main.js'].join(' ')}, median of runs): to listening ${ms(f.startMs.http)}, to the prompt ${ms(f.startMs.terminal)}`,
    '',
    `HTTP: ${count(f.http.interactions.clicks)} clicks and ${count(f.http.interactions.commands)} slash commands in turn, each signed, with fresh ids`,
    `  answers of ${kb(m.min)}–${kb(m.max)} (median ${kb(m.median)}, the one same work sends every time)`,
    ...columns(httpRows),
    '',
    'Ack latency at a steady rate ("held": the rate answered, when an app fell behind)',
    ...columns(curveRows),
    '',
    'Targets (ratio: two figures of this run; absolute: depends on the machine)',
    ...columns(results.map((c) => [c.met ? 'met    ' : 'NOT MET', c.kind, c.target, c.value])),
  ].join('\n');
}

/** The heap sweep: each setting's memory against its throughput and CPU per request. */
export function sweepTable(sweep: SweepFigures[], title: string): string {
  const rows = [
    ['node options', 'RSS idle', 'RSS under load', 'req/s', 'CPU per request', 'p99', 'errors'],
    ...sweep.map(({ nodeArgs, idleRssMb, load }) => [
      nodeArgs.join(' ') || '(defaults)',
      mb(idleRssMb),
      mb(load.peakRssMb),
      count(load.rps),
      `${count(load.cpuUsPerRequest)} µs`,
      ms(load.p99Ms),
      String(load.errors),
    ]),
  ];
  return [title, '', 'The app at full load, one setting after the other', ...columns(rows)].join('\n');
}

/** The run's first line: what, the machine, versions and when. */
export function heading(mode: string, loadBefore: number, loadAfter: number): string {
  return [
    `monitorwijzer bench (${mode}) — ${machine()}`,
    `load average (1 min) before the run ${loadBefore.toFixed(2)}, after ${loadAfter.toFixed(2)}: other work on the machine skews every figure`,
  ].join('\n');
}

function machine(): string {
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  const versions = ['@slack/bolt', 'autocannon'].map((name) => `${name} ${packageVersion(name)}`).join(', ');
  return `${availableParallelism()} cores (${cpu}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${versions}, ${new Date().toISOString().slice(0, 16)}Z`;
}

function packageVersion(name: string): string {
  const manifest = `${REPO}node_modules/${name}/package.json`;
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}

function columns(rows: string[][]): string[] {
  const widths = rows.reduce<number[]>((w, row) => row.map((cell, i) => Math.max(w[i] ?? 0, cell.length)), []);
  return rows.map((row) => `  ${row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('   ')}`.trimEnd());
}

const count = (n: number) => Math.round(n).toLocaleString('en-US');
const percent = (share: number) => `${Math.round(share * 100)}% of a core`;
const mb = (n: number) => `${n.toFixed(0)} MB`;
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

function ms(n: number): string {
  if (n >= 1000) return `${(n / 1000).toFixed(2)} s`;
  if (n >= 10) return `${n.toFixed(0)} ms`;
  if (n >= 1) return `${n.toFixed(1)} ms`;
  return `${n.toFixed(3)} ms`;
}
