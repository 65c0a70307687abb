// `--cache`: a run after one change of 1,000 plans checks only what depends on the change, and prints
// what a run without the cache prints; a cache file that is not ours (garbage, another version, a
// link, a folder, a malformed entry) is no cache: the run checks everything and says the same.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../helpers.mjs';

const bin = join(repoRoot, 'bin/planlint.js');

function planlint(cwd, ...args) {
  const r = spawnSync(process.execPath, [bin, '--format', 'json', ...args, '.'], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', LANG: 'C', LC_ALL: '', PLANLINT_DEBUG_CACHE: '1' },
    maxBuffer: 1 << 26,
  });
  const stats = /cache: (\d+) checked, (\d+) from the cache/.exec(r.stderr);
  return {
    code: r.status,
    out: r.stdout,
    err: r.stderr.replace(/^planlint: cache: .*\n/m, ''),
    checked: stats && Number(stats[1]),
    cached: stats && Number(stats[2]),
  };
}

/** A plan of folder `f`, number `k`: every fifth one's target falls below its baseline (a finding). */
const plan = (f, k) =>
  `planlint: 1
plan: { id: p${f}x${k}, title: 规划${k}, period: [2016, 2020], baseline_year: 2015 }
include: [orgs.orgs.yaml]
indicators:
  a: { name: 指标${k}, unit: 亿元, direction: increase, baseline: { value: 10 }, targets: [{ year: 2020, value: ${k % 5 ? 20 : 5} }], responsible: [省财政厅] }
goals:
  G: { title: 目标, indicators: [a] }
`;
const ORGS = 'planlint: 1\norganizations:\n  省财政厅: { name: 某省财政厅 }\n';

/** 1,000 plans in 10 folders, each folder with the registry its 100 plans include. */
function workspace() {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'planlint-cache-')));
  mkdirSync(join(dir, '.git'));
  writeFileSync(join(dir, 'planlint.config.yaml'), 'rules: {}\n');
  for (let f = 0; f < 10; f++) {
    mkdirSync(join(dir, `f${f}`));
    writeFileSync(join(dir, `f${f}`, 'orgs.orgs.yaml'), ORGS);
    for (let k = 0; k < 100; k++) writeFileSync(join(dir, `f${f}`, `p${k}.plan.yaml`), plan(f, k));
  }
  return dir;
}

