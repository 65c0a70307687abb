// The workflow `planlint init` writes, run against a hostile pull request under a local emulation of the runner
// (test/cli/runner.mjs): its `run:` steps in bash in a fresh clone, `uses:` steps stubbed, the upload stubs
// reading the paths they are given and following links as upload-artifact does. The pull request brings its own
// .npmrc, package.json and node_modules/.bin/planlint, outputs committed as links out of the checkout, a `plans/`
// linked out of it, and file names and config keys holding workflow commands. None of it may run, be read,
// be written through or reach the log as a command.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from '../helpers.mjs';
import { plansRepo, tempDir, userEnv } from './scratch-repo.mjs';
import { runJob, runnerEnv, workflowCommands } from './runner.mjs';

const TOKEN = 'ghs_SECRETTOKEN0123456789';
const SECRET = 'SECRET-PLAN-7f3a';
const PRECIOUS = 'precious, never to be uploaded\n';
const git = (cwd, ...a) => execFileSync('git', a, { cwd, encoding: 'utf8', env: { ...userEnv, ...WHO } });
const WHO = {
  GIT_AUTHOR_NAME: 'm',
  GIT_AUTHOR_EMAIL: 'm@example.org',
  GIT_COMMITTER_NAME: 'm',
  GIT_COMMITTER_EMAIL: 'm@example.org',
};
/** Every file below `dir` with its content's hash (links as their target's name). */
function snapshot(dir, out = {}) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) snapshot(p, out);
    else out[p] = createHash('sha256').update(readFileSync(p)).digest('hex');
  }
  return out;
}

/** A plan with an error, so a checker that reads it says so (and names its title). */
const plan = title =>
  `planlint: 1\nplan: { id: x, title: ${JSON.stringify(title)}, period: [2021, 2025] }\n` +
  'indicators:\n  a: { name: n, unit: 亿元, direction: increase, targets: [{ year: 2025, value: 5 }] }\n' +
  'goals:\n  G: { title: g, indicators: [missing] }\n';

/** The pull request's repository, built on the plans repository that `planlint init` set up. */
function hostileRepo(outside) {
  const repo = plansRepo();
  const init = spawnSync(process.execPath, [join(repoRoot, 'bin/planlint.js'), 'init'], {
    cwd: repo,
    encoding: 'utf8',
  });
  assert.equal(init.status, 0, init.stderr);
  const pwn = '#!/bin/sh\necho "$0 $*" >> "$HOME/pwned"\necho "planlint: all plans pass"\n';
  writeFileSync(join(repo, 'pwn.sh'), pwn);
  chmodSync(join(repo, 'pwn.sh'), 0o755);
  writeFileSync(join(repo, '.npmrc'), 'registry=http://127.0.0.1:9/\nignore-scripts=false\nscript-shell=./pwn.sh\n');
  const scripts = Object.fromEntries(['preinstall', 'install', 'postinstall', 'prepare'].map(s => [s, './pwn.sh']));
  writeFileSync(
    join(repo, 'package.json'),
    JSON.stringify({ name: 'plans', version: '1.0.0', scripts, devDependencies: { planlint: 'file:./evil' } }),
  );
  mkdirSync(join(repo, 'evil'));
  writeFileSync(
    join(repo, 'evil/package.json'),
    JSON.stringify({ name: 'planlint', version: '0.1.0', bin: { planlint: 'cli.sh' }, scripts }),
  );
  writeFileSync(join(repo, 'evil/cli.sh'), pwn);
  chmodSync(join(repo, 'evil/cli.sh'), 0o755);
  mkdirSync(join(repo, 'node_modules/.bin'), { recursive: true });
  writeFileSync(join(repo, 'node_modules/.bin/planlint'), pwn);
  chmodSync(join(repo, 'node_modules/.bin/planlint'), 0o755);
  writeFileSync(join(repo, '.gitignore'), '');
  // Outputs at the old fixed paths, linked out of the checkout and into its .git/config.
  symlinkSync(join(outside, 'victim'), join(repo, 'planlint.sarif'));
  symlinkSync(join(outside, 'victim'), join(repo, 'planlint-report.html'));
  symlinkSync('.git/config', join(repo, 'planlint-junit.xml'));
  symlinkSync(outside, join(repo, 'planlint-out'));
  // plans/ linked out of the checkout; the seed plans move beside it.
  renameSync(join(repo, 'plans'), join(repo, 'seedplans'));
  symlinkSync(join(outside, 'plans'), join(repo, 'plans'));
  // Workflow commands in file names, a title and a config key.
  mkdirSync(join(repo, 'hostile'));
  for (const name of ['##[add-mask]x', '::error title=forged::y', 'z ##[stop-commands]tok']) {
    writeFileSync(join(repo, 'hostile', `${name}.plan.yaml`), plan(`##[warning]forged ${name}`));
  }
  writeFileSync(join(repo, 'hostile/planlint.config.yaml'), '"##[set-output name=x]y": 1\n"::add-mask::z": 2\n');
  git(repo, 'add', '-A', '-f');
  git(repo, 'commit', '-qm', 'a pull request');
  return repo;
}

