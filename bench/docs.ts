import { readFileSync, writeFileSync } from 'node:fs';
import { latencyChart } from './chart.js';
import type { HttpFigures } from './http/compare.js';
import { REPO } from './paths.js';

/**
 * `--write-docs`: a run's report goes into docs/benchmarks.md between its block's two markers (`results` for the
 * full run, with the latency curve in docs/benchmarks-latency.svg; `heap-sweep` for --heap-sweep). Everything
 * outside the markers is left as it is.
 */

const DOC = `${REPO}docs/benchmarks.md`;
const CHART = 'benchmarks-latency.svg';

type Block = 'results' | 'heap-sweep';

const markers = (block: Block) => ({
  begin: `<!-- bench:${block}:begin (written by npm run bench -- --write-docs) -->`,
  end: `<!-- bench:${block}:end -->`,
});

export function writeResults(report: string, json: string, http: HttpFigures, date: string): void {
  writeBlock('results', [
    '```text',
    report,
    '```',
    '',
    `![p50 and p99 ack latency of each app at each steady rate](${CHART})`,
    '',
    'The same run as `--json` prints it:',
    '',
    '```json',
    json,
    '```',
  ]);
  writeFileSync(`${REPO}docs/${CHART}`, latencyChart(http, `Ack latency at a steady rate, ${date}`));
}

export function writeSweep(report: string): void {
  writeBlock('heap-sweep', ['```text', report, '```']);
}

function writeBlock(block: Block, lines: string[]): void {
  const doc = readFileSync(DOC, 'utf8');
  const { begin, end } = markers(block);
  const from = doc.indexOf(begin);
  const to = doc.indexOf(end, from);
  if (from < 0 || to < from) throw new Error(`docs/benchmarks.md lacks the markers ${begin} … ${end}`);
  writeFileSync(DOC, [doc.slice(0, from) + begin, '', ...lines, '', doc.slice(to)].join('\n'));
}
