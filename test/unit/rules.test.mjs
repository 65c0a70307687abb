// Every rule fixture: a plan that must fire its rule at the marked lines and a near-miss that must not.
// That every rule code has both is checked in rule-modules.test.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check, core, expectations, found, repoRoot } from '../helpers.mjs';

const dir = join(repoRoot, 'test/fixtures/rules');
const files = readdirSync(dir)
  .filter(f => /\.(fires|ok)\.plan\.yaml$/.test(f))
  .sort();

for (const f of files) {
  test(`fixture ${f}`, async () => {
    const file = join(dir, f);
    const diags = await check(file, { root: dir });
    assert.deepEqual(
      found(diags),
      expectations(file),
      diags.map(d => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code} ${d.message}`).join('\n'),
    );
  });
}

// The plan system (test/fixtures/plan-system/): plans that carry down and split each other's indicators
// across files, in a workspace of their own, under its config (a user unit marked additive: false).
const system = join(repoRoot, 'test/fixtures/plan-system');
const systemConfig = core.parseConfig(readFileSync(join(system, 'planlint.config.yaml'), 'utf8')).config;
const systemPlans = readdirSync(system, { recursive: true })
  .filter(f => f.endsWith('.plan.yaml'))
  .sort();

test('the plan system has a master plan, a special plan, three city plans and near misses', () => {
  for (const f of ['master', 'special', 'special-met', 'province-fits', 'links.fires', 'links.ok'])
    assert.ok(systemPlans.includes(`${f}.plan.yaml`), f);
  assert.equal(systemPlans.filter(f => f.startsWith('cities/')).length, 3);
});

for (const f of systemPlans) {
  test(`plan system ${f}`, async () => {
    const file = join(system, f);
    const diags = await check(file, { root: system, config: systemConfig });
    assert.deepEqual(
      found(diags),
      expectations(file),
      diags.map(d => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code} ${d.message}`).join('\n'),
    );
  });
}