test('a hostile pull request, checked by the workflow init writes: nothing of it runs, is read, is written through', () => {
  const root = tempDir('hostile');
  const outside = join(root, 'outside'),
    home = join(root, 'home');
  mkdirSync(join(outside, 'plans'), { recursive: true });
  mkdirSync(home);
  writeFileSync(join(outside, 'victim'), PRECIOUS);
  writeFileSync(join(outside, 'plans/secret.plan.yaml'), plan(SECRET));
  const before = snapshot(outside);
  const pr = hostileRepo(outside);
  const workspace = join(root, 'workspace');
  git(root, 'clone', '-q', pr, workspace);
  assert.ok(existsSync(join(workspace, '.npmrc')) && existsSync(join(workspace, 'node_modules/.bin/planlint')));

  const steps = parse(readFileSync(join(workspace, '.github/workflows/plans.yml'), 'utf8')).jobs.planlint.steps;
  const env = { ...userEnv, npm_config_ignore_scripts: '', HOME: home, ...runnerEnv(workspace, join(root, 'temp')) };
  delete env.npm_config_ignore_scripts; // the PR's .npmrc, not the test, decides what npm would run
  const uploaded = [];
  const stubs = {
    'actions/checkout': w => {
      // What actions/checkout leaves unless told not to: the job's token in .git/config.
      if (w['persist-credentials'] !== false && w['persist-credentials'] !== 'false') {
        git(workspace, 'config', 'http.https://github.com/.extraheader', `AUTHORIZATION: basic ${TOKEN}`);
      }
    },
    'github/codeql-action/upload-sarif': w => {
      uploaded.push([w.sarif_file, readFileSync(resolve(workspace, w.sarif_file), 'utf8')]);
    },
    'actions/upload-artifact': w => {
      for (const p of w.path.trim().split('\n')) uploaded.push([p, readFileSync(resolve(workspace, p), 'utf8')]);
    },
  };
  const results = runJob(steps, { workspace, env, stubs });
  const log = results.map(r => `${r.stdout}\n${r.stderr}`).join('\n');

  assert.ok(!existsSync(join(home, 'pwned')), `no code of the pull request ran: ${log}`);
  assert.doesNotMatch(log, /all plans pass/);
  assert.equal(results.find(r => r.step.name === 'Install PlanLint').status, 0, log);
  assert.deepEqual(snapshot(outside), before, 'nothing outside the checkout written');
  assert.equal(readFileSync(join(outside, 'victim'), 'utf8'), PRECIOUS);
  assert.doesNotMatch(readFileSync(join(workspace, '.git/config'), 'utf8'), /extraheader/);

  assert.equal(uploaded.length, 3);
  for (const [p, text] of uploaded) {
    assert.ok(p.startsWith(env.RUNNER_TEMP), `${p} is uploaded from outside the checkout`);
    assert.ok(!text.includes(PRECIOUS.trim()) && !text.includes(TOKEN), `${p} carries no linked file`);
    assert.ok(!text.includes(SECRET), `${p}: nothing read through the linked plans/`);
  }
  assert.equal(JSON.parse(uploaded[0][1]).version, '2.1.0');
  assert.match(uploaded[1][1], /^<!doctype html>/);
  assert.match(uploaded[2][1], /^<\?xml/);
  assert.ok(!log.includes(SECRET), 'the linked plans/ was not read');

  // The log: PlanLint's own annotations, one per finding, and nothing else the runner would act on.
  const hostile = /hostile/;
  assert.match(log, hostile, 'the hostile plans were checked and named');
  for (const c of workflowCommands(log)) {
    assert.equal(c.syntax, 'v2', c.line);
    assert.match(c.name, /^(error|warning|notice)$/, c.line);
    assert.match(
      c.line,
      /^::(error|warning|notice) file=[^:,]*,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[\w-]+::/,
    );
  }
  assert.ok(
    workflowCommands(log).some(c => c.line.includes('hostile/')),
    'the hostile plans are annotated',
  );
});
