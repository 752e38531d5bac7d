import { loadKnowledge } from '../../src/knowledge/load.js';
import type { KnowledgeBase } from '../../src/knowledge/base.js';

let cached: KnowledgeBase | undefined;

/** The project's real knowledge base; fails the test with the validation report if it is invalid. */
export function realKb(): KnowledgeBase {
  if (cached) return cached;
  const { kb, diagnostics } = loadKnowledge();
  if (!kb) throw new Error(`real knowledge is invalid:\n${diagnostics.map((d) => `${d.file}:${d.line} ${d.message}`).join('\n')}`);
  return (cached = kb);
}

/** Every answer path from the start of a flow to an outcome. */
export function allPaths(kb: KnowledgeBase, flowId: string): string[][] {
  const flow = kb.flows.get(flowId)!.flow;
  const paths: string[][] = [];
  const visit = (node: string, answers: string[]) => {
    const question = flow.questions[node];
    if (!question) return void paths.push(answers);
    for (const option of question.options) visit(option.next, [...answers, option.id]);
  };
  visit(flow.start, []);
  return paths;
}
