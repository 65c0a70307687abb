// `--concurrency`: checking in worker threads prints what one thread prints, byte for byte, in every
// format, with the same problems on stderr and the same exit code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../helpers.mjs';

const bin = join(repoRoot, 'bin/planlint.js');
const FORMATS = Object.keys(createRequire(import.meta.url)(join(repoRoot, 'dist/cli.js')).REPORTERS);

/** One run writing every format to its own file; what it printed, by format, and its stderr and exit code. */
function run(paths, concurrency) {
  const out = mkdtempSync(join(tmpdir(), 'planlint-threads-'));
  try {
    const args = FORMATS.flatMap(f => ['--format', f, '--output', join(out, f)]);
    const r = spawnSync(process.execPath, [bin, '--concurrency', concurrency, ...args, ...paths], {
      cwd: repoRoot,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', LANG: 'C', LC_ALL: '' },
      maxBuffer: 1 << 26,
    });
    return {
      code: r.status,
      err: r.stderr,
      formats: Object.fromEntries(FORMATS.map(f => [f, readFileSync(join(out, f), 'utf8')])),
    };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

for (const [what, paths] of [
  ['the seeds', ['seeds']],
  ['the fixtures', ['test/fixtures']],
]) {
  test(`--concurrency: ${what} checked in threads print what one thread prints, in every format`, () => {
    assert.ok(FORMATS.length >= 6, 'every reporter is compared');
    const serial = run(paths, 'off');
    assert.ok(serial.formats.json.length > 100, `${what} have findings to compare`);
    for (const threads of ['3', 'auto']) {
      const parallel = run(paths, threads);
      assert.equal(parallel.code, serial.code, `exit code, ${threads} threads`);
      assert.equal(parallel.err, serial.err, `stderr, ${threads} threads`);
      for (const f of FORMATS) assert.equal(parallel.formats[f], serial.formats[f], `${f}, ${threads} threads`);
    }
  });
}

test('--concurrency takes auto, off or a count of threads, and nothing else', () => {
  for (const bad of ['0', 'many', '-2', '1.5']) {
    const r = spawnSync(process.execPath, [bin, '--concurrency', bad, 'seeds'], { cwd: repoRoot, encoding: 'utf8' });
    assert.equal(r.status, 2, bad);
    assert.match(r.stderr, /--concurrency/);
  }
});
