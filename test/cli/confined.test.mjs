// What a pull request's author controls cannot reach past the workspace: a config that links out,
// a FIFO, an oversized source, and limits raised by the repository's own config under --max-limits.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, realpathSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../helpers.mjs';

const CLI = join(repoRoot, 'dist/cli.js');
const HEAD = 'planlint: 1\nplan: { id: p, title: t, period: [2016, 2020], baseline_year: 2015 }\n';
const scratch = () => realpathSync(mkdtempSync(join(tmpdir(), 'planlint-confined-')));
/** Runs the CLI in-process in a child, reporting its peak memory on stderr. */
function planlint(args, cwd) {
  const script =
    `require(${JSON.stringify(CLI)}).main(${JSON.stringify(args)}).then(c => {` +
    'process.stderr.write(`MAXRSS ${process.resourceUsage().maxRSS}\\n`); process.exitCode = c; })';
  const r = spawnSync(process.execPath, ['-e', script], { cwd, encoding: 'utf8', timeout: 30000 });
  return {
    code: r.status,
    out: r.stdout,
    err: r.stderr,
    rssMB: Number(/MAXRSS (\d+)/.exec(r.stderr)?.[1]) / 1024,
    signal: r.signal,
  };
}

test('a config that links out of the workspace is not read: not /dev/zero, not a file of secrets', () => {
  const outside = scratch();
  writeFileSync(join(outside, 'secrets.yaml'), 'aws_secret_access_key: hunter2-do-not-print\n');
  for (const target of ['/dev/zero', join(outside, 'secrets.yaml')]) {
    const d = scratch();
    symlinkSync(target, join(d, 'planlint.config.yaml'));
    writeFileSync(join(d, 'p.plan.yaml'), HEAD);
    const r = planlint(['p.plan.yaml'], d);
    assert.equal(r.code, 2, r.err);
    assert.match(r.err, /planlint\.config\.yaml:1:1: cannot be read: it lies outside the workspace/);
    assert.doesNotMatch(r.err + r.out, /hunter2|aws_secret/, 'nothing of the linked file is echoed');
    assert.ok(r.rssMB < 200, `${r.rssMB} MB`);
  }
});

test('a FIFO named planlint.config.yaml does not hang the run', () => {
  const d = scratch();
  assert.equal(spawnSync('mkfifo', [join(d, 'planlint.config.yaml')]).status, 0);
  writeFileSync(join(d, 'p.plan.yaml'), HEAD);
  const r = planlint(['p.plan.yaml'], d);
  assert.equal(r.signal, null, 'finished without being killed');
  assert.equal(r.code, 2);
  assert.match(r.err, /planlint\.config\.yaml:1:1: cannot be read: is not a regular file/);
});

test('an oversized source is refused by its size, before it is read', () => {
  const d = scratch();
  writeFileSync(join(d, 'planlint.config.yaml'), 'rules: {}\n');
  writeFileSync(join(d, 'huge.txt'), '');
  truncateSync(join(d, 'huge.txt'), 1536 * 1024 * 1024); // sparse: 1.5 GB that take no disk
  writeFileSync(join(d, 'p.plan.yaml'), `${HEAD}sources:\n  huge: { path: huge.txt }\n`);
  const r = planlint(['--format', 'json', 'p.plan.yaml'], d);
  assert.deepEqual(
    JSON.parse(r.out).map(x => x.code),
    ['source-missing'],
  );
  assert.ok(r.rssMB < 200, `peak memory ${r.rssMB} MB: the file was not read`);
});

test("--max-limits: the repository's config may lower limits but not raise them", () => {
  const d = scratch();
  writeFileSync(join(d, 'planlint.config.yaml'), 'limits: { max_nesting_depth: 1000 }\n');
  let deep = `${HEAD}x:\n`;
  for (let i = 1; i < 100; i++) deep += `${' '.repeat(i * 2)}k${i}:\n`;
  writeFileSync(join(d, 'deep.plan.yaml'), deep);
  const codes = args => JSON.parse(planlint(['--format', 'json', ...args, 'deep.plan.yaml'], d).out).map(x => x.code);
  assert.ok(!codes([]).includes('limit-exceeded'), 'the repository raised the nesting limit to 1000');
  assert.deepEqual(codes(['--max-limits']), ['limit-exceeded'], 'pinned to the default of 64');
  writeFileSync(join(d, 'ci.yaml'), 'rules: {}\n');
  assert.deepEqual(
    codes(['--config', 'ci.yaml']),
    ['limit-exceeded'],
    "--config replaces the repository's config, limits too",
  );
});
