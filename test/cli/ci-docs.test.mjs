// The CI recipes of docs/ci/ and the GitHub Action (action.yml), run where users put them: a plans repository
// with no PlanLint sources, PlanLint installed by the recipe's own command (the packed tarball standing in for
// the registry package). `run:` steps run as written; `uses:` steps cannot run here, so their shape is checked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from '../helpers.mjs';
import { bash, pkg, plansRepo, tempDir, userEnv } from './scratch-repo.mjs';
import { runJob, runnerEnv } from './runner.mjs';

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

/** The install command every recipe uses: outside the checkout, no npm configuration or scripts from it. */
const install = prefix =>
  new RegExp(
    `npm install --prefix "${prefix.replace(/\$/g, '\\$')}" --userconfig /dev/null --ignore-scripts (--\\S+ )*` +
      `"?${spec.replace(/\./g, '\\.')}\\b`,
  );

test('docs/ci.md shows the recipe files as they are; each installs the package outside the checkout', () => {
  for (const f of ['github-workflow.yml', 'gitlab-ci.yml', 'pre-commit'])
    assert.ok(doc.includes(read(`docs/ci/${f}`)), f);
  assert.match(read('docs/ci/github-workflow.yml'), install('$RUNNER_TEMP/planlint'));
  assert.match(read('docs/ci/gitlab-ci.yml'), install('$PLANLINT_HOME'));
  assert.match(
    read('docs/ci/pre-commit'),
    /npm install --prefix ~\/\.planlint --userconfig \/dev\/null --ignore-scripts /,
  );
  assert.equal(parse(read('action.yml')).inputs.version.default, pkg.version);
  for (const f of ['docs/ci/github-workflow.yml', 'docs/ci/gitlab-ci.yml', 'docs/ci/pre-commit', 'action.yml']) {
    assert.doesNotMatch(read(f), /npx|--save-dev|npm ci\b/, `${f} runs nothing the checkout provides`);
  }
});

/** A runner's job for the plans repository: its workspace, its temporary folder, the upload stubs' findings. */
function job(repo) {
  const env = runnerEnv(repo, tempDir('runner-temp'));
  const uploaded = {};
  const stubs = {
    'github/codeql-action/upload-sarif': w => {
      uploaded.sarif = readFileSync(w.sarif_file, 'utf8');
    },
    'actions/upload-artifact': w => {
      uploaded.artifact = w.path
        .trim()
        .split('\n')
        .map(p => [p, readFileSync(p, 'utf8')]);
    },
  };
  return { env, uploaded, stubs };
}

test('the GitHub workflow: uses steps in shape; its run steps install PlanLint, check, write what is uploaded', () => {
  const steps = parse(read('docs/ci/github-workflow.yml')).jobs.planlint.steps;
  assert.deepEqual(
    steps.filter(s => s.uses).map(s => s.uses.split('@')[0]),
    ['actions/checkout', 'actions/setup-node', 'github/codeql-action/upload-sarif', 'actions/upload-artifact'],
  );
  assert.equal(steps[0].with['persist-credentials'], false);
  assert.ok(Number(steps[1].with['node-version']) >= 20);
  const repo = plansRepo();
  const before = readdirSync(repo).sort();
  const { env, uploaded, stubs } = job(repo);
  const runs = runJob(steps, { workspace: repo, env, stubs }).filter(r => r.step.run);
  runs.forEach(ok);
  assert.match(runs[1].stdout, seedWarning);
  assert.equal(JSON.parse(uploaded.sarif).version, '2.1.0');
  assert.deepEqual(
    uploaded.artifact.map(([p]) => p),
    ['planlint-report.html', 'planlint-junit.xml'].map(f => join(env.RUNNER_TEMP, 'planlint-out', f)),
  );
  assert.match(uploaded.artifact[0][1], /^<!doctype html>/i);
  assert.deepEqual(readdirSync(repo).sort(), before, 'nothing written in the checkout');
});

test('the GitLab job: its script installs PlanLint and writes the code quality and JUnit reports', () => {
  const job = parse(read('docs/ci/gitlab-ci.yml')).planlint;
  const repo = plansRepo();
  const env = { PLANLINT_HOME: tempDir('planlint-home') };
  assert.match(job.script.join('\n'), /--max-limits/);
  ok(bash(job.script.join('\n'), repo, env));
  const report = JSON.parse(readFileSync(join(repo, job.artifacts.reports.codequality), 'utf8'));
  assert.ok(report.length > 0 && report.every(i => i.check_name && i.location.path && i.fingerprint));
  assert.ok(existsSync(join(repo, job.artifacts.reports.junit)));
  assert.ok(!existsSync(join(repo, 'node_modules')), 'nothing installed in the checkout');
});

