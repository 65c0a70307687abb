// Run-wide totals: past --max-total-files or --max-total-bytes read, the files left are refused unread,
// each with limit-exceeded at 1:1 that says why; a refusal is never cached; a bad value is refused.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../helpers.mjs';

const bin = join(repoRoot, 'bin/planlint.js');
const planlint = (cwd, ...args) => {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', LANG: 'C', LC_ALL: '' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

function repo(n = 10) {
  const dir = mkdtempSync(join(tmpdir(), 'planlint-totals-'));
  writeFileSync(join(dir, 'planlint.config.yaml'), 'rules: {}\n');
  for (let i = 0; i < n; i++)
    writeFileSync(
      join(dir, `p${String(i).padStart(2, '0')}.plan.yaml`),
      `planlint: 1\nplan: { id: p${i}, title: t, period: [2021, 2025] }\n# ${'x'.repeat(1000)}\n`,
    );
  return dir;
}
const refused = out => JSON.parse(out).filter(d => d.code === 'limit-exceeded');

for (const concurrency of ['off', '2']) {
  test(`--max-total-files: the files past the total are refused unread (--concurrency ${concurrency})`, () => {
    const dir = repo();
    // The config is the first file read; then one plan per file: 4 files read → 3 plans checked.
    const r = planlint(dir, '--format', 'json', '--concurrency', concurrency, '--max-total-files', '4', '.');
    assert.equal(r.code, 1, r.err);
    const left = refused(r.out);
    assert.ok(left.length >= 5 && left.length <= 8, `${left.length} refused`);
    for (const d of left) {
      assert.deepEqual([d.line, d.column], [1, 1]);
      assert.match(
        d.message,
        /not checked: the run read .* in \d+ files \(--max-total-bytes \d+ MB, --max-total-files 4\)/,
      );
    }
    assert.equal(refused(planlint(dir, '--format', 'json', '--concurrency', concurrency, '.').out).length, 0);
  });
}

test('--max-total-bytes: in Chinese too; a refusal is not kept in the cache', () => {
  const dir = repo();
  const r = planlint(dir, '--format', 'json', '--locale', 'zh-cn', '--cache', '--max-total-bytes', '3000', '.');
  const left = refused(r.out);
  assert.ok(left.length >= 5, `${left.length} refused`);
  assert.match(left[0].message, /^未检查：本次运行已读取\d+个文件共/);
  // The same run with room to read: every file checked, none of the refusals taken from the cache.
  const again = planlint(dir, '--format', 'json', '--cache', '.');
  assert.equal(again.code, 0, again.err);
  assert.deepEqual(JSON.parse(again.out), []);
});

test('planlint doc counts against the totals too', () => {
  const dir = mkdtempSync(join(tmpdir(), 'planlint-totals-'));
  for (let i = 0; i < 4; i++) writeFileSync(join(dir, `d${i}.txt`), '　　到2025年，产值达到100亿元。\n');
  const r = planlint(dir, 'doc', '--format', 'json', '--max-total-files', '2', '.');
  assert.ok(refused(r.out).length >= 2, r.out);
});

test('a total that is not a positive whole number is refused, exit 2', () => {
  const dir = repo(1);
  for (const v of ['0', '-5', '1e9', 'lots']) {
    const r = planlint(dir, `--max-total-bytes=${v}`, '.');
    assert.equal(r.code, 2);
    assert.match(r.err, new RegExp(`--max-total-bytes takes a positive whole number, not '${v}'`));
  }
});
