#!/usr/bin/env node
import { realpathSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { guideSettings } from '../config.js';
import { loadGuide } from '../guide/guide.js';
import { PACKAGE_ROOT } from '../knowledge/load.js';
import { ASKERS, Asker, Lang } from '../knowledge/schema.js';
import {
  ask,
  type Context,
  evaluation,
  graph,
  listFlows,
  type Output,
  parseAnswers,
  UsageError,
  validation,
  walkFlow,
} from './commands.js';
import { writeDocs } from './docs.js';
import { siteCommand } from './site.js';
import { runChat } from './terminal.js';

const HELP = `monitorwijzer: guidance on workplace monitoring rules in the Netherlands

Usage:
  monitorwijzer [chat]                         interactive guide in the terminal
  monitorwijzer ask "<question>"               topics that match a question, best first
  monitorwijzer walk <flow> [--asker <id>] [--answers a,b+c,?]
                                               the step those answers lead to
  monitorwijzer flows                          every topic (--json: the whole knowledge base)
  monitorwijzer validate                       check every knowledge and flow file
  monitorwijzer graph <flow>                   the flow as a Mermaid flowchart
  monitorwijzer docs                           write docs/flows/*.md (a graph and outcome table per flow)
                                               and the answer example in README.md
  monitorwijzer eval [<file or folder>...]     walk realistic questions to their answers and score them
                                               (default: test/scenarios)
  monitorwijzer site --out <folder>            write the guide as static web pages (Dutch and English)

Options:
  --lang nl|en      language of the answers (default: nl)
  --json            machine-readable output (ask, walk, flows, eval)
  --asker <id>      who asks (walk): ${ASKERS.join(', ')}
  --answers <ids>   one answer per question, comma-separated (walk): an option id,
                    several joined with + where a question takes several, ? for "weet ik niet"
  --dir <folder>    folder holding knowledge/ and flows/ (default: the installed package;
                    or set MONITORWIJZER_DIR)
  --out <folder>    where site writes the pages
  --org <file>      organisation settings (default: organisation.yml if present;
                    or set MONITORWIJZER_ORG)
  -h, --help        this help

Exit codes: 0 success, 1 invalid knowledge, 2 wrong usage (unknown command, flow or option).`;

const COMMANDS = new Set(['chat', 'ask', 'walk', 'flows', 'validate', 'graph', 'docs', 'eval', 'site']);

const OPTIONS = {
  lang: { type: 'string', default: 'nl' },
  json: { type: 'boolean', default: false },
  answers: { type: 'string', default: '' },
  asker: { type: 'string' },
  dir: { type: 'string' },
  org: { type: 'string' },
  out: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

function parseCommandLine(argv: string[]) {
  try {
    return { ok: true as const, ...parseArgs({ args: argv, allowPositionals: true, options: OPTIONS }) };
  } catch (e) {
    return { ok: false as const, message: (e as Error).message };
  }
}

export async function main(argv: string[]): Promise<number> {
  const args = parseCommandLine(argv);
  if (!args.ok) return usage(args.message);
  const { values, positionals } = args;
  const [command = 'chat', ...rest] = positionals;
  if (values.help) return print({ stdout: HELP, code: 0 });
  if (!COMMANDS.has(command)) return usage(`unknown command "${command}"`);
  const lang = Lang.safeParse(values.lang);
  if (!lang.success) return usage(`--lang must be nl or en, not "${values.lang}"`);
  const asker = Asker.optional().safeParse(values.asker);
  if (!asker.success) return usage(`--asker must be one of ${ASKERS.join(', ')}, not "${values.asker}"`);

  const fromEnv = guideSettings(process.env);
  const dir = values.dir ?? fromEnv.dir;
  const loaded = loadGuide({ dir, org: values.org ?? fromEnv.org, cached: command !== 'validate' });
  if (command === 'validate' || !loaded.ok)
    return print(validation(loaded.diagnostics, loaded.ok ? loaded.guide.kb : undefined, loaded.files));

  const ctx: Context = { guide: loaded.guide, lang: lang.data, json: values.json };
  try {
    switch (command) {
      case 'ask':
        if (rest.length === 0)
          return usage('ask needs a question, e.g. monitorwijzer ask "mag mijn baas mijn vingerafdruk gebruiken?"');
        return print(ask(ctx, rest.join(' ')));
      case 'walk':
        if (rest.length !== 1)
          return usage('walk needs one flow id, e.g. monitorwijzer walk biometrics --answers till');
        return print(walkFlow(ctx, rest[0] as string, parseAnswers(values.answers), asker.data));
      case 'flows':
        return print(listFlows(ctx));
      case 'graph':
        if (rest.length !== 1) return usage('graph needs one flow id, e.g. monitorwijzer graph biometrics');
        return print(graph(ctx, rest[0] as string));
      case 'docs':
        return print(writeDocs(ctx.guide, dir ?? PACKAGE_ROOT));
      case 'site':
        if (!values.out) return usage('site needs a folder to write to, e.g. monitorwijzer site --out site');
        return print(siteCommand(ctx.guide, values.out));
      case 'eval':
        return print(evaluation(ctx, rest.length ? rest : [join(PACKAGE_ROOT, 'test', 'scenarios')]));
      default:
        await runChat({ guide: ctx.guide, lang: ctx.lang });
        return 0;
    }
  } catch (e) {
    if (e instanceof UsageError) return usage(e.message);
    throw e;
  }
}

function print(out: Output): number {
  if (out.stdout) process.stdout.write(`${out.stdout}\n`);
  if (out.stderr) process.stderr.write(`${out.stderr}\n`);
  return out.code;
}

function usage(message: string): number {
  process.stderr.write(`monitorwijzer: ${message}\nRun "monitorwijzer --help" for usage.\n`);
  return 2;
}

/** True when this file is the program being run (also through npm's bin symlink), not an import. */
function isEntryPoint(): boolean {
  try {
    return !!process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url);
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
