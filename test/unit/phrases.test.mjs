// The quantity reader on the seed documents' own phrases: every quantitative phrase that
// scripts/phrases.mjs pulls out of seeds/sources reads as pinned in test/fixtures/phrases.jsonl,
// and the phrases the contract and the issue name read as a person reads them (checked by hand).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../helpers.mjs';
import { phrases, readingOf } from '../../scripts/phrases.mjs';

const pinned = readFileSync(join(repoRoot, 'test/fixtures/phrases.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map(l => JSON.parse(l));

test("the seed documents' phrase corpus reads as pinned (at least 150 phrases)", () => {
  assert.ok(pinned.length >= 150, `${pinned.length} phrases`);
  const wrong = pinned
    .filter(p => readingOf(p.phrase, p.field) !== p.reading)
    .map(p => `${p.phrase} (${p.field}): ${readingOf(p.phrase, p.field)}, pinned ${p.reading}`);
  assert.deepEqual(wrong, []);
});

test('the corpus is what the script finds in the documents today', () => {
  const docs = [
    '000_f781782196011d6f',
    '001_9b1133b78090ed6f',
    '002_2ea8478a7288cd88',
    '003_1a9d044a709995e3',
    '004_20b7e8ad50f7031c',
  ];
  const found = new Set(
    docs
      .flatMap(d => phrases(readFileSync(join(repoRoot, 'seeds/sources', `${d}.txt`), 'utf8')))
      .map(p => `${p.field}|${p.phrase}`),
  );
  assert.deepEqual(
    pinned.map(p => `${p.field}|${p.phrase}`).filter(k => !found.has(k)),
    [],
    'no pinned phrase is stale',
  );
  assert.equal(found.size, pinned.length, 'every phrase found is pinned: run scripts/phrases.mjs and review the diff');
});

// Checked by hand against how a drafter reads each phrase.
const BY_HAND = [
  ['突破4300万', 'value', '> 4300万 [×10000]'],
  ['达到1500亿元左右', 'value', '1425–1575亿元 [money]'],
  ['年均增长15%左右', 'growth', '14.25–15.75% [share]'],
  ['年均增长率超过9%', 'growth', '> 9% [share]'],
  ['年均增长4.8%以上', 'growth', '≥ 4.8% [share]'],
  ['1-2个', 'value', '1–2个 [count]'],
  ['二至三个', 'value', '2–3个 [count]'],
  ['20～30户', 'value', '20–30户 [households]'],
  ['200万元至1000万元', 'value', '200–1000万元 [money]'],
  ['超300平方米至1000平方米', 'value', '>300–1000平方米 [area]'],
  ['1-3万元', 'value', '1–3万元 [money]'],
  ['10%-15%', 'value', '10–15% [share]'],
  ['最高不超过500万元', 'value', '≤ 500万元 [money]'],
  ['突破1000亿元以上', 'value', '> 1000亿元 [money]'],
  ['达到60%以上', 'value', '≥ 60% [share]'],
  ['提高至75%以上', 'value', '≥ 75% [share]'],
  ['控制在5.5%以内', 'value', '≤ 5.5% [share]'],
  ['超过100%', 'value', '> 100% [share]'],
  ['约65%', 'value', '61.75–68.25% [share]'],
  ['150万吨/年多', 'value', '> 150万吨/年 [mass/years]'],
  ['400余万', 'value', '> 400万 [×10000]'],
  ['30多个', 'value', '> 30个 [count]'],
  ['2万多所', 'value', '> 2万所 [count]'],
  ['过百亿', 'value', '> 100亿 [×100000000]'],
  ['超亿元', 'value', '> 1亿元 [money]'],
  ['百分之五十', 'value', '50% [share]'],
  ['三分之二', 'value', '66.6667% [share]'],
  ['千分之三', 'value', '0.3% [share]'],
  ['两千万元', 'value', '2000万元 [money]'],
  ['26.7部/百人', 'value', '26.7部/百人 [phones/persons]'],
  ['0.35元/千瓦时', 'value', '0.35元/千瓦时 [money/electricity]'],
  ['76.3岁', 'value', '76.3岁 [age]'],
  ['10.5年', 'value', '10.5年 [years]'],
  ['100亿美元', 'value', '100亿美元 [money-usd]'],
  ['30分钟', 'value', '30分钟 [days]'],
  ['提高3个百分点', 'change', '3个百分点 [pp]'],
  ['下降13.5%', 'change', '-13.5% [share]'],
  ['累计下降18%以上', 'change', '≤ -18% [share]'],
  ['降低10%-15%', 'change', '-15–-10% [share]'],
  ['翻两番', 'change', '300% [share]'],
  ['提高1岁', 'change', '1岁 [age]'],
  ['每年提高1个百分点', 'growth', '1个百分点 [pp]'],
  ['年均下降2%', 'growth', '-2% [share]'],
  ['翻一番', 'value', '2 [×baseline]'],
  ['2020年', 'value', 'not a quantity: a date'],
  ['二〇一一年', 'value', 'not a quantity: a date'],
  ['提高3个百分点', 'value', 'schema: "提高3个百分点" is a change ("by" verb)'],
  ['提高到60%', 'change', 'schema: "提高到60%" names the value reached ("提高到")'],
  ['年均增长9%', 'value', 'schema: "年均增长9%" states a yearly growth'],
  ['15%-10%', 'value', 'schema: the range "15%-10%" runs downward'],
  ['超过60%以下', 'value', 'unit-unknown: 超过 以下'],
  ['150万吨/年多金属', 'value', 'unit-unknown: 多金属'],
  // Revision 4: 预计, 预期, 有望达到 and 稳定在 read like 达到, never inside a name.
  ['预计达到1.3亿千瓦', 'value', '1.3亿千瓦 [power]'],
  ['预计143.6亿元', 'value', '143.6亿元 [money]'],
  ['预期60%', 'value', '60% [share]'],
  ['有望达到80%', 'value', '80% [share]'],
  ['稳定在5%左右', 'value', '4.75–5.25% [share]'],
  ['人均预期寿命78岁', 'value', 'schema: "人均预期寿命78岁" holds no number'],
];

test('phrases checked by hand read as a drafter reads them', () => {
  const wrong = BY_HAND.filter(([p, f, r]) => readingOf(p, f) !== r).map(
    ([p, f, r]) => `${p} (${f}): ${readingOf(p, f)}, expected ${r}`,
  );
  assert.deepEqual(wrong, []);
});
