// Every rule fixture: a plan that must fire its rule at the marked lines and a near-miss that must not.
// That every rule code has both is checked in rule-modules.test.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { check, expectations, found, repoRoot } from '../helpers.mjs';

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
