// The CI recipes of docs/ci/ and the GitHub Action (action.yml), run where users put them: a plans repository
// with no PlanLint sources, PlanLint installed by the recipe's own command (the packed tarball standing in for
// the registry package). `run:` steps run as written; `uses:` steps cannot run here, so their shape is checked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from '../helpers.mjs';
import { bash, pkg, plansRepo, userEnv } from './scratch-repo.mjs';

const read = f => readFileSync(join(repoRoot, f), 'utf8');
const doc = read('docs/ci.md');
const spec = `planlint@${pkg.version}`;
const ok = r => assert.equal(r.status, 0, r.stdout + r.stderr);
const seedWarning = /^::warning file=plans\/sx-industry-13th\.plan\.yaml,line=580,/m;
/** A typo in a goal's indicator list: an `unknown-reference` error. */
function breakPlan(repo) {
  const plan = join(repo, 'plans/sx-industry-13th.plan.yaml');
  writeFileSync(plan, readFileSync(plan, 'utf8').replace('[industryValueAdded]', '[industryValueAdde]'));
  return plan;
}

test('docs/ci.md shows the recipe files as they are; each installs the package as it will be published', () => {
  const install = new RegExp(`npm install --save-dev (--\\S+ )*${spec.replace(/\./g, '\\.')}\\b`);
  for (const f of ['github-workflow.yml', 'gitlab-ci.yml', 'pre-commit']) {
    assert.ok(doc.includes(read(`docs/ci/${f}`)), f);
    assert.match(read(`docs/ci/${f}`), install, f);
  }
  assert.equal(parse(read('action.yml')).inputs.version.default, pkg.version);
});

test('the GitHub workflow: uses steps in shape; its run steps install PlanLint, check, write what is uploaded', () => {
  const steps = parse(read('docs/ci/github-workflow.yml')).jobs.planlint.steps;
  assert.deepEqual(
    steps.filter(s => s.uses).map(s => s.uses.split('@')[0]),
    ['actions/checkout', 'actions/setup-node', 'github/codeql-action/upload-sarif', 'actions/upload-artifact'],
  );
  assert.ok(Number(steps[1].with['node-version']) >= 20);
  const repo = plansRepo();
  const runs = steps.filter(s => s.run).map(s => bash(s.run, repo));
  runs.forEach(ok);
  assert.match(runs[1].stdout, seedWarning);
  const sarif = steps.find(s => s.uses?.startsWith('github/codeql-action/upload-sarif')).with.sarif_file;
  assert.equal(JSON.parse(readFileSync(join(repo, sarif), 'utf8')).version, '2.1.0');
  for (const p of steps
    .find(s => s.uses?.startsWith('actions/upload-artifact'))
    .with.path.trim()
    .split('\n')) {
    assert.ok(existsSync(join(repo, p)), p);
  }
});

test('the GitLab job: its script installs PlanLint and writes the code quality and JUnit reports', () => {
  const job = parse(read('docs/ci/gitlab-ci.yml')).planlint;
  const repo = plansRepo();
  for (const cmd of job.script) ok(bash(cmd, repo));
  const report = JSON.parse(readFileSync(join(repo, job.artifacts.reports.codequality), 'utf8'));
  assert.ok(report.length > 0 && report.every(i => i.check_name && i.location.path && i.fingerprint));
  assert.ok(existsSync(join(repo, job.artifacts.reports.junit)));
});

