// What a run of many plans lets go, and when (cli/outcomes.ts `Keeper`): a checked plan no earlier check
// read goes once its check is done; a file read for the first time stays for the next check only (often
// its own: a registry beside its plan); a file read again stays while one of the last 8 checks read it;
// configs stay.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { repoRoot } from '../helpers.mjs';

const { Keeper } = createRequire(import.meta.url)(join(repoRoot, 'dist/cli.js'));

/** A project that records what it was told to release. */
function recorder() {
  const released = [];
  return { released, project: { release: uri => released.push(uri) } };
}

test('a checked plan goes at once; what it read for the first time goes after the next check', () => {
  const { released, project } = recorder();
  const keeper = new Keeper();
  const plan = '/r/a/a.plan.yaml';
  keeper.used(project, plan, [plan, '/r/a/orgs.orgs.yaml', '/r/a/source.txt', '/r/planlint.config.yaml']);
  assert.deepEqual(released, [plan]);
  keeper.used(project, '/r/b/b.plan.yaml', ['/r/b/b.plan.yaml']);
  assert.deepEqual(released.sort(), ['/r/a/a.plan.yaml', '/r/a/orgs.orgs.yaml', '/r/a/source.txt', '/r/b/b.plan.yaml']);
});

test('a registry read by its plan is still parsed for its own check, the next one', () => {
  const { released, project } = recorder();
  const keeper = new Keeper();
  const orgs = '/r/p/orgs.orgs.yaml';
  keeper.used(project, '/r/p/bench.plan.yaml', ['/r/p/bench.plan.yaml', orgs]);
  assert.ok(!released.includes(orgs), 'kept for the next check');
  keeper.used(project, orgs, [orgs]);
  assert.ok(!released.includes(orgs), 'read again by its own check: kept');
});

test('a file read again is kept while one of the last 8 checks read it, then let go', () => {
  const { released, project } = recorder();
  const keeper = new Keeper();
  const shared = '/r/shared.orgs.yaml';
  keeper.used(project, '/r/p0.plan.yaml', ['/r/p0.plan.yaml', shared]);
  keeper.used(project, '/r/p1.plan.yaml', ['/r/p1.plan.yaml', shared]);
  for (let k = 2; k < 9; k++) keeper.used(project, `/r/p${k}.plan.yaml`, [`/r/p${k}.plan.yaml`]);
  assert.ok(!released.includes(shared), 'kept through the 7 checks after its last read');
  keeper.used(project, '/r/p9.plan.yaml', ['/r/p9.plan.yaml']);
  assert.ok(released.includes(shared), 'let go when the last 8 checks did not read it');
});

test('a shared file read on each check is never let go between, and a config never', () => {
  const { released, project } = recorder();
  const keeper = new Keeper();
  for (let k = 0; k < 20; k++)
    keeper.used(project, `/r/p${k}.plan.yaml`, [
      `/r/p${k}.plan.yaml`,
      '/r/shared.orgs.yaml',
      '/r/planlint.config.yaml',
    ]);
  assert.ok(!released.includes('/r/shared.orgs.yaml'));
  assert.ok(!released.includes('/r/planlint.config.yaml'));
});
