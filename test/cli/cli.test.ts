import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fixtureRoot, TOOLS_FLOW, VALID_ROOT } from '../helpers/fixtures.js';

const BIN = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));
const PACKAGE_DIR = fileURLToPath(new URL('../../', import.meta.url));

/** Runs the built CLI as a user would; `npm test` builds before running the tests. */
function run(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    input,
    encoding: 'utf8',
    timeout: 15_000,
    env: { ...process.env, MONITORWIJZER_DIR: '', MONITORWIJZER_ORG: '' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
const fixture = ['--dir', VALID_ROOT];

describe('monitorwijzer ask', () => {
  it('ranks biometrics first for a question about a fingerprint at the till', () => {
    const { code, stdout } = run([
      'ask',
      'mag mijn baas mijn vingerafdruk gebruiken om in te loggen op de kassa',
      '--json',
    ]);
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.query).toBe('mag mijn baas mijn vingerafdruk gebruiken om in te loggen op de kassa');
    expect(out.matches[0]).toMatchObject({ flow: 'biometrics', title: expect.any(String), score: expect.any(Number) });
    expect(out.asker).toBe('employee');
  });

  it('says which answers a question already gives, and who asks', () => {
    const out = JSON.parse(run([...fixture, 'ask', 'we willen een vingerafdruk bij de kassa', '--json']).stdout);
    expect(out.matches[0]).toMatchObject({ flow: 'demo', prefilled: [{ question: 'purpose', option: 'till' }] });
  });

  it('ranks customer-ratings first for ratings in a dismissal file', () => {
    const out = JSON.parse(run(['ask', 'mogen klantbeoordelingen in mijn ontslagdossier', '--json']).stdout);
    expect(out.matches[0].flow).toBe('customer-ratings');
  });

  it('returns no matches rather than a wrong guess', () => {
    const out = JSON.parse(run(['ask', 'hoe laat sluit de kantine', '--json']).stdout);
    expect(out.matches).toEqual([]);
  });

  it('answers in English titles with --lang en', () => {
    const out = JSON.parse(run([...fixture, 'ask', 'fingerprint', '--json', '--lang', 'en']).stdout);
    expect(out.matches).toEqual([{ flow: 'demo', title: 'Demo topic', score: expect.any(Number), prefilled: [] }]);
  });
});

describe('monitorwijzer walk', () => {
  it('reports the question the answers lead to, with options and progress', () => {
    const { code, stdout } = run([...fixture, 'walk', 'demo', '--asker', 'employee', '--answers', 'till', '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      type: 'question',
      node: 'choice',
      kind: 'single',
      unknown: { label: 'Weet ik niet' },
      text: 'Is er een alternatief?',
      options: [
        { id: 'no', label: 'Nee' },
        { id: 'yes', label: 'Ja' },
      ],
      progress: { current: 2, total: 2 },
    });
  });

  it('reports an outcome with verdict, summary and cited grounds, rulings and routes', () => {
    const out = JSON.parse(
      run([...fixture, 'walk', 'demo', '--asker', 'employee', '--answers', 'till,no', '--json', '--lang', 'en']).stdout,
    );
    expect(out).toMatchObject({
      type: 'outcome',
      node: 'till_no',
      asker: { id: 'employee', label: 'Employee' },
      verdict: 'not_allowed',
      summary: 'Not allowed.',
      grounds: [{ id: 'avg-9', citation: 'AVG art. 9', url: expect.stringMatching(/^https:\/\/eur-lex/) }],
      rulings: [
        { id: 'demo-ruling', citation: 'ECLI:NL:RBAMS:2019:6005', url: expect.stringContaining('rechtspraak.nl') },
      ],
      routes: [
        { id: 'employer', name: 'Employer or HR' },
        { id: 'or', name: 'Works council' },
      ],
    });
  });

  it('takes "weet ik niet" as ? and words the question for the asker given', () => {
    const out = JSON.parse(
      run([...fixture, 'walk', 'demo', '--asker', 'manager', '--answers', 'till,?', '--json', '--lang', 'en']).stdout,
    );
    expect(out).toMatchObject({
      type: 'outcome',
      verdict: 'depends',
      asker: { id: 'manager' },
      open: { items: [{ question: 'Do you offer an alternative?', findOut: 'Ask HR.' }] },
    });
  });

  it('asks who is asking when a flow serves several and --asker is not given', () => {
    const out = JSON.parse(run([...fixture, 'walk', 'demo', '--json']).stdout);
    expect(out).toMatchObject({ type: 'asker', askers: [{ id: 'employee' }, { id: 'manager' }] });
    const missing = run([...fixture, 'walk', 'demo', '--answers', 'till']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('say who asks with --asker');
  });

  it('walks the real biometrics flow for a fingerprint at the till to a cited answer', () => {
    const out = JSON.parse(
      run(['walk', 'biometrics', '--asker', 'employee', '--answers', 'till,required', '--json']).stdout,
    );
    expect(out.type).toBe('outcome');
    expect(out.rulings.map((r: { citation: string }) => r.citation)).toContain('ECLI:NL:RBAMS:2019:6005');
  });

  it('names the organisation contacts given in --org', () => {
    const root = fixtureRoot({
      'org.yml': 'name: Acme\nrepresentation: or\ncontacts:\n  or: { name: OR Acme, how: "#or" }\n',
    });
    const out = JSON.parse(
      run([
        '--dir',
        root,
        '--org',
        `${root}/org.yml`,
        'walk',
        'demo',
        '--asker',
        'employee',
        '--answers',
        'till,no',
        '--json',
      ]).stdout,
    );
    expect(out.routes[1]).toMatchObject({ id: 'or', local: 'Bij Acme: OR Acme (#or)' });
    expect(out.routes[0].local).toBeUndefined();
  });

  it('exits 2 with a clear message for an unknown flow or option', () => {
    const flow = run([...fixture, 'walk', 'nope']);
    expect(flow.code).toBe(2);
    expect(flow.stderr).toContain('unknown flow "nope"; known flows: demo');
    const option = run([...fixture, 'walk', 'demo', '--asker', 'employee', '--answers', 'window']);
    expect(option.code).toBe(2);
    expect(option.stderr).toContain('question "purpose" has no option "window"; its options are: till, door');
  });
});

describe('monitorwijzer validate', () => {
  it('passes on valid knowledge with a summary line', () => {
    const { code, stdout } = run([...fixture, 'validate']);
    expect(code).toBe(0);
    expect(stdout.trim()).toBe(
      '✔ knowledge is valid: 1 flows, 2 questions, 3 outcomes, 1 grounds, 1 rulings, 2 routes',
    );
  });

  it('fails with file, line and a readable message on a broken flow', () => {
    const root = fixtureRoot({ 'flows/broken.yml': 'id: broken\ntitle: { nl: Kapot }\n' });
    const { code, stderr } = run(['--dir', root, 'validate']);
    expect(code).toBe(1);
    expect(stderr).toContain('flows/broken.yml:2:1 error title.en: missing English (en) translation');
    expect(stderr).toMatch(/✖ knowledge is invalid: \d+ errors, 0 warnings in 3 files/);
  });

  it('keeps the app from answering anything on invalid knowledge', () => {
    const root = fixtureRoot({ 'flows/demo.yml': 'id: demo\n' });
    const { code, stdout, stderr } = run(['--dir', root, 'ask', 'vingerafdruk']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('flows/demo.yml');
  });
});

describe('monitorwijzer flows and graph', () => {
  it('exports the whole validated knowledge base as JSON', () => {
    const out = JSON.parse(run([...fixture, 'flows', '--json']).stdout);
    expect(out.flows.map((f: { id: string }) => f.id)).toEqual(['demo']);
    expect(out.flows[0].outcomes.till_no.grounds).toEqual(['avg-9']);
    expect(out.grounds[0]).toMatchObject({ id: 'avg-9', reviewed: '2026-11-01' });
    expect(out.routes).toHaveLength(2);
    expect(out.version).toMatch(/^[\w-]{12}$/);
  });

  it('draws a flow as a Mermaid flowchart with every question, outcome and option', () => {
    const { code, stdout } = run([...fixture, 'graph', 'demo']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^flowchart TD\n/);
    expect(stdout).toContain('n_purpose["Waarvoor?"]');
    expect(stdout).toContain('n_till_no(["⛔ Niet toegestaan: Niet toegestaan."])');
    expect(stdout).toContain('n_choice -->|"Nee"| n_till_no');
  });
});

describe('usage', () => {
  it('prints help and exits 0', () => {
    const { code, stdout } = run(['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('monitorwijzer walk <flow>');
  });

  it.each([[['frobnicate']], [['ask']], [['--lang', 'de', 'flows']], [['--nope']]])(
    'exits 2 on wrong usage: %j',
    (args) => {
      const { code, stderr } = run([...fixture, ...args]);
      expect(code).toBe(2);
      expect(stderr).toMatch(/^monitorwijzer: .+\nRun "monitorwijzer --help" for usage\./);
    },
  );
});

describe('monitorwijzer chat', () => {
  it('walks from audience to topic to a cited answer, with back and quit', () => {
    const { code, stdout } = run([...fixture, 'chat'], ['1', '1', '1', '1', 'u', 'b', '1', 'q'].join('\n'));
    expect(code).toBe(0);
    expect(stdout).toContain('Onderwerpen voor: Werknemer');
    expect(stdout).toContain('Demo-onderwerp · vraag 1 van ongeveer 2');
    expect(stdout).toContain('vraag 2 van ongeveer 2');
    expect(stdout.match(/⛔ NIET TOEGESTAAN: Niet toegestaan\./g)).toHaveLength(2);
    expect(stdout).toContain('https://uitspraken.rechtspraak.nl/details?id=ECLI:NL:RBAMS:2019:6005');
    expect(stdout).toContain('Dit is algemene informatie, geen juridisch advies');
    expect(stdout.trim().endsWith('Tot ziens.')).toBe(true);
  });

  it('starts the right topic from a typed question in the real knowledge', () => {
    const { stdout } = run(['chat'], 'mijn baas wil mijn vingerafdruk voor de kassa\n1\n1\n');
    expect(stdout).toContain('Onderwerp: Vingerafdruk, gezichts- of irisscan op het werk');
    expect(stdout).toContain('Je vraagt als: Werknemer');
    expect(stdout).toContain('ECLI:NL:RBAMS:2019:6005');
  });

  it('takes "weet ik niet" with ?, answers taken from the question, and a change of who asks', () => {
    const { stdout } = run(
      [...fixture, 'chat'],
      ['een vingerafdruk bij de kassa', '2', 'w1', '1', '?', 'a', 'q'].join('\n'),
    );
    expect(stdout).toContain('Uit je vraag: Waarvoor? → De kassa (w1 = wijzig)');
    expect(stdout.match(/Wie stelt de vraag\?/g)).toHaveLength(2);
    expect(stdout).toContain('Bieden jullie een alternatief?');
    expect(stdout).toContain('Wat nog onzeker is, en hoe je erachter komt:');
    expect(stdout).toContain('Vraag het HR.');
  });

  it('takes several answers at once as numbers with commas', () => {
    const root = fixtureRoot({ 'flows/tools.yml': TOOLS_FLOW });
    const { stdout } = run(['--dir', root, 'chat'], ['7', '2', '1,2', '1', 'q'].join('\n'));
    expect(stdout).toContain('Typ hun nummers met komma’s');
    expect(stdout).toContain('Per onderdeel:');
    expect(stdout).toMatch(/Toetsaanslagen: ⛔ Niet toegestaan/);
  });

  it('says so when it does not understand, and keeps the question on screen', () => {
    const { stdout } = run([...fixture, 'chat', '--lang', 'en'], '1\n1\n9\n');
    expect(stdout).toContain('I did not understand that.');
    expect(stdout.match(/What for\?/g)!.length).toBeGreaterThanOrEqual(2);
  });
});

describe('monitorwijzer site', () => {
  it('writes the start page and a page per topic in both languages, with the organisation’s contacts', () => {
    const out = join(fixtureRoot(), 'site');
    const { code, stdout } = run([
      ...fixture,
      'site',
      '--out',
      out,
      '--org',
      join(PACKAGE_DIR, 'organisation.example.yml'),
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain(join(out, 'index.html'));
    expect(readFileSync(join(out, 'en', 'index.html'), 'utf8')).toContain('<html lang="en">');
    expect(readdirSync(join(out, 'assets')).sort()).toEqual(['guide.js', 'icon.svg', 'site.css']);
    const topic = readdirSync(out).find((f) => f.endsWith('.html') && f !== 'index.html') as string;
    expect(readFileSync(join(out, topic), 'utf8')).toContain('"name":"Voorbeeld BV"');
  });

  it('needs a folder to write to', () => {
    const { code, stderr } = run([...fixture, 'site']);
    expect(code).toBe(2);
    expect(stderr).toContain('site needs a folder to write to');
  });
});
