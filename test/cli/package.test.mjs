// The npm package as users install it: the packed tarball in a plans repository, with --ignore-scripts and no
// network; every subcommand, `planlint init`, and the version the .vsix carries too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from '../helpers.mjs';
import { bash, pkg, plansRepo, tarball, tempDir, unzip, userEnv } from './scratch-repo.mjs';

// One installation for the tests below, in an empty git repository, as the README's first command does it.
let repo;
const installed = () => {
  if (repo) return repo;
  repo = plansRepo({ seeds: false });
  const r = bash(`npm install --save-dev planlint@${pkg.version}`, repo);
  assert.equal(r.status, 0, r.stderr);
  return repo;
};
const spawn = (cmd, args, cwd) => spawnSync(cmd, args, { cwd, encoding: 'utf8', env: userEnv });
const npx = (dir, ...args) => spawn('npx', ['planlint', ...args], dir);
const bin = (dir, ...args) => spawn(join(dir, 'node_modules/.bin/planlint'), args, dir);
const inRepo = (cwd, ...args) => spawn(process.execPath, [join(repoRoot, 'bin/planlint.js'), ...args], cwd);

test('the tarball holds the CLI bundle (also the language server) and its pdf.js files, the schema, the user docs and the init templates; no dependencies', () => {
  const files = execFileSync('tar', ['tzf', tarball()], { encoding: 'utf8' }).trim().split('\n');
  assert.deepEqual(files.map(f => f.replace(/^package\//, '')).sort(), [
    'CHANGELOG.md',
    'LICENSE',
    'README.md',
    'bin/planlint-language-server.js',
    'bin/planlint.js',
    'dist/cli.js',
    'dist/pdfjs/pdf.js',
    'dist/pdfjs/pdf.worker.js',
    'docs/ci.md',
    'docs/ci/github-workflow.yml',
    'docs/ci/gitlab-ci.yml',
    'docs/ci/pre-commit',
    'docs/editor.md',
    'docs/editors.md',
    'docs/format-notes.md',
    'docs/plan-format.md',
    'docs/rules.md',
    'docs/rules.zh-cn.md',
    'package.json',
    'schemas/config.schema.json',
    'schemas/plan.schema.json',
    'templates/init/orgs/city.orgs.yaml',
    'templates/init/planlint.config.yaml',
    'templates/init/plans/city-digital-economy-14th.plan.yaml',
    'templates/init/sources/city-digital-economy-14th.txt',
  ]);
  const manifest = JSON.parse(execFileSync('tar', ['xzOf', tarball(), 'package/package.json'], { encoding: 'utf8' }));
  assert.equal(manifest.dependencies, undefined);
  assert.equal(manifest.private, undefined);
  assert.deepEqual(manifest.bin, {
    planlint: 'bin/planlint.js',
    'planlint-language-server': 'bin/planlint-language-server.js',
  });
});

test('the package runs no script when installed, so npm prints no install warning (the build runs at pack time)', () => {
  const manifest = JSON.parse(execFileSync('tar', ['xzOf', tarball(), 'package/package.json'], { encoding: 'utf8' }));
  const lifecycle = ['preinstall', 'install', 'postinstall', 'prepare'];
  assert.deepEqual(
    lifecycle.filter(s => manifest.scripts?.[s]),
    [],
    'a script npm runs or warns about on install',
  );
  assert.equal(manifest.scripts.prepack, 'node scripts/build.mjs', 'npm pack and npm publish build the bundles');
  // An install as a user runs it, scripts allowed: nothing on standard error.
  const dir = tempDir('scripts-allowed');
  writeFileSync(join(dir, 'package.json'), '{ "name": "plans", "version": "1.0.0" }\n');
  const r = bash(`npm install --save-dev planlint@${pkg.version}`, dir, { npm_config_ignore_scripts: 'false' });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stderr.trim(), '', 'npm printed a warning');
  assert.doesNotMatch(r.stdout, /warn/i);
});

test('installed with --ignore-scripts: nothing else installed; every subcommand works', () => {
  const dir = installed();
  const modules = readdirSync(join(dir, 'node_modules')).filter(n => !n.startsWith('.'));
  assert.deepEqual(modules, ['planlint'], 'nothing else is installed');
  assert.equal(bin(dir, '--version').stdout, `${pkg.version}\n`);
  assert.match(bin(dir, '--help').stdout, /planlint init \[folder\]/);
  assert.ok(JSON.parse(bin(dir, 'rules', '--format', 'json').stdout).some(r => r.code === 'growth-mismatch'));
  assert.equal(JSON.parse(bin(dir, 'schema').stdout).$id, 'https://planlint.dev/schemas/plan.schema.json');
  cpSync(join(repoRoot, 'seeds'), join(dir, 'seeds'), { recursive: true });
  const check = bin(dir, '--format', 'json', 'seeds');
  const expected = JSON.parse(readFileSync(join(repoRoot, 'test/fixtures/seeds.expected.json'), 'utf8'));
  const exit = expected.some(d => d.severity === 'error') ? 1 : 0;
  assert.equal(check.status, exit, check.stderr);
  assert.deepEqual(JSON.parse(check.stdout), expected, 'the same findings as in the repository');
  assert.equal(bin(dir, 'report', '--output', 'report.html', 'seeds').status, exit);
  assert.match(readFileSync(join(dir, 'report.html'), 'utf8'), /^<!DOCTYPE html>/i);
});

