import { readFileSync, writeFileSync } from 'node:fs';
import { latencyChart } from './chart.js';
import type { HttpFigures } from './http/compare.js';
import { REPO } from './paths.js';

/**
 * `npm run bench -- --write-docs`: the run's report goes into docs/benchmarks.md, between the two markers,
 * and its latency curve into docs/benchmarks-latency.svg. Everything outside the markers is left as it is.
 */

const DOC = `${REPO}docs/benchmarks.md`;
const CHART = 'benchmarks-latency.svg';
export const BEGIN = '<!-- bench:results:begin (npm run bench -- --write-docs writes from here to the end marker) -->';
export const END = '<!-- bench:results:end -->';

export function writeDocs(report: string, json: string, http: HttpFigures, date: string): void {
  const doc = readFileSync(DOC, 'utf8');
  const from = doc.indexOf(BEGIN);
  const to = doc.indexOf(END);
  if (from < 0 || to < from) throw new Error(`docs/benchmarks.md lacks the markers ${BEGIN} … ${END}`);
  writeFileSync(`${REPO}docs/${CHART}`, latencyChart(http, `Ack latency at a steady rate, ${date}`));
  const block = [
    BEGIN,
    '',
    '```text',
    report,
    '```',
    '',
    `![p50 and p99 ack latency of the three apps at 250 to 2,000 requests per second](${CHART})`,
    '',
    'The same run with `--json`:',
    '',
    '```json',
    json,
    '```',
    '',
  ].join('\n');
  writeFileSync(DOC, doc.slice(0, from) + block + doc.slice(to));
}
