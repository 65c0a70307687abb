// Writing outputs in CI, where the pull request's author controls every file and symbolic link in
// the checkout: an --output that is a link, or lies under a linked folder, is refused (exit 2)
// and the link's target is left untouched; a normal output is written through a rename.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  mkdtempSync,
  writeFileSync,
  readFileSync,
  mkdirSync,
  symlinkSync,
  readdirSync,
  lstatSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../helpers.mjs';

const bin = join(repoRoot, 'bin/planlint.js');
const run = (args, cwd) => {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', LANG: 'C' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const PLAN =
  'planlint: 1\nplan: { id: v, title: t, period: [2016, 2020] }\nindicators:\n  a: { name: n, unit: 亿元, direction: increase, targets: [{ year: 2020, value: 5 }] }\ngoals:\n  G: { title: g, indicators: [a] }\n';

/** A checkout with a plan, and outside it a file and a folder an attacker would like written. */
function checkout() {
  const root = mkdtempSync(join(tmpdir(), 'planlint-out-'));
  const repo = join(root, 'repo'),
    outside = join(root, 'outside');
  mkdirSync(repo);
  mkdirSync(outside);
  writeFileSync(join(repo, 'planlint.config.yaml'), 'rules: {}\n');
  writeFileSync(join(repo, 'a.plan.yaml'), PLAN);
  writeFileSync(join(outside, 'victim'), 'precious\n');
  return { repo, outside };
}
const COMMANDS = [
  ['--format', 'sarif', '--output'],
  ['--format', 'junit', '--output'],
  ['report', '--output'],
];

for (const prefix of COMMANDS) {
  const name = prefix.join(' ');
  test(`${name}: an output path that is a symbolic link is refused, its target untouched`, () => {
    const { repo, outside } = checkout();
    symlinkSync(join(outside, 'victim'), join(repo, 'planlint.out'));
    const r = run([...prefix, 'planlint.out', 'a.plan.yaml'], repo);
    assert.equal(r.code, 2, r.err);
    assert.match(r.err, /refusing to write 'planlint\.out': it is a symbolic link/);
    assert.equal(readFileSync(join(outside, 'victim'), 'utf8'), 'precious\n');
    assert.ok(lstatSync(join(repo, 'planlint.out')).isSymbolicLink(), 'the link itself is left too');
    assert.deepEqual(
      readdirSync(repo).sort(),
      ['a.plan.yaml', 'planlint.config.yaml', 'planlint.out'],
      'no temporary file left',
    );
  });

  test(`${name}: an output under a linked folder (mkdir -p through it included) is refused`, () => {
    const { repo, outside } = checkout();
    symlinkSync(outside, join(repo, 'site'));
    for (const out of ['site/victim', 'site/new/deeper/x.out']) {
      const r = run([...prefix, out, 'a.plan.yaml'], repo);
      assert.equal(r.code, 2, r.err);
      assert.match(r.err, /refusing to write .*site' is a symbolic link/);
    }
    assert.deepEqual(readdirSync(outside), ['victim'], 'no folder or file created through the link');
    assert.equal(readFileSync(join(outside, 'victim'), 'utf8'), 'precious\n');
  });
}

test('a normal output: written (folders created), replaced on the next run, nothing else left behind', () => {
  const { repo } = checkout();
  assert.equal(run(['--format', 'json', '--output', 'out/deep/r.json', 'a.plan.yaml'], repo).code, 0);
  assert.deepEqual(JSON.parse(readFileSync(join(repo, 'out/deep/r.json'), 'utf8')), []);
  writeFileSync(join(repo, 'out/deep/r.json'), 'old');
  assert.equal(run(['report', '--output', 'out/deep/r.json', 'a.plan.yaml'], repo).code, 0);
  assert.match(readFileSync(join(repo, 'out/deep/r.json'), 'utf8'), /^<!doctype html>/);
  assert.deepEqual(readdirSync(join(repo, 'out/deep')), ['r.json']);
  assert.ok(statSync(join(repo, 'out/deep/r.json')).isFile());
});

test('draft --out: a linked folder on the way (a cloned `plans -> ~/.bashrc.d`) is refused, nothing written there', () => {
  const { repo, outside } = checkout();
  writeFileSync(join(repo, 'doc.txt'), '到2025年，数字经济核心产业增加值达到500亿元。\n');
  symlinkSync(outside, join(repo, 'plans'));
  for (const out of ['plans/x.plan.yaml', 'plans/new/x.plan.yaml']) {
    const r = run(['draft', 'doc.txt', '--out', out], repo);
    assert.equal(r.code, 2, r.err);
    assert.match(r.err, /refusing to write .*plans' is a symbolic link/);
  }
  assert.deepEqual(readdirSync(outside), ['victim']);
  symlinkSync(join(outside, 'victim'), join(repo, 'linked.plan.yaml'));
  assert.equal(
    run(['draft', 'doc.txt', '--out', 'linked.plan.yaml'], repo).code,
    2,
    'an existing link is not followed',
  );
  assert.equal(readFileSync(join(outside, 'victim'), 'utf8'), 'precious\n');
  assert.equal(run(['draft', 'doc.txt', '--out', 'drafts/x.plan.yaml'], repo).code, 0);
  assert.match(readFileSync(join(repo, 'drafts/x.plan.yaml'), 'utf8'), /500/);
});

test('init: a linked folder inside the new repository, or the folder itself linked, is refused', () => {
  const { repo, outside } = checkout();
  mkdirSync(join(repo, 'new'));
  symlinkSync(outside, join(repo, 'new/plans'));
  const r = run(['init', 'new'], repo);
  assert.equal(r.code, 2, r.out + r.err);
  assert.match(r.err, /plans' is a symbolic link/);
  symlinkSync(outside, join(repo, 'linked'));
  assert.equal(run(['init', 'linked'], repo).code, 2);
  assert.deepEqual(readdirSync(outside), ['victim'], 'nothing written through either link');
});

test('--baseline: a link out of the checkout, a FIFO and a file over the plan limit are refused unread', () => {
  const { repo, outside } = checkout();
  symlinkSync(join(outside, 'victim'), join(repo, 'base.json'));
  const linked = run(['--baseline', 'base.json', 'a.plan.yaml'], repo);
  assert.equal(linked.code, 2);
  assert.match(linked.err, /cannot use baseline 'base\.json': it lies outside the workspace/);
  spawnSync('mkfifo', [join(repo, 'fifo.json')]);
  const fifo = spawnSync(process.execPath, [bin, '--baseline', 'fifo.json', 'a.plan.yaml'], {
    cwd: repo,
    encoding: 'utf8',
    timeout: 20000,
    env: { ...process.env, LANG: 'C' },
  });
  assert.equal(fifo.status, 2, 'a FIFO does not block the run');
  assert.match(fifo.stderr, /not a regular file/);
  writeFileSync(join(repo, 'big.json'), Buffer.alloc(20 * 1024 * 1024 + 1, 0x20));
  const big = run(['--baseline', 'big.json', 'a.plan.yaml'], repo);
  assert.equal(big.code, 2);
  assert.match(big.err, /larger than 20971520 bytes/);
  writeFileSync(join(repo, 'ok.json'), '[]');
  assert.equal(run(['--baseline', 'ok.json', 'a.plan.yaml'], repo).code, 0);
});