test('the pre-commit hook, PlanLint installed as it says: refuses a faulty plan, lets valid ones through', () => {
  const hook = read('docs/ci/pre-commit');
  const repo = plansRepo();
  const home = tempDir('home');
  ok(bash(hook.match(/^#\s+(cd ~ && npm install .*)$/m)[1], repo, { HOME: home }));
  copyFileSync(join(repoRoot, 'docs/ci/pre-commit'), join(repo, '.git/hooks/pre-commit'));
  chmodSync(join(repo, '.git/hooks/pre-commit'), 0o755);
  const who = {
    GIT_AUTHOR_NAME: 't',
    GIT_AUTHOR_EMAIL: 't@example.org',
    GIT_COMMITTER_NAME: 't',
    GIT_COMMITTER_EMAIL: 't@example.org',
  };
  const git = (...a) => spawnSync('git', a, { cwd: repo, encoding: 'utf8', env: { ...userEnv, ...who, HOME: home } });
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
    inputs,
    steps: action.runs.steps
      .filter(s => condition(s.if))
      .map(s => ({ ...s, env: Object.fromEntries(Object.entries(s.env ?? {}).map(([k, v]) => [k, expr(v)])) })),
  };
}
/** Runs the action's steps (its `uses:` by the upload stubs), from the `from`th `run:` step on. */
function runAction(repo, given, from = 0, env = runnerEnv(repo, tempDir('runner-temp'))) {
  const { steps, inputs } = actionSteps(given);
  const uploaded = {};
  const stubs = {
    'github/codeql-action/upload-sarif': w => {
      uploaded.sarif = readFileSync(w.sarif_file, 'utf8');
    },
    'actions/upload-artifact': w => {
      uploaded.artifact = readFileSync(w.path, 'utf8');
    },
  };
  const vars = Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`inputs.${k}`, v]));
  const runSteps = steps.filter(s => s.run).slice(from);
  const results = runJob(
    steps.filter(s => s.uses || runSteps.includes(s)),
    { workspace: repo, env, stubs, vars },
  );
  return { runs: results.filter(r => r.step.run), uploaded, env };
}

test('the action: composite, its inputs, its uses steps in shape', () => {
  const { action, steps } = actionSteps({});
  assert.equal(action.runs.using, 'composite');
  assert.deepEqual(Object.keys(action.inputs), ['paths', 'formats', 'upload-sarif', 'report', 'version']);
  for (const s of action.runs.steps) assert.ok(s.uses || s.shell === 'bash', `${s.name} names its shell`);
  const sarif = steps.find(s => s.uses?.startsWith('github/codeql-action/upload-sarif@'));
  assert.equal(sarif.with.sarif_file, '${{ runner.temp }}/planlint-out/planlint.sarif');
  assert.equal(
    steps.find(s => s.uses?.startsWith('actions/upload-artifact@')).with.path,
    '${{ runner.temp }}/planlint-out/${{ inputs.report }}',
  );
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
  const before = readdirSync(repo).sort();
  const { runs, uploaded, env } = runAction(repo, {});
  runs.forEach(ok);
  assert.match(runs[1].stdout, seedWarning);
  assert.equal(JSON.parse(uploaded.sarif).version, '2.1.0');
  assert.match(uploaded.artifact, /^<!DOCTYPE html>/i);
  assert.deepEqual(readdirSync(repo).sort(), before, 'nothing written in the checkout');

  breakPlan(repo);
  const {
    runs: [check],
  } = runAction(
    repo,
    { paths: 'plans/sx-*.plan.yaml orgs', formats: 'stylish json=planlint.json', 'upload-sarif': 'false', report: '' },
    1,
    env,
  );
  assert.equal(check.status, 1, check.stderr);
  assert.match(check.stdout, /no indicator named 'industryValueAdde'/);
  const files = new Set(JSON.parse(readFileSync(join(repo, 'planlint.json'), 'utf8')).map(d => d.file));
  assert.ok(files.has('plans/sx-industry-13th.plan.yaml'));
  assert.ok(!files.has('plans/shaanxi-informatization-12th.plan.yaml'), 'only the paths given');
});
