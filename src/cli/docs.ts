import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Answer, type Conversation, walk } from '../guide/conversation.js';
import { flowDoc, flowIndex } from '../guide/flowdoc.js';
import { type Guide, guideOf } from '../guide/guide.js';
import { leadFor } from '../guide/suggest.js';
import type { KnowledgeBase } from '../knowledge/base.js';
import type { Asker } from '../knowledge/schema.js';
import { blocksAsText } from '../slack/ui/preview.js';
import { conversationScreen } from '../slack/ui/screens.js';
import type { Output } from './commands.js';

/** The generated reviewer docs: file name → content. */
export function flowDocs(kb: KnowledgeBase): Map<string, string> {
  const docs = new Map([['README.md', flowIndex(kb)]]);
  for (const entry of kb.flows.values()) docs.set(`${entry.flow.id}.md`, flowDoc(entry));
  return docs;
}

/** The question the README shows answered, as an employee asks it in Slack, and the answers still to give. */
export const README_EXAMPLE = {
  question: 'mag mijn baas mijn vingerafdruk gebruiken om in te loggen op de kassa',
  flow: 'biometrics',
  asker: 'employee' as Asker,
  answers: ['required'] as Answer[],
};

const EXAMPLE_START = '<!-- answer example: written by `npm run docs` -->';
const EXAMPLE_END = '<!-- end of answer example -->';

/**
 * The README example: the answer message to the example question, as text, between its markers. It shows what a
 * fresh install shows, without an organisation's own contacts.
 */
export function readmeExample(configured: Guide): string {
  const guide = guideOf(configured.kb, undefined);
  const { question, flow, asker, answers } = README_EXAMPLE;
  const conversation: Conversation = { ...leadFor(guide, flow, question), asker, lang: 'nl', answers };
  const walked = walk(guide.kb, conversation);
  if (!walked.ok || walked.step.type !== 'outcome')
    throw new Error(`the README example no longer reaches an answer in ${flow}: update README_EXAMPLE`);
  const screen = conversationScreen(guide, conversation);
  return [
    EXAMPLE_START,
    '```text',
    `/monitorwijzer ${question}`,
    '',
    blocksAsText(screen.blocks),
    '```',
    EXAMPLE_END,
  ].join('\n');
}

/** The README with its example brought up to date; unchanged when it has no example markers. */
export function withReadmeExample(readme: string, guide: Guide): string {
  const start = readme.indexOf(EXAMPLE_START);
  const end = readme.indexOf(EXAMPLE_END);
  if (start < 0 || end < start) return readme;
  return readme.slice(0, start) + readmeExample(guide) + readme.slice(end + EXAMPLE_END.length);
}

/** Writes docs/flows/*.md afresh, removing pages of flows that no longer exist, and the README's example. */
export function writeDocs(guide: Guide, root: string): Output {
  const dir = join(root, 'docs', 'flows');
  const docs = flowDocs(guide.kb);
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(dir)) if (name.endsWith('.md') && !docs.has(name)) rmSync(join(dir, name));
  for (const [name, content] of docs) writeFileSync(join(dir, name), content);
  const written = [`wrote ${docs.size} files to ${dir}`];
  const readme = join(root, 'README.md');
  if (existsSync(readme)) {
    const before = readFileSync(readme, 'utf8');
    const after = withReadmeExample(before, guide);
    if (after !== before) {
      writeFileSync(readme, after);
      written.push(`updated the answer example in ${readme}`);
    }
  }
  return { stdout: written.join('\n'), code: 0 };
}
