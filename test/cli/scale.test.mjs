// A run over many plans holds what it checks now, not everything it checked: each file's parse is let
// go once the last few checks no longer read it (cli/outcomes.ts `Keeper`, Workspace.invalidate). Kept,
// the parses of a thousand plans filled the heap (540 MB) and the garbage collector copied it again and
// again. Here a run of 150 plans must fit an old generation of 64 MB: holding them all, it cannot.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeWorkspace } from '../../bench/generate.mjs';
import { repoRoot } from '../helpers.mjs';

const PLANS = 150;

test(`a run of ${PLANS} plans in one thread fits a 64 MB heap: it does not keep each plan's parse`, () => {
  const dir = mkdtempSync(join(tmpdir(), 'planlint-scale-'));
  try {
    writeWorkspace(dir, 40, PLANS);
    const r = spawnSync(
      process.execPath,
      ['--max-old-space-size=64', join(repoRoot, 'bin/planlint.js'), '--format', 'json', '--concurrency', 'off', '.'],
      {
        cwd: dir,
        encoding: 'utf8',
        maxBuffer: 1 << 28,
        env: { ...process.env, LANG: 'C', LC_ALL: '', PLANLINT_DEBUG_CACHE: '1' },
      },
    );
    assert.equal(r.signal, null, `the run was killed: ${r.stderr.slice(-400)}`);
    assert.equal(r.status, 0, r.stderr.slice(-400));
    assert.ok(Array.isArray(JSON.parse(r.stdout)), 'the report was printed');
    // How many files the run checked, as PLANLINT_DEBUG_CACHE says it: every plan and its registry.
    assert.match(r.stderr, new RegExp(`cache: ${PLANS * 2} checked`));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
