// Everything PlanLint prints, on names and keys that hold workflow commands, read by a port of the Actions
// runner's command parser (test/cli/runner.mjs: `::name::` at a line's start, legacy `##[name]` anywhere):
// every format to standard output, the report, coverage, draft, init, and every error path's standard error.
// The only commands are the `github` format's own annotations.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../helpers.mjs';
import { tempDir } from './scratch-repo.mjs';
import { workflowCommands } from './runner.mjs';

const NAMES = [
  '##[add-mask]a',
  '::error title=x::b',
  'c ##[stop-commands]tok',
  'd\u202e::warning::e',
  '##[group]f\u001b]52;c;x\u0007',
];
const run = (cwd, ...args) => {
  const r = spawnSync(process.execPath, [join(repoRoot, 'bin/planlint.js'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', LANG: 'C' },
  });
  // A draft on standard output is the plan file's text, for redirection: only its standard error is a log.
  const text = args[0] === 'draft' && !args.includes('--out') ? r.stderr : `${r.stdout}\n${r.stderr}`;
  return { args, text, status: r.status };
};

function hostile() {
  const dir = tempDir('commands');
  mkdirSync(join(dir, '.git'));
  writeFileSync(join(dir, 'planlint.config.yaml'), '"##[set-output name=x]y": 1\n"::add-mask::z": 2\n');
  for (const n of NAMES) {
    writeFileSync(
      join(dir, `${n}.plan.yaml`),
      `planlint: 1\nplan: { id: "${n.replace(/[^\w#[\]: ]/g, '')}", title: "##[error]t ::x", period: [2021, 2025] }\n` +
        `indicators:\n  "##[debug]i": { name: "::notice::n", unit: 亿元, direction: increase, targets: [{ year: 2025, value: 5 }] }\n` +
        'goals:\n  G: { title: "##[warning]g", indicators: ["##[error]missing"] }\n' +
        'sources:\n  "##[add-mask]s": { path: "##[error]gone.txt", title: "::error::q" }\n',
    );
    writeFileSync(join(dir, `${n}.txt`), '## ##[add-mask]x 2025年达到5亿元。\n::error::y\n');
  }
  symlinkSync(join(dir, 'nowhere'), join(dir, '##[add-mask]linked.out'));
  writeFileSync(join(dir, '##[add-mask]baseline.json'), '{"::error::x": 1}');
  return dir;
}

test('every format, every command, every error path: no workflow command but the github format annotations', () => {
  const dir = hostile();
  const files = NAMES.map(n => `${n}.plan.yaml`);
  const runs = [
    ...['stylish', 'json', 'sarif', 'github', 'junit', 'gitlab'].map(f => run(dir, '--format', f, '.')),
    run(dir, 'report', '.'),
    run(dir, 'coverage', '.'),
    run(dir, '--format', 'json', 'coverage', '.'),
    run(dir, ...files, 'missing ##[add-mask]m.plan.yaml', '::error::n.plan.yaml'),
    run(dir, '--format', 'sarif', '--output', '##[add-mask]linked.out', '.'),
    run(dir, '--baseline', '##[add-mask]baseline.json', '.'),
    run(dir, '--baseline', '::error::none.json', '.'),
    run(dir, '--format', '##[add-mask]f', '.'),
    run(dir, '--config', '##[add-mask]none.yaml', '.'),
    run(dir, '--locale', '::error::x', '.'),
    run(dir, '--bogus-##[add-mask]x'),
    ...NAMES.map(n => run(dir, 'draft', `${n}.txt`)),
    run(dir, 'draft', '##[add-mask]gone.txt'),
    run(dir, 'draft', `${NAMES[0]}.txt`, '--out', '##[add-mask]linked.out'),
    run(dir, 'draft', `${NAMES[0]}.txt`, '--out', `::error::new/${NAMES[1]}.plan.yaml`),
    run(dir, 'init', '##[add-mask]linked.out'),
    run(dir, 'init', '::error::fresh ##[group]x'),
  ];
  let annotations = 0;
  for (const r of runs) {
    for (const c of workflowCommands(r.text)) {
      const own =
        r.args[1] === 'github' && c.syntax === 'v2' && /^::(error|warning|notice) file=[^:,]*,line=/.test(c.line);
      assert.ok(own, `planlint ${r.args.join(' ')} printed a command: ${c.line}`);
      annotations++;
    }
    assert.doesNotMatch(r.text, /[\u001b\u0007\u202e]/, `planlint ${r.args.join(' ')}: controls shown as text`);
  }
  assert.ok(annotations >= NAMES.length, 'the github format annotates the hostile plans');
  assert.ok(runs.filter(r => r.args[0] !== 'draft').every(r => r.text.length > 1));
});

test('the parser port finds both syntaxes, as the runner does', () => {
  const found = workflowCommands(
    '::error file=a::x\n  ::add-mask::y\nsome ##[set-output name=a]b\nno :: here\n#\\u0023[x]y',
  );
  assert.deepEqual(
    found.map(c => [c.syntax, c.name]),
    [
      ['v2', 'error'],
      ['v2', 'add-mask'],
      ['legacy', 'set-output'],
    ],
  );
});
