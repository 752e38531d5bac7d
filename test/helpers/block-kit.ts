import { readFileSync } from 'node:fs';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { textLength } from '../../src/slack/ui/block-kit.js';

/**
 * Checks Block Kit against the schema in test/fixtures/slack-schemas (see PROVENANCE.md there) and against
 * Slack's limits the schema does not enforce. Returns every problem, so a failing test names them all.
 */

const SCHEMA_URL = new URL('../fixtures/slack-schemas/slack-block-kit.schema.json', import.meta.url);

export const SLACK_LIMITS = {
  messageBlocks: 50,
  viewBlocks: 100,
  sectionText: 3000,
  buttonText: 75,
  buttonValue: 2000,
  /**
   * Slack rejects messages far below its documented 40k characters (msg_blocks_too_long at about 13.2k of
   * block text, bolt-js #2509); messages must stay well under that.
   */
  messageText: 11_000,
} as const;

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
const schema = JSON.parse(readFileSync(SCHEMA_URL, 'utf8')) as { $id: string };
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema(schema);
const validators = {
  blocks: ajv.getSchema(schema.$id) as ValidateFunction,
  modal: ajv.compile({ $ref: `${schema.$id}#/$defs/modal_view` }),
  home: ajv.compile({ $ref: `${schema.$id}#/$defs/home_view` }),
};

interface Message {
  text?: string;
  blocks: unknown[];
}

export function messageProblems(message: Message): string[] {
  return [
    ...schemaProblems(validators.blocks, message.blocks),
    ...limitProblems(message.blocks, SLACK_LIMITS.messageBlocks),
    ...(!message.text ? ['message has no notification text'] : []),
  ];
}

export function viewProblems(view: { type: string; blocks: unknown[] }): string[] {
  const validate = view.type === 'home' ? validators.home : validators.modal;
  return [...schemaProblems(validate, view), ...limitProblems(view.blocks, SLACK_LIMITS.viewBlocks)];
}

function schemaProblems(validate: ValidateFunction, data: unknown): string[] {
  if (validate(data)) return [];
  // oneOf/anyOf produce one error per alternative; the deepest paths say what is wrong.
  const errors = validate.errors ?? [];
  const deepest = Math.max(...errors.map((e) => e.instancePath.split('/').length));
  return errors
    .filter((e) => e.instancePath.split('/').length >= deepest - 1)
    .map((e) => `schema: ${e.instancePath} ${e.message}`);
}

function limitProblems(blocks: unknown[], maxBlocks: number): string[] {
  const problems: string[] = [];
  if (blocks.length > maxBlocks) problems.push(`${blocks.length} blocks (limit ${maxBlocks})`);
  const ids = blocks.map((b) => (b as { block_id?: string }).block_id).filter((id): id is string => id !== undefined);
  const duplicates = ids.filter((id, i) => ids.indexOf(id) !== i);
  if (duplicates.length) problems.push(`duplicate block_id: ${duplicates.join(', ')}`);
  for (const text of strings(blocks, 'text'))
    if (text.length > SLACK_LIMITS.sectionText)
      problems.push(`text of ${text.length} characters (limit ${SLACK_LIMITS.sectionText})`);
  for (const value of strings(blocks, 'value'))
    if (value.length > SLACK_LIMITS.buttonValue) problems.push(`button value of ${value.length} characters`);
  const total = textLength(blocks);
  if (total > SLACK_LIMITS.messageText)
    problems.push(`${total} characters of text in total (budget ${SLACK_LIMITS.messageText})`);
  return problems;
}

function strings(node: unknown, key: string): string[] {
  if (Array.isArray(node)) return node.flatMap((n) => strings(n, key));
  if (!node || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([k, v]) => (k === key && typeof v === 'string' ? [v] : strings(v, key)));
}