test('--cache: of 1,000 plans, one changed is the one checked again, and the output is a cold run’s', () => {
  const dir = workspace();
  try {
    const cold = planlint(dir, '--cache');
    assert.equal(cold.checked, 1010, 'the first run checks the 1,000 plans and 10 registries');
    assert.equal(cold.cached, 0);
    assert.equal(JSON.parse(cold.out).length, 200, 'every fifth plan has a finding');
    assert.ok(existsSync(join(dir, '.planlintcache')), 'the cache is written where it says, by default');

    const again = planlint(dir, '--cache');
    assert.deepEqual([again.checked, again.cached], [0, 1010], 'nothing changed: nothing is checked');
    assert.equal(again.out, cold.out);

    // One plan changes, its size kept (its stat's times say so, not its size): it alone is checked again.
    const p10 = join(dir, 'f5/p10.plan.yaml');
    writeFileSync(p10, readFileSync(p10, 'utf8').replace('value: 5 }', 'value: 25}'));
    const one = planlint(dir, '--cache');
    assert.deepEqual([one.checked, one.cached], [1, 1009], 'one file of 1,000 changed: one is checked');
    assert.equal(JSON.parse(one.out).length, 199, 'and its finding is gone');

    // One plan changes (its finding goes away, another appears): it alone is checked again.
    writeFileSync(join(dir, 'f3/p40.plan.yaml'), plan(3, 41).replace('p3x41', 'p3x40'));
    writeFileSync(join(dir, 'f3/p41.plan.yaml'), plan(3, 40).replace('p3x40', 'p3x41'));
    const two = planlint(dir, '--cache');
    assert.deepEqual([two.checked, two.cached], [2, 1008]);
    const fresh = planlint(dir, '--concurrency', 'off');
    assert.equal(fresh.checked, 1010, 'without --cache every file is checked');
    assert.equal(two.out, fresh.out, 'the cached run prints what a cold run prints');
    assert.equal(two.code, fresh.code);
    assert.notEqual(two.out, cold.out, 'and the change shows');

    // A registry 100 plans include changes: those plans and the registry are checked again.
    writeFileSync(join(dir, 'f7/orgs.orgs.yaml'), `${ORGS}  省发改委: { name: 某省发展和改革委员会 }\n`);
    const shared = planlint(dir, '--cache');
    assert.deepEqual([shared.checked, shared.cached], [101, 909]);
    assert.equal(shared.out, planlint(dir, '--concurrency', 'off').out);

    // A config over them all: everything is checked again (its rules apply to every plan).
    writeFileSync(join(dir, 'planlint.config.yaml'), 'rules: { direction-conflict: warning }\n');
    const config = planlint(dir, '--cache');
    assert.equal(config.checked, 1010);
    assert.equal(config.out, planlint(dir).out);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('--cache: a cache file that is not ours is no cache, never read through a link nor written through one', () => {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'planlint-cache-bad-')));
  try {
    mkdirSync(join(dir, '.git'));
    writeFileSync(join(dir, 'orgs.orgs.yaml'), ORGS);
    for (let k = 0; k < 5; k++) writeFileSync(join(dir, `p${k}.plan.yaml`), plan(0, k));
    const cold = planlint(dir);
    const cache = join(dir, '.planlintcache');
    const good = () => {
      rmSync(cache, { recursive: true, force: true });
      planlint(dir, '--cache');
      return JSON.parse(readFileSync(cache, 'utf8'));
    };
    const entry = Object.keys(good().files).find(k => k.endsWith('p0.plan.yaml'));
    const hostile = {
      garbage: () => '\u0000{not json',
      'another format': () => JSON.stringify({ ...good(), format: 99 }),
      'another build': () => JSON.stringify({ ...good(), key: 'x' }),
      'an entry of the wrong shape': () => {
        const data = good();
        data.files[entry].outcome.report.diagnostics = [{ range: 'everywhere' }];
        return JSON.stringify(data);
      },
      'an entry filed under another file': () => {
        const data = good();
        data.files[entry].outcome.path = '/etc/passwd';
        return JSON.stringify(data);
      },
    };
    for (const [what, text] of Object.entries(hostile)) {
      const t = text();
      writeFileSync(cache, t);
      const r = planlint(dir, '--cache');
      assert.equal(r.out, cold.out, what);
      assert.equal(r.err, '', `${what}: nothing to say`);
      assert.ok(r.checked >= (what.startsWith('an entry') ? 1 : 6), `${what}: checked again`);
    }

    // A link where the cache goes: not read, and not written through (its target stays as it was).
    const elsewhere = join(dir, 'elsewhere.txt');
    writeFileSync(elsewhere, JSON.stringify(good()));
    const before = readFileSync(elsewhere, 'utf8');
    rmSync(cache);
    symlinkSync(elsewhere, cache);
    const linked = planlint(dir, '--cache');
    assert.equal(linked.checked, 6, 'a linked cache is not read');
    assert.equal(linked.out, cold.out);
    assert.equal(linked.code, cold.code, 'the findings decide the exit code, not the cache');
    assert.match(linked.err, /the cache is not written: .*link/);
    assert.equal(readFileSync(elsewhere, 'utf8'), before, 'nothing is written through the link');

    // A folder where the cache goes, and --cache-location elsewhere.
    rmSync(cache);
    mkdirSync(cache);
    const folder = planlint(dir, '--cache');
    assert.equal(folder.out, cold.out);
    assert.match(folder.err, /the cache is not written/);
    const located = planlint(dir, '--cache-location', 'sub/my.cache');
    assert.equal(located.out, cold.out);
    assert.ok(existsSync(join(dir, 'sub/my.cache')), '--cache-location names the file, and implies --cache');
    assert.equal(planlint(dir, '--cache-location', 'sub/my.cache').checked, 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
