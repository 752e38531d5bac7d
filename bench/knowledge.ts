import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { KnowledgeBase } from '../src/knowledge/base.js';
import { listYaml, loadKnowledge } from '../src/knowledge/load.js';
import { REPO } from './paths.js';
import { median, timed } from './stats.js';
import { writeScaledBase } from './synthetic.js';

export interface ScaleFigure {
  scale: number;
  flows: number;
  files: number;
  ms: number;
}

export interface KnowledgeFigures {
  /** Median over the runs on the real base. */
  realMs: number;
  /** The floor: reading the same files and only parsing them (`yaml.parse`), median over as many runs. */
  parseMs: number;
  real: ScaleFigure;
  scaled: ScaleFigure[];
  /** The largest synthetic base, loaded, for the router measurements. */
  largest: KnowledgeBase;
}

export interface KnowledgePlan {
  realRuns: number;
  /** Scale factor → number of runs (the median is reported). */
  scales: { scale: number; runs: number }[];
  /** A fresh temporary folder for the synthetic bases. */
  workDir: string;
}

export function measureKnowledge(plan: KnowledgePlan): KnowledgeFigures {
  const realLoads = timeLoads(REPO, plan.realRuns);
  const parseMs = median(Array.from({ length: plan.realRuns }, () => timed(() => parseOnly(REPO)).ms));
  const real = figure(1, realLoads);
  let largest = realLoads.kb;
  const scaled = plan.scales.map(({ scale, runs }) => {
    const loads = timeLoads(writeScaledBase(REPO, scale, join(plan.workDir, `x${scale}`)).root, runs);
    largest = loads.kb;
    return figure(scale, loads);
  });
  return { realMs: real.ms, parseMs, real, scaled, largest };
}

/** The files loadKnowledge reads, each read and parsed by the yaml package, nothing more. */
function parseOnly(root: string): number {
  const files = [...listYaml(join(root, 'knowledge'), true), ...listYaml(join(root, 'flows'), false)];
  return files.reduce((n, file) => (parse(readFileSync(file, 'utf8')) ? n + 1 : n), 0);
}

interface Loads {
  ms: number[];
  kb: KnowledgeBase;
  files: number;
}

const figure = (scale: number, loads: Loads): ScaleFigure => ({
  scale,
  flows: loads.kb.flows.size,
  files: loads.files,
  ms: median(loads.ms),
});

function timeLoads(root: string, runs: number): Loads {
  const ms: number[] = [];
  let last = timed(() => loadKnowledge({ root }));
  ms.push(last.ms);
  // Only the latest result is kept, so earlier bases do not weigh on later runs' garbage collection.
  for (let i = 1; i < runs; i++) {
    last = timed(() => loadKnowledge({ root }));
    ms.push(last.ms);
  }
  const { kb, diagnostics, files } = last.result;
  if (!kb) {
    const first = diagnostics.slice(0, 5).map((d) => `${d.file}:${d.line} ${d.message}`);
    throw new Error(`knowledge in ${root} does not validate:\n${first.join('\n')}`);
  }
  return { ms, kb, files };
}
