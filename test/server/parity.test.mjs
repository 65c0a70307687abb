// One engine: the command line and both server bundles give the same diagnostics for every plan
// of the fixtures and the seeds (limits included), and the servers publish to the URI and version
// that the editor opened, however the name is encoded.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { URI } from 'vscode-uri';
import { repoRoot } from '../helpers.mjs';
import { BUNDLES, startServer } from './harness.mjs';

const SEVERITY = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };
const TREES = ['seeds', 'test/fixtures'];

const planFiles = dir =>
  readdirSync(dir, { withFileTypes: true }).flatMap(e => {
    const full = join(dir, e.name);
    if (e.isDirectory()) return e.name.startsWith('.') ? [] : planFiles(full);
    return /\.(plan\.ya?ml|orgs\.yaml)$/.test(e.name) ? [full] : [];
  });
const PLANS = TREES.flatMap(t => planFiles(join(repoRoot, t)))
  .map(f => relative(repoRoot, f))
  .sort();

/** The contract's command-line root: the nearest folder holding planlint.config.yaml or .git. */
function cliRoot(file) {
  for (let dir = dirname(file); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'planlint.config.yaml')) || existsSync(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return repoRoot;
  }
}

const row = (file, d) => [file, d.line, d.column, d.endLine, d.endColumn, d.severity, d.code, d.message].join(' | ');

let cli;
before(() => {
  const r = spawnSync(process.execPath, [join(repoRoot, 'bin/planlint.js'), '--format', 'json', ...TREES], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  assert.equal(r.stderr, '', 'the CLI could read every file');
  cli = JSON.parse(r.stdout)
    .map(d => row(d.file, d))
    .sort();
  assert.ok(
    cli.some(x => x.includes('limit-exceeded') && x.startsWith('test/fixtures/limits/large')),
    'the limit fixture is refused',
  );
});

for (const bundle of BUNDLES) {
  describe(`${bundle} server: parity with the command line`, () => {
    let client;
    before(async () => {
      // The editor's workspace folders are the roots the command line finds, so both read the same configs.
      const folders = [...new Set(PLANS.map(f => cliRoot(join(repoRoot, f))))];
      client = await startServer(bundle, folders[0], { folders });
      await client.indexed();
    });
    after(() => client.shutdown());

    test('every plan of the fixtures and the seeds, not open in the editor, gets the diagnostics the CLI gives', () => {
      const got = [];
      for (const p of client.diagnostics.values()) {
        const file = relative(repoRoot, fileURLToPath(p.uri)).split('\\').join('/');
        if (!PLANS.includes(file)) continue;
        for (const d of p.diagnostics) {
          if (d.data?.acknowledged) continue; // recorded decisions: the CLI lists them apart (suppressed)
          got.push(
            row(file, {
              line: d.range.start.line + 1,
              column: d.range.start.character + 1,
              endLine: d.range.end.line + 1,
              endColumn: d.range.end.character + 1,
              severity: SEVERITY[d.severity],
              code: d.code,
              message: d.message,
            }),
          );
        }
      }
      const published = new Set([...client.diagnostics.keys()].map(u => relative(repoRoot, fileURLToPath(u))));
      assert.deepEqual(
        PLANS.filter(f => !published.has(f)),
        [],
        'every plan was checked',
      );
      assert.deepEqual(got.sort(), cli);
    });
  });
}

/** A workspace whose file names hold what URIs encode: parentheses, spaces, #, % and Chinese. */
function oddNames() {
  const d = realpathSync(mkdtempSync(join(tmpdir(), 'planlint-uri-')));
  writeFileSync(join(d, 'planlint.config.yaml'), 'rules: {}\n');
  const plan = (id, target) =>
    `planlint: 1\nplan: { id: ${id}, title: t, period: [2016, 2020], baseline_year: 2015 }\n` +
    `indicators:\n  x: { name: x, unit: 亿元, direction: increase, baseline: { value: 100 }, targets: [{ year: 2020, value: ${target} }] }\n` +
    'goals:\n  G: { title: g, indicators: [x] }\n';
  writeFileSync(join(d, 'sx(1) 规划#2.plan.yaml'), plan('a', 90));
  writeFileSync(join(d, '100% 完成 (b).plan.yaml'), plan('b', 80));
  return d;
}

for (const bundle of BUNDLES) {
  describe(`${bundle} server: URIs as VS Code writes them`, () => {
    let client, dir;
    before(async () => {
      dir = oddNames();
      client = await startServer(bundle, dir);
    });
    after(() => client.shutdown());

    test('diagnostics arrive for the URI and version that were opened', async () => {
      const path = join(dir, 'sx(1) 规划#2.plan.yaml');
      const uri = URI.file(path).toString();
      assert.match(uri, /sx%281%29%20%E8%A7%84%E5%88%92%232\.plan\.yaml$/, 'encoded as VS Code encodes it');
      await client.open(path, 'planlint', uri);
      const p = await client.waitForDiagnostics(uri, x => x.version === 1);
      assert.deepEqual(
        p.diagnostics.map(d => d.code),
        ['direction-conflict'],
      );
      const h = await client.hover(uri, 5, 3);
      assert.ok(h, 'requests on that URI are answered');
      assert.ok(
        client.log.some(m => /checked .*sx\(1\) 规划#2\.plan\.yaml \(opened\): 1 finding/.test(m)),
        `the Output channel says what was checked and why: ${client.log.join('\n')}`,
      );
    });

    test('a plan that is not open is published under its VS Code URI', async () => {
      await client.indexed();
      const uri = URI.file(join(dir, '100% 完成 (b).plan.yaml')).toString();
      const p = await client.waitForDiagnostics(uri);
      assert.deepEqual(
        p.diagnostics.map(d => d.code),
        ['direction-conflict'],
      );
    });
  });
}

/** A workspace whose config names a rule that does not exist. */
function brokenConfig() {
  const d = realpathSync(mkdtempSync(join(tmpdir(), 'planlint-config-')));
  writeFileSync(join(d, 'planlint.config.yaml'), 'rules:\n  growth-mismatc: warning\n');
  writeFileSync(
    join(d, 'p.plan.yaml'),
    'planlint: 1\nplan: { id: p, title: t, period: [2016, 2020], baseline_year: 2015 }\n',
  );
  return d;
}

test('CLI: a broken config is reported with its position, is not applied, and the run exits 2', () => {
  const d = brokenConfig();
  const r = spawnSync(process.execPath, [join(repoRoot, 'bin/planlint.js'), '.'], { cwd: d, encoding: 'utf8' });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /planlint\.config\.yaml:2:3: unknown rule 'growth-mismatc'; did you mean 'growth-mismatch'\?/);
  assert.match(r.stderr, /planlint\.config\.yaml is not applied until these problems are fixed/);
});

for (const bundle of BUNDLES) {
  test(`${bundle} server: a broken config shows the CLI's problems on the config file, and the log says it is not applied`, async () => {
    const d = brokenConfig();
    const client = await startServer(bundle, d);
    try {
      const p = await client.waitForDiagnostics(URI.file(join(d, 'planlint.config.yaml')).toString());
      assert.deepEqual(
        p.diagnostics.map(x => [x.code, x.range.start.line, x.range.start.character, x.message]),
        [['config', 1, 2, "unknown rule 'growth-mismatc'; did you mean 'growth-mismatch'?"]],
      );
      await client.indexed();
      assert.ok(
        client.log.some(m => /planlint\.config\.yaml has 1 problem\(s\) and is not applied/.test(m)),
        client.log.join('\n'),
      );
    } finally {
      await client.shutdown();
    }
  });
}