test('npx planlint init, then npx planlint (no path: the current folder) checks clean', () => {
  const dir = installed();
  rmSync(join(dir, 'seeds'), { recursive: true, force: true });
  const r = npx(dir, 'init');
  assert.equal(r.status, 0, r.stderr);
  const written = [
    '.github/workflows/plans.yml',
    '.vscode/extensions.json',
    '.vscode/settings.json',
    'orgs/city.orgs.yaml',
    'planlint.config.yaml',
    'plans/city-digital-economy-14th.plan.yaml',
    'sources/city-digital-economy-14th.txt',
  ];
  for (const f of written) assert.match(r.stdout, new RegExp(`wrote\\s+${f.replace(/\./g, '\\.')}$`, 'm'), f);
  const check = npx(dir, '--format', 'json');
  assert.equal(check.status, 0, check.stderr);
  assert.deepEqual(JSON.parse(check.stdout), [], 'the example plan checks clean');
  const plan = parse(readFileSync(join(dir, written[5]), 'utf8'));
  const values = Object.values(plan.indicators).flatMap(i => [i.baseline, ...i.targets, i.growth]);
  const backed = [...values, ...Object.values(plan.funding)];
  assert.ok(
    backed.filter(Boolean).every(v => v.source?.quote),
    'every value is quoted from the source',
  );
  const read = f => readFileSync(join(dir, f), 'utf8');
  assert.equal(read(written[0]), readFileSync(join(repoRoot, 'docs/ci/github-workflow.yml'), 'utf8'));
  assert.deepEqual(JSON.parse(read(written[1])).recommendations, [`${pkg.publisher}.${pkg.name}`]);
  const schemas = Object.keys(JSON.parse(read(written[2]))['yaml.schemas']);
  assert.deepEqual(schemas, ['./node_modules/planlint/schemas/plan.schema.json']);
  assert.ok(existsSync(join(dir, schemas[0])), 'the schema it points at is installed');

  writeFileSync(join(dir, 'planlint.config.yaml'), 'rules: {}  # mine\n');
  const again = bin(dir, 'init', '--locale', 'zh-cn');
  assert.equal(again.status, 0, again.stderr);
  assert.match(again.stdout, /已跳过\s+planlint\.config\.yaml（文件已存在，未改动）/);
  assert.doesNotMatch(again.stdout, /已写入/);
  assert.equal(read('planlint.config.yaml'), 'rules: {}  # mine\n', 'nothing is overwritten');
});

test('planlint init refuses a folder it cannot write: exit 2, a clear message, in either language', () => {
  const dir = tempDir('init');
  writeFileSync(join(dir, 'notes'), 'a file\n');
  const en = inRepo(dir, 'init', 'notes/plans');
  assert.equal(en.status, 2);
  assert.equal(en.stderr, "planlint: cannot write to 'notes/plans': a part of the path is a file\n");
  const zh = inRepo(dir, 'init', '--locale', 'zh-cn', 'notes');
  assert.equal(zh.status, 2);
  assert.equal(zh.stderr, 'planlint: 无法写入“notes”：这是文件，不是文件夹\n');
  if (process.getuid?.() === 0) return; // root writes anywhere: no read-only folder to try
  chmodSync(dir, 0o555);
  const denied = inRepo(dir, 'init', '.');
  chmodSync(dir, 0o755);
  assert.equal(denied.status, 2);
  assert.match(denied.stderr, /cannot write to '\.': permission denied/);
});

test("planlint --version is package.json's version, as the .vsix's; the .vsix holds what it held", () => {
  assert.equal(inRepo(repoRoot, '--version').stdout, `${pkg.version}\n`);
  const vsix = join(tempDir('vsix'), 'planlint.vsix');
  const r = spawn(process.execPath, [join(repoRoot, 'scripts/package-vsix.mjs'), vsix], repoRoot);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  const entries = unzip(vsix);
  const identity = new RegExp(`<Identity [^>]*Version="${pkg.version}"`);
  assert.match(entries.get('extension.vsixmanifest').toString(), identity);
  assert.deepEqual(
    [...entries.keys()].sort(),
    [
      '[Content_Types].xml',
      'extension.vsixmanifest',
      'extension/LICENSE.txt',
      'extension/dist/client-browser.js',
      'extension/dist/client-node.js',
      'extension/dist/server-browser.js',
      'extension/dist/server-node.js',
      'extension/docs/rules.md',
      'extension/docs/rules.zh-cn.md',
      'extension/images/icon.png',
      'extension/l10n/bundle.l10n.zh-cn.json',
      'extension/language-configuration.json',
      'extension/package.json',
      'extension/package.nls.json',
      'extension/package.nls.zh-cn.json',
      'extension/readme.md',
      'extension/schemas/config.schema.json',
      'extension/schemas/plan.schema.json',
      'extension/syntaxes/planlint.tmLanguage.json',
      'extension/walkthrough/ci.md',
      'extension/walkthrough/ci.zh-cn.md',
      'extension/walkthrough/decide.md',
      'extension/walkthrough/decide.zh-cn.md',
      'extension/walkthrough/draft.md',
      'extension/walkthrough/draft.zh-cn.md',
      'extension/walkthrough/fill.md',
      'extension/walkthrough/fill.zh-cn.md',
      'extension/walkthrough/open.md',
      'extension/walkthrough/open.zh-cn.md',
      'extension/walkthrough/read.md',
      'extension/walkthrough/read.zh-cn.md',
    ],
    'what the .vsix holds: the bundles, the schemas of plans and of planlint.config.yaml, the grammar and the docs',
  );
});
