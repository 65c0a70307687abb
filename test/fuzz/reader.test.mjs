// Properties of the quantity reader on phrases built from its own tables: it never throws, every
// interval runs upward, and a reading printed and read again gives the same interval.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { core } from '../helpers.mjs';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const SEED = Number(process.env.FUZZ_SEED ?? 20261202);
const before = fc.constantFrom(
  '',
  '>=',
  '≥',
  '超过',
  '突破',
  '不低于',
  '不超过',
  '低于',
  '约',
  '达到',
  '力争达到',
  '控制在',
  '最高',
  '逾',
  '超',
  '过',
  '近',
);
const number = fc.oneof(
  fc.integer({ min: 0, max: 99999 }).map(String),
  fc.constantFrom('0.5', '1,200', '二', '三百五十', '两千', '一百二十', '〇'),
  fc.double({ min: 0, max: 1e6, noNaN: true }).map(n => String(Math.round(n * 100) / 100)),
);
const unit = fc.constantFrom(
  '',
  '%',
  '亿元',
  '万元',
  '万户',
  '个',
  '家',
  '岁',
  '年',
  '亿美元',
  '万吨/年',
  '万',
  '亿',
  '百分点',
  'M',
  '元/人',
  '亿园',
);
const after = fc.constantFrom('', '以上', '以下', '以内', '左右', '多', '余', '上下', '以上（含）');
const sep = fc.constantFrom('-', '～', '至', '到');
const phrase = fc.oneof(
  fc.tuple(before, number, unit, after).map(a => a.join('')),
  fc.tuple(before, number, unit, sep, number, unit, after).map(a => a.join('')),
  fc.string({ maxLength: 12 }),
);
const field = fc.constantFrom('value', 'change', 'growth', 'funding');

test('the reader never throws; intervals run upward; printed and read again, a reading keeps its interval', () => {
  fc.assert(
    fc.property(phrase, field, (raw, f) => {
      const p = core.parseQuantity(raw, f);
      if (!p.ok) {
        assert.ok(p.error.en && p.error.zh);
        return;
      }
      const q = p.quantity;
      assert.ok(q.interval.lo <= q.interval.hi, `${raw}: ${JSON.stringify(q.interval)}`);
      // A four-digit number of 年 printed without its separator would read as a date (1,200年 → 1200年).
      if (q.unknown !== undefined || q.multiple !== undefined || f !== 'value' || q.unitText === '年') return;
      const again = core.parseQuantity(core.showQuantity(q), f);
      assert.ok(again.ok, `${raw} → ${core.showQuantity(q)}`);
      const [a, b] = [q.interval, again.quantity.interval];
      const near = (x, y) => x === y || Math.abs(x - y) <= 1e-9 * Math.max(Math.abs(x), Math.abs(y));
      assert.ok(
        near(a.lo, b.lo) && near(a.hi, b.hi) && a.loOpen === b.loOpen && a.hiOpen === b.hiOpen,
        `${raw} → ${core.showQuantity(q)}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`,
      );
    }),
    { numRuns: RUNS, seed: SEED },
  );
});

test('numbers past floating point are a schema error that names them', () => {
  for (const raw of ['1e999', '9'.repeat(400), `>= ${'9'.repeat(320)}亿元`]) {
    const p = core.parseQuantity(raw);
    assert.equal(p.ok, false, raw);
    assert.match(p.error.en, /past the range of numbers/);
    assert.doesNotMatch(p.error.en, /Infinity|NaN|undefined/);
  }
});
