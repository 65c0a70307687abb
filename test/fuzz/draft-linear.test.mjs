// The drafter on adversarial text stays linear (issue 25: its money pattern was quadratic, a 160 KB document
// took 35 s). As in linear.test.mjs: the same draft on text of size n and 8n, in this run, must grow well under
// 64x (linear about 8x). `npm run fuzz` (FUZZ_RUNS set) uses inputs 4 times larger.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { core } from '../helpers.mjs';

const SCALE = process.env.FUZZ_RUNS ? 4 : 1;
const FACTOR = 8,
  MAX_GROWTH = 24;

/** Milliseconds a draft, the best of 5 rounds of at least 20 ms each. */
function perCall(text) {
  let best = Infinity;
  for (let trial = 0; trial < 5; trial++) {
    let k = 0;
    const t0 = performance.now();
    do {
      core.draftPlan(text, { documentName: 'd.txt', sourcePath: 'd.txt' });
      k++;
    } while (performance.now() - t0 < 20);
    best = Math.min(best, (performance.now() - t0) / k);
  }
  return best;
}

const CASES = {
  'digits before a money unit': n => `资金${'1'.repeat(n)}万元。\n`,
  'amounts without a unit': n => `安排资金${'1,000'.repeat(n)}。\n`,
  'money words in a row': n => `${'补助资金'.repeat(n)}100万元。\n`,
  'many amounts in one paragraph': n => `${'给予补助100万元，'.repeat(n)}\n`,
  'spaces inside an amount': n => `资金1${' '.repeat(n)}万元。\n`,
  'unit words without a number': n => `${'万元亿元'.repeat(n)}\n`,
  'shares and caps': n => `${'按30%给予补助，最高不超过'.repeat(n)}500万元。\n`,
};

test('the drafter: money, shares and amounts on adversarial text, n vs 8n', () => {
  const slow = [];
  for (const [name, make] of Object.entries(CASES)) {
    const small = make(400 * SCALE),
      large = make(FACTOR * 400 * SCALE);
    perCall(small);
    const a = perCall(small),
      b = perCall(large);
    if (b / a >= MAX_GROWTH) slow.push(`${name}: ${a.toFixed(2)} ms at n, ${b.toFixed(2)} ms at ${FACTOR}n`);
  }
  assert.deepEqual(slow, []);
});
