// The long run's resource cases (npm run fuzz): too slow for every npm test, still run in full.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { check } from '../helpers.mjs';

const dir = () => {
  const d = mkdtempSync(join(tmpdir(), 'planlint-bomb-'));
  writeFileSync(join(d, 'planlint.config.yaml'), 'rules: {}\n');
  return d;
};
const HEAD = 'planlint: 1\nplan: { id: b, title: t, period: [2016, 2020], baseline_year: 2015 }\n';

test('100,000 indicators are checked', async () => {
  const d = dir();
  const parts = [HEAD, 'indicators:\n'];
  for (let i = 0; i < 100000; i++)
    parts.push(
      `  i${i}: { name: n, unit: 亿元, direction: increase, baseline: { value: ${i + 1} }, targets: [{ year: 2020, value: ${i + 2} }] }\n`,
    );
  parts.push('goals:\n  G: { title: g, indicators: [i0] }\n');
  writeFileSync(join(d, 'many.plan.yaml'), parts.join(''));
  const diags = await check(join(d, 'many.plan.yaml'));
  assert.equal(diags.filter(x => x.code === 'unused-indicator').length, 99999);
  assert.equal(diags.filter(x => x.code !== 'unused-indicator').length, 0);
});
