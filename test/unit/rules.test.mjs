// Every rule code: a plan that must fire it at the right lines and a near-miss that must not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
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

test('every rule code of the contract has a firing fixture and a near-miss', () => {
  for (const { code } of core.RULES) {
    assert.ok(files.includes(`${code}.fires.plan.yaml`), `missing ${code}.fires.plan.yaml`);
    assert.ok(files.includes(`${code}.ok.plan.yaml`), `missing ${code}.ok.plan.yaml`);
    const fired = files
      .filter(f => f.startsWith(code) && f.endsWith('.fires.plan.yaml'))
      .flatMap(f => expectations(join(dir, f)))
      .some(e => e.endsWith(`:${code}`));
    assert.ok(fired, `${code}: no fixture expects it`);
  }
});
