// What a run of many plans lets go, and when (cli/outcomes.ts `Keeper`): a file its first check read
// goes once that check is done; a file read again (a shared registry) stays while one of the last 8
// checks read it; configs stay.
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

test('a file read by one check is let go once that check is done', () => {
  const { released, project } = recorder();
  const keeper = new Keeper();
  keeper.used(project, ['/r/a/a.plan.yaml', '/r/a/orgs.orgs.yaml', '/r/a/source.txt', '/r/planlint.config.yaml']);
  assert.deepEqual(released.sort(), ['/r/a/a.plan.yaml', '/r/a/orgs.orgs.yaml', '/r/a/source.txt']);
});

test('a file read again is kept while one of the last 8 checks read it, then let go', () => {
  const { released, project } = recorder();
  const keeper = new Keeper();
  const shared = '/r/shared.orgs.yaml';
  keeper.used(project, ['/r/p0.plan.yaml', shared]);
  assert.deepEqual(released, ['/r/p0.plan.yaml', shared], 'read once: let go');
  released.length = 0;
  keeper.used(project, ['/r/p1.plan.yaml', shared]);
  assert.deepEqual(released, ['/r/p1.plan.yaml'], 'read again: kept');
  for (let k = 2; k < 9; k++) keeper.used(project, [`/r/p${k}.plan.yaml`]);
  assert.ok(!released.includes(shared), 'kept through the next 7 checks');
  keeper.used(project, ['/r/p9.plan.yaml']);
  assert.ok(released.includes(shared), 'let go when the last 8 checks did not read it');
});

test('a shared file read on each check stays parsed, and a config is never let go', () => {
  const { released, project } = recorder();
  const keeper = new Keeper();
  for (let k = 0; k < 20; k++)
    keeper.used(project, [`/r/p${k}.plan.yaml`, '/r/shared.orgs.yaml', '/r/planlint.config.yaml']);
  assert.equal(released.filter(u => u === '/r/shared.orgs.yaml').length, 1, 'let go once, after its first read');
  assert.ok(!released.includes('/r/planlint.config.yaml'));
});
