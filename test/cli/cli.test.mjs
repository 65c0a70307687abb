// The `planlint` command line as CI runs it: exit codes, output formats, bad input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../helpers.mjs';

const bin = join(repoRoot, 'bin/planlint.js');
function planlint(args, cwd = repoRoot, env = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', LANG: 'C', LC_ALL: '', ...env },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
function scratch(files) {
  const dir = mkdtempSync(join(tmpdir(), 'planlint-cli-'));
  writeFileSync(join(dir, 'planlint.config.yaml'), 'rules: {}\n');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}
const VALID =
  'planlint: 1\nplan: { id: v, title: t, period: [2016, 2020] }\nindicators:\n  a: { name: n, unit: 亿元, direction: increase, targets: [{ year: 2020, value: 5 }] }\ngoals:\n  G: { title: g, indicators: [a] }\n';

test('the seeds: the pinned diagnostics, exit 0 (warnings about the documents, no errors)', () => {
  const r = planlint(['--format', 'json', 'seeds']);
  const expected = JSON.parse(readFileSync(join(repoRoot, 'test/fixtures/seeds.expected.json'), 'utf8'));
  assert.equal(r.code, expected.some(d => d.severity === 'error') ? 1 : 0, r.err);
  assert.equal(r.code, 0, 'the seeds hold warnings only: the table restates its prose (issue 26)');
  assert.deepEqual(JSON.parse(r.out), expected);
});

test('stylish output groups by file and ends with a summary', () => {
  const r = planlint(['seeds']);
  assert.equal(r.code, 0, 'the seeds hold warnings about their documents, no errors');
  assert.match(r.out, /^■ seeds\/plans\/shaanxi-informatization-12th\.plan\.yaml$/m);
  assert.match(
    r.out,
    /580:22\s+warning\s+stated growth 11% a year for '全省信息产业主营业务收入', but 952\.9 → 1700 亿元 over 2015–2020 implies 12\.3%\s+growth-mismatch/,
  );
  assert.match(r.out, /✖ 3 problems \(0 errors, 3 warnings\) in 7 files/);
});

test("--format json prints exactly the contract's shape, sorted by file and position", () => {
  const dir = scratch({
    'b.plan.yaml': VALID.replace('value: 5', 'value: "5亿圆"'),
    'a.plan.yaml': VALID.replace('[a]', '[a, zz]'),
  });
  const r = planlint(['--format', 'json', '.'], dir);
  assert.equal(r.code, 1);
  const out = JSON.parse(r.out);
  assert.deepEqual(
    out.map(d => Object.keys(d)),
    out.map(() => ['file', 'line', 'column', 'endLine', 'endColumn', 'severity', 'code', 'message']),
  );
  assert.deepEqual(
    out.map(d => [d.file, d.line, d.column, d.endColumn, d.severity, d.code]),
    [
      ['a.plan.yaml', 6, 34, 36, 'error', 'unknown-reference'],
      ['b.plan.yaml', 4, 79, 84, 'warning', 'unit-unknown'],
    ],
  );
});

test('exit codes: 0 valid, 1 errors, --max-warnings, 2 could not run', () => {
  const dir = scratch({
    'ok.plan.yaml': VALID,
    'warn.plan.yaml': VALID.replace('value: 5', 'value: "5亿圆"'),
    'err.plan.yaml': VALID.replace('[a]', '[b]'),
  });
  assert.equal(planlint(['ok.plan.yaml'], dir).code, 0);
  assert.equal(planlint(['warn.plan.yaml'], dir).code, 0);
  assert.equal(planlint(['--max-warnings', '0', 'warn.plan.yaml'], dir).code, 1);
  assert.equal(planlint(['--max-warnings', '1', 'warn.plan.yaml'], dir).code, 0);
  assert.equal(planlint(['err.plan.yaml'], dir).code, 1);
  assert.equal(planlint(['--format', 'xml', 'ok.plan.yaml'], dir).code, 2);
  assert.equal(planlint(['--max-warnings', 'many', 'ok.plan.yaml'], dir).code, 2);
  assert.equal(planlint(['--bogus', 'ok.plan.yaml'], dir).code, 2);
  assert.equal(planlint([], dir).code, 1, 'no path: the current folder, err.plan.yaml included');
  assert.equal(planlint([], scratch({})).code, 2, 'no path and no plan in the current folder');
});

test('an unreadable file named on the command line: exit 2, the others still checked and reported', () => {
  const dir = scratch({ 'err.plan.yaml': VALID.replace('[a]', '[b]') });
  const r = planlint(['--format', 'json', 'missing.plan.yaml', 'err.plan.yaml'], dir);
  assert.equal(r.code, 2);
  assert.match(r.err, /cannot read 'missing\.plan\.yaml'/);
  assert.ok(
    JSON.parse(r.out).some(d => d.file === 'err.plan.yaml' && d.code === 'unknown-reference'),
    'err.plan.yaml was still checked',
  );
  assert.doesNotMatch(r.err, /\n\s+at /, 'no stack trace');
  const stylish = planlint(['missing.plan.yaml'], dir);
  assert.equal(stylish.code, 2);
  assert.match(
    stylish.out,
    /^✖ 0 files checked, no problems; 1 file could not be read$/m,
    'the summary does not claim all is well',
  );
});

test('bad input gets a diagnostic, never a stack trace: broken YAML, a file that is not a plan, a missing source, binary', () => {
  const dir = scratch({
    'broken.plan.yaml': 'planlint: 1\nplan:\n  title: 目标: 达到\n',
    'notes.yaml': 'shopping: [milk, eggs]\n',
    'src.plan.yaml':
      'planlint: 1\nplan: { id: s, title: t, period: [2016, 2020] }\nsources:\n  main: { path: gone.txt }\n',
    'bin.plan.yaml': '\u0000\u0001\u00ff\ufffe',
  });
  writeFileSync(join(dir, 'latin1.plan.yaml'), Buffer.from([0x70, 0x6c, 0x61, 0x6e, 0xe9, 0x0a]));
  const files = ['broken.plan.yaml', 'notes.yaml', 'src.plan.yaml', 'latin1.plan.yaml', 'bin.plan.yaml'];
  const r = planlint(['--format', 'json', ...files], dir);
  const out = JSON.parse(r.out);
  assert.deepEqual(
    out.filter(d => d.file === 'broken.plan.yaml').map(d => d.code),
    ['yaml-syntax'],
  );
  assert.deepEqual(
    out
      .filter(d => d.file === 'notes.yaml')
      .map(d => d.code)
      .sort(),
    ['schema', 'schema'],
  );
  assert.deepEqual(
    out.filter(d => d.file === 'src.plan.yaml').map(d => [d.line, d.code]),
    [[4, 'source-missing']],
  );
  // Latin-1 is none of the contract's encodings (é then a line feed is not GB18030 either); binary is not text.
  for (const f of ['latin1.plan.yaml', 'bin.plan.yaml']) {
    assert.deepEqual(
      out.filter(d => d.file === f).map(d => [d.line, d.code]),
      [[1, 'encoding']],
      f,
    );
  }
  assert.equal(r.code, 1, 'a file that is not text is a finding, not a failure to run');
  assert.equal(r.err, '');
  assert.doesNotMatch(r.err + r.out, /\n\s+at /);
});

test('folders, globs, and the folders a walk skips', () => {
  const dir = scratch({
    'plans/a.plan.yaml': VALID,
    'plans/b.plan.yml': VALID,
    'plans/o.orgs.yaml': 'planlint: 1\norganizations: {}\n',
    'plans/readme.yaml': 'x: 1\n',
    'node_modules/x/c.plan.yaml': 'broken: [',
    '.hidden/d.plan.yaml': 'broken: [',
  });
  const listed = r => JSON.parse(r.out);
  assert.equal(planlint(['--format', 'json', '.'], dir).code, 0, 'node_modules and dot-folders are skipped');
  const g = planlint(['--format', 'json', 'plans/*.plan.{yaml,yml}'], dir);
  assert.equal(g.code, 0, g.err);
  assert.deepEqual(listed(g), []);
  assert.equal(planlint(['nothing/*.plan.yaml'], dir).code, 2);
  // Globs go through picomatch: ** crosses folders, a brace list picks extensions.
  mkdirSync(join(dir, 'plans/sub'));
  writeFileSync(join(dir, 'plans/sub/e.plan.yaml'), VALID.replace('[a]', '[b]'));
  const deep = listed(planlint(['--format', 'json', 'plans/**/*.plan.yaml'], dir)).map(d => d.file);
  assert.deepEqual([...new Set(deep)], ['plans/sub/e.plan.yaml']);
});

test('--config and planlint.config.yaml: severities, off, tolerance; a bad config cannot run', () => {
  const dir = scratch({
    'w.plan.yaml': VALID.replace('value: 5', 'value: "5亿圆"'),
    'strict.yaml': 'rules: { unit-unknown: error }\n',
    'bad.yaml': 'rules: { unit-unknown: loud }\n',
  });
  assert.equal(planlint(['--config', 'strict.yaml', 'w.plan.yaml'], dir).code, 1);
  const bad = planlint(['--config', 'bad.yaml', 'w.plan.yaml'], dir);
  assert.equal(bad.code, 2);
  assert.match(
    bad.err,
    /bad\.yaml:1:24: 'loud' is not allowed for 'unit-unknown'; use one of: error, warning, info, hint, off/,
  );
  writeFileSync(join(dir, 'planlint.config.yaml'), 'rules: { unit-unknown: off }\n');
  const r = planlint(['--format', 'json', 'w.plan.yaml'], dir);
  assert.deepEqual(JSON.parse(r.out), []);
});

test('--locale zh-cn, or LANG=zh_CN.UTF-8, gives Chinese messages', () => {
  const dir = scratch({ 'e.plan.yaml': VALID.replace('[a]', '[b]') });
  assert.match(planlint(['--locale', 'zh-cn', 'e.plan.yaml'], dir).out, /没有名为“b”的指标/);
  assert.match(planlint(['e.plan.yaml'], dir, { LANG: 'zh_CN.UTF-8' }).out, /没有名为“b”的指标/);
  const zh = planlint(['--locale', 'zh-cn', 'e.plan.yaml'], dir).out;
  assert.match(zh, /^\s+\d+:\d+\s+错误\s/m, 'severities in Chinese');
  assert.match(zh, /^✖ 1个文件中发现\d+个问题（1个错误，0个警告/m, 'the summary line in Chinese');
  assert.match(planlint(['e.plan.yaml'], dir).out, /no indicator named 'b'/);
});

test('--help and --version', () => {
  assert.match(planlint(['--help']).out, /Usage: planlint/);
  assert.match(planlint(['--version']).out, /^\d+\.\d+\.\d+\n$/);
});

test('files as Chinese Windows saves them: GB18030 and UTF-16 plans are checked; what is not text is a finding', () => {
  const dir = join(repoRoot, 'test/fixtures/encodings');
  const clean = [
    'plan-gb18030.plan.yaml',
    'plan-utf16le.plan.yaml',
    'plan-utf16be.plan.yaml',
    'sources-encoded.plan.yaml',
  ];
  const ok = planlint(clean, dir);
  assert.equal(ok.code, 0, ok.out + ok.err);
  assert.match(ok.out, /^✔ 4 files checked, no problems$/m);
  const all = planlint(['--format', 'json', '.'], dir);
  assert.equal(all.code, 1, 'not text is an error found, not a failure to run');
  assert.equal(all.err, '', 'every file was read, the GB18030 config too');
  const byFile = {};
  for (const d of JSON.parse(all.out)) (byFile[d.file] ??= []).push(`${d.line}:${d.code}`);
  assert.deepEqual(byFile, {
    'binary.plan.yaml': ['1:encoding'],
    'gb18030-control.plan.yaml': ['1:encoding'],
    'include-not-text.plan.yaml': ['4:unknown-reference'],
    'not-text.orgs.yaml': ['1:encoding'],
    'sources-not-text.plan.yaml': ['5:source-missing', '6:source-missing', '7:source-missing'],
    'utf16-no-bom.plan.yaml': ['1:encoding'],
    'utf8-replacement.plan.yaml': ['1:encoding'],
  });
});

test('a planlint.config.yaml that is not text cannot be applied: exit 2, said once', () => {
  const dir = scratch({ 'a.plan.yaml': VALID, 'b.plan.yaml': VALID });
  writeFileSync(join(dir, 'planlint.config.yaml'), Buffer.from([0xff, 0xfe, 0x41]));
  const r = planlint(['.'], dir);
  assert.equal(r.code, 2);
  const said = r.err.match(/planlint\.config\.yaml:1:1: cannot be read: not text in UTF-8, UTF-16 or GB18030/g);
  assert.equal(said?.length, 1, r.err);
});