test('the pre-commit hook, PlanLint installed as it says: refuses a faulty plan, lets valid ones through', () => {
  const hook = read('docs/ci/pre-commit');
  const repo = plansRepo();
  ok(bash(hook.match(/^#\s+(npm install .*)$/m)[1], repo));
  copyFileSync(join(repoRoot, 'docs/ci/pre-commit'), join(repo, '.git/hooks/pre-commit'));
  chmodSync(join(repo, '.git/hooks/pre-commit'), 0o755);
  const who = {
    GIT_AUTHOR_NAME: 't',
    GIT_AUTHOR_EMAIL: 't@example.org',
    GIT_COMMITTER_NAME: 't',
    GIT_COMMITTER_EMAIL: 't@example.org',
  };
  const git = (...a) => spawnSync('git', a, { cwd: repo, encoding: 'utf8', env: { ...userEnv, ...who } });
  ok(git('add', '.'));
  ok(git('commit', '-qm', 'the plans'));
  git('add', breakPlan(repo));
  const blocked = git('commit', '-qm', 'a typo');
  assert.notEqual(blocked.status, 0, 'the commit is refused');
  assert.match(blocked.stdout + blocked.stderr, /no indicator named 'industryValueAdde'/);
  assert.match(git('log', '--oneline').stdout.trim(), /^[0-9a-f]+ the plans$/, 'nothing was committed');
});

/** The action's steps with its inputs: env values and `if:` conditions evaluated, as the runner would. */
function actionSteps(given) {
  const action = parse(read('action.yml'));
  const defaults = Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, String(v.default ?? '')]));
  const inputs = { ...defaults, ...given };
  const expr = s => String(s).replace(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g, (_, k) => inputs[k]);
  const condition = s =>
    s === undefined ||
    Function(
      `return ${String(s)
        .replace(/always\(\)/g, 'true')
        .replace(/inputs\.([\w-]+)/g, (_, k) => JSON.stringify(inputs[k]))
        .replace(/'/g, '"')}`,
    )();
  return {
    action,
    steps: action.runs.steps
      .filter(s => condition(s.if))
      .map(s => ({ ...s, env: Object.fromEntries(Object.entries(s.env ?? {}).map(([k, v]) => [k, expr(v)])) })),
  };
}
/** Runs the action's `run:` steps, from the `from`th on (1 skips installing PlanLint again). */
const runAction = (repo, given, from = 0) =>
  actionSteps(given)
    .steps.filter(s => s.run)
    .slice(from)
    .map(s => bash(s.run, repo, s.env));

test('the action: composite, its inputs, its uses steps in shape', () => {
  const { action, steps } = actionSteps({});
  assert.equal(action.runs.using, 'composite');
  assert.deepEqual(Object.keys(action.inputs), ['paths', 'formats', 'upload-sarif', 'report', 'version']);
  for (const s of action.runs.steps) assert.ok(s.uses || s.shell === 'bash', `${s.name} names its shell`);
  const sarif = steps.find(s => s.uses?.startsWith('github/codeql-action/upload-sarif@'));
  assert.equal(sarif.with.sarif_file, 'planlint.sarif');
  assert.equal(steps.find(s => s.uses?.startsWith('actions/upload-artifact@')).with.path, '${{ inputs.report }}');
  const shown = parse(doc.match(/The action in this repository[\s\S]*?```yaml\n([\s\S]*?)```/)[1]).jobs.plans.steps[1];
  assert.equal(shown.uses, `planlint/planlint@v${pkg.version}`, 'docs/ci.md shows the action at this version');
  for (const input of Object.keys(shown.with)) assert.ok(action.inputs[input], `docs/ci.md: ${input}`);
  const off = actionSteps({ 'upload-sarif': 'false', report: '' }).steps;
  assert.deepEqual(
    off.map(s => s.name),
    ['Install PlanLint', 'Check the plans'],
    'no upload, no report',
  );
});

test('the action, with its default inputs, then with a glob, formats to files and a faulty plan', () => {
  const repo = plansRepo();
  const runs = runAction(repo, {});
  runs.forEach(ok);
  assert.match(runs[1].stdout, seedWarning);
  assert.equal(JSON.parse(readFileSync(join(repo, 'planlint.sarif'), 'utf8')).version, '2.1.0');
  assert.match(readFileSync(join(repo, 'planlint-report.html'), 'utf8'), /^<!DOCTYPE html>/i);

  breakPlan(repo);
  const [check] = runAction(
    repo,
    { paths: 'plans/sx-*.plan.yaml orgs', formats: 'stylish json=planlint.json', 'upload-sarif': 'false', report: '' },
    1,
  );
  assert.equal(check.status, 1, check.stderr);
  assert.match(check.stdout, /no indicator named 'industryValueAdde'/);
  const files = new Set(JSON.parse(readFileSync(join(repo, 'planlint.json'), 'utf8')).map(d => d.file));
  assert.ok(files.has('plans/sx-industry-13th.plan.yaml'));
  assert.ok(!files.has('plans/shaanxi-informatization-12th.plan.yaml'), 'only the paths given');
});
