// The CI recipes of docs/ci.md, tried as a new user would: they parse, their commands run, the hook blocks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, cpSync, copyFileSync, chmodSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from '../helpers.mjs';

const planlint = `${process.execPath} ${join(repoRoot, 'bin/planlint.js')}`;
const doc = readFileSync(join(repoRoot, 'docs/ci.md'), 'utf8');
const workspace = () => { const d = mkdtempSync(join(tmpdir(), 'planlint-ci-')); cpSync(join(repoRoot, 'seeds'), d, { recursive: true }); return d; };
const sh = (cmd, cwd) => spawnSync('sh', ['-c', cmd.replace(/npx (--no-install )?planlint/g, planlint)], { cwd, encoding: 'utf8' });

test('docs/ci.md shows the recipe files as they are', () => {
  for (const f of ['github-workflow.yml', 'gitlab-ci.yml', 'pre-commit']) assert.ok(doc.includes(readFileSync(join(repoRoot, 'docs/ci', f), 'utf8')), f);
});

test('the GitHub workflow parses, and its planlint steps run and write what the upload steps read', () => {
  const wf = parse(readFileSync(join(repoRoot, 'docs/ci/github-workflow.yml'), 'utf8'));
  const steps = wf.jobs.planlint.steps;
  const runs = steps.filter(s => /planlint/.test(s.run ?? '')).map(s => s.run);
  assert.equal(runs.length, 2);
  const ws = workspace();
  for (const cmd of runs) { const r = sh(cmd, ws); assert.equal(r.status, 0, r.stderr); }
  const sarif = steps.find(s => s.uses?.startsWith('github/codeql-action/upload-sarif')).with.sarif_file;
  assert.equal(JSON.parse(readFileSync(join(ws, sarif), 'utf8')).version, '2.1.0');
  for (const p of steps.find(s => s.uses?.startsWith('actions/upload-artifact')).with.path.trim().split('\n')) assert.ok(existsSync(join(ws, p)), p);
  const annotations = sh(runs[0], ws).stdout;
  assert.match(annotations, /^::warning file=plans\/sx-industry-13th\.plan\.yaml,line=216,/m);
});

test('the GitLab job parses, and its script writes the code quality report', () => {
  const job = parse(readFileSync(join(repoRoot, 'docs/ci/gitlab-ci.yml'), 'utf8')).planlint;
  const ws = workspace();
  const cmd = job.script.find(s => /planlint/.test(s));
  const r = sh(cmd, ws);
  assert.equal(r.status, 0, r.stderr);
  const report = JSON.parse(readFileSync(join(ws, job.artifacts.reports.codequality), 'utf8'));
  assert.ok(report.length > 0 && report.every(i => i.check_name && i.location.path && i.fingerprint));
  assert.ok(existsSync(join(ws, job.artifacts.reports.junit)));
});

test('the pre-commit hook refuses a faulty plan and lets a valid one through', () => {
  const repo = workspace();
  const git = (...a) => spawnSync('git', a, { cwd: repo, encoding: 'utf8', env: { ...process.env, PLANLINT: planlint, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org' } });
  git('init', '-q');
  copyFileSync(join(repoRoot, 'docs/ci/pre-commit'), join(repo, '.git/hooks/pre-commit'));
  chmodSync(join(repo, '.git/hooks/pre-commit'), 0o755);
  git('add', '.');
  assert.equal(git('commit', '-qm', 'the seeds').status, 0, 'valid plans commit');
  const plan = join(repo, 'plans/sx-industry-13th.plan.yaml');
  writeFileSync(plan, readFileSync(plan, 'utf8').replace('indicators: [industryValueAdded]', 'indicators: [industryValueAdde]'));
  git('add', plan);
  const blocked = git('commit', '-qm', 'a typo');
  assert.notEqual(blocked.status, 0, 'the commit is refused');
  assert.match(blocked.stdout + blocked.stderr, /no indicator named 'industryValueAdde'/);
  assert.match(git('log', '--oneline').stdout.trim(), /^[0-9a-f]+ the seeds$/, 'nothing was committed');
});
