// Source text read like a plan (issue 15, part 2): numbers of source documents read as *Quantities*
// reads values, year ties, the quick fixes that come from the source, and private-use placeholders.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { core, diskHost, repoRoot } from '../helpers.mjs';

/** Each number read in `text`: its text, `value[-hi]unit`, and `@year` when a year ties it. */
const read = text =>
  core
    .readNumbers(text, { start: 0, end: text.length })
    .map(
      n =>
        `${text.slice(n.span.start, n.span.end)}=${n.value}${n.hi !== undefined ? `-${n.hi}` : ''}` +
        `${n.unit ? n.unit.text : n.scale ? `×${n.scale}` : ''}${n.year ? `@${n.year}` : ''}`,
    );

test('readNumbers: ranges in the text, with one unit for both ends', () => {
  assert.deepEqual(read('占比10%-15%，基站1-3万个，资金200万元至1000万元，20～30户'), [
    '10%-15%=10-15%',
    '1-3万个=1-3万个',
    '200万元至1000万元=200-1000万元',
    '20～30户=20-30户',
  ]);
  // Near-misses: a separator not between two numbers, a first unit without a second, a downward pair.
  assert.deepEqual(read('由41.6%上升至53.2%，10万元至20，15-10'), [
    '41.6%=41.6%',
    '53.2%=53.2%',
    '10万元=10万元',
    '20=20',
    '15=15',
    '10=10',
  ]);
});

test('readNumbers: Chinese numerals before a unit or scale word, not inside words', () => {
  assert.deepEqual(read('建设二至三个基地，投入两千万元，三十万千瓦，十个，百分之五十，三分之一'), [
    '二至三个=2-3个',
    '两千万元=2000万元',
    '三十万千瓦=30万千瓦',
    '十个=10个',
    '百分之五十=50%',
    '三分之一=33.33333333333333%',
  ]);
  // 统一, 一是, 一批 and 一次性 are words; 第三条 and 第2批 ordinals; （一） and 1、 list markers; 数十个 is vague;
  // 三五个 is "three or five"; 十三五 a name; 5G a name; GB/T 2260 a code.
  const words =
    '统一规划，一是加快，建设一批项目，一次性补助，第三条，第2批，（一）总体，数十个，三五个，十三五期间，5G网络，GB/T 2260';
  assert.deepEqual(read(words), []);
  // Words and names of the seed documents: 零部件, 五台山, 八届六次全会 (an ordinal), 三次产业, 五年规划.
  assert.deepEqual(read('关键零部件制造，五台山，省委八届六次全会，三次产业协调，第十三个五年规划'), []);
  assert.deepEqual(read('1、新建3个\n　　（2）新建4个\n2.5%'), ['3个=3个', '4个=4个', '2.5%=2.5%']);
});

test('readNumbers (revision 4): N大 before a noun counts N; a scale numeral on a bandwidth unit is a bandwidth', () => {
  assert.deepEqual(read('建设太原、临汾五大千万吨级钢铁基地，实施十大工程，培育两大产业集群'), [
    '五大=5',
    '十大=10',
    '两大=2',
  ]);
  assert.deepEqual(read('普遍提供固定百兆宽带接入能力，加快千兆网络建设'), ['百兆=100兆', '千兆=1000兆']);
  // Not counts: 一大批 ("a great many"), a party congress, the four leading bodies, names with numerals.
  assert.deepEqual(
    read(
      '一大批企业，党的十七大做出部署，十六大报告，四大班子，双百目标，双千计划，“阳泉市千兆城域网”，“中国十大创新软件产品”奖',
    ),
    [],
  );
});

test('readNumbers: dates are not numbers; a year ties the numbers after it up to 。, ； or the next year', () => {
  assert.deepEqual(read('由2010年的41.6%上升至2015年的53.2%'), ['41.6%=41.6%@2010', '53.2%=53.2%@2015']);
  assert.deepEqual(read('到2015年，城镇化率达到53.2%；人均8000元。2020年6月30日前建成6个，二〇二〇年底达到9个'), [
    '53.2%=53.2%@2015',
    '8000元=8000元',
    '6个=6个@2020',
    '9个=9个@2020',
  ]);
  // A year after 比 or 较 is a point of comparison: it neither ties nor ends the tie before it.
  assert.deepEqual(read('到2015年，全省生产总值比2010年增长50%，较2012年提高3个百分点'), [
    '50%=50%@2015',
    '3个百分点=3个百分点@2015',
  ]);
  // A period ties nothing; 6月底 and 6月30日 are dates.
  assert.deepEqual(read('2015年底，2016—2020年累计投资500亿元，（2016-2020）6月底，3个月'), [
    '500亿元=500亿元',
    '3个月=3个月',
  ]);
});

/** A scratch workspace holding the rule fixtures' source documents and one plan. */
function workspace(plan, files = {}) {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'planlint-srctext-')));
  copyFileSync(join(repoRoot, 'test/fixtures/rules/sources/readings.txt'), join(dir, 'readings.txt'));
  copyFileSync(join(repoRoot, 'test/fixtures/rules/sources/doc.txt'), join(dir, 'doc.txt'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  writeFileSync(join(dir, 'a.plan.yaml'), plan);
  return { dir, file: join(dir, 'a.plan.yaml') };
}
const plan = (indicators, sources = 'doc: { path: doc.txt }\n  r: { path: readings.txt }') =>
  'planlint: 1\nplan: { id: t, title: 测试, period: [2016, 2020], baseline_year: 2015 }\n' +
  `sources:\n  ${sources}\nindicators:\n${indicators}` +
  `goals:\n  G: { title: 目标, indicators: [${[...indicators.matchAll(/^ {2}(\w+):/gm)].map(m => m[1]).join(', ')}] }\n`;

/** Applies a quick fix's edits (ranges in lines and UTF-16 columns) to a text. */
function apply(text, edits) {
  const lines = text.split('\n');
  const offset = p => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  for (const e of [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start))) {
    text = text.slice(0, offset(e.range.start)) + e.newText + text.slice(offset(e.range.end));
  }
  return text;
}

async function fixOnce(code, text) {
  const ws = workspace(text);
  const project = new core.Project(diskHost, ws.dir);
  const diags = (await project.check(ws.file)).diagnostics.filter(d => d.code === code);
  const fixes = (await project.codeActions(ws.file, diags)).filter(f => f.preferred);
  return { diags, fixes, ws };
}

test('source-value-drift quick fix: the number the text states, in its unit; applied, the finding goes away', async () => {
  const ind = (id, unit, direction, points) =>
    `  ${id}: { name: 指标, unit: ${unit}, direction: ${direction}, ${points} }\n`;
  const cases = [
    // [indicator, the fixed value]
    [
      ind(
        's',
        '"%"',
        'increase',
        'targets: [{ year: 2020, value: ">= 61", source: { doc: doc, quote: "非煤产业比重达到60%以上" } }]',
      ),
      '">= 60"',
    ],
    // The text states 952.9亿元: written in the indicator's 万元.
    [
      ind(
        'v',
        '万元',
        'increase',
        'baseline: { value: 9000000, source: doc#p1 }, targets: [{ year: 2020, value: 9600000 }]',
      ),
      '9529000',
    ],
    // A 2015 baseline anchored to 由2010年的41.6%上升至2015年的53.2%: the number of 2015.
    [
      ind(
        'u',
        '"%"',
        'increase',
        'baseline: { year: 2015, value: 41.6, source: r#p1 }, targets: [{ year: 2020, value: 60 }]',
      ),
      '53.2',
    ],
    [
      ind(
        'b',
        '个',
        'increase',
        'targets: [{ year: 2020, value: "2-4个", source: { doc: r, quote: "建设二至三个国家级基地" } }]',
      ),
      '"2-3个"',
    ],
    [
      ind(
        'e',
        '吨标准煤/万元',
        'decrease',
        'targets: [{ year: 2020, change: "-20%", source: { doc: doc, quote: "下降18%" } }]',
      ),
      '"-18%"',
    ],
  ];
  for (const [ind, fixed] of cases) {
    const text = plan(ind);
    const { diags, fixes, ws } = await fixOnce('source-value-drift', text);
    assert.equal(diags.length, 1, ind);
    assert.equal(fixes.length, 1, `one fix for ${ind}`);
    assert.equal(fixes[0].edits[0].newText, fixed);
    writeFileSync(ws.file, apply(text, fixes[0].edits));
    const again = await new core.Project(diskHost, ws.dir).check(ws.file);
    assert.deepEqual(
      again.diagnostics.map(d => d.code),
      [],
      `after the fix: ${again.diagnostics.map(d => d.message)}`,
    );
  }
});

test('source-value-drift quick fix: none where more than one number of the text could be meant', async () => {
  // ¶4 of doc.txt states 200万元 and 500万元: which one the cap meant is not for a fix to guess.
  const text =
    `${plan('').replace(/goals:[\s\S]*/, '')}funding:\n` +
    '  F1: { title: 贴息, rate: "5%", cap: { amount: "600万元", per: enterprise }, source: doc#p4 }\n';
  const { diags, fixes } = await fixOnce('source-value-drift', text);
  assert.equal(diags.length, 1);
  assert.deepEqual(fixes, []);
  // The 2020 target anchored to ¶1 (2015年…952.9亿元): the only number is of another year.
  const t2 = plan(
    '  v: { name: 收入, unit: 亿元, direction: increase, targets: [{ year: 2020, value: 900, source: doc#p1 }] }\n'.replace(
      'name: 收入, ',
      '',
    ),
  );
  const r2 = await fixOnce('source-value-drift', t2);
  assert.equal(r2.diags.length, 1);
  assert.match(r2.diags[0].message, /it states 952\.9亿元 \(2015\)$/);
  // No number is guessed; what is offered is to record the decision, naming the paragraph.
  assert.deepEqual(
    r2.fixes.map(f => f.title),
    ['Record as an inconsistency of the document (¶1)'],
  );
});

test('source-anchor quick fix: the closest passage keeps a number whole with its unit (亿元, not 亿)', async () => {
  const doc =
    '第一段：2015年全省信息产业收入952.9亿元。\n' +
    '　　第二段：到2020年，非煤产业比重达到60%以上，年均增长11%，收入达到1700亿元。\n';
  for (const [quote, closest] of [
    ['收入达到1700万元', '收入达到1700亿元'],
    ['收入达到1700亿圆', '收入达到1700亿元'],
    ['收入达到1,700亿', '收入达到1700亿元'],
    ['信息产业收入925.9亿元', '信息产业收入952.9亿元'],
  ]) {
    const target = `{ year: 2020, value: 1700, source: { doc: d, quote: "${quote}" } }`;
    const text = plan(
      `  v: { name: 收入, unit: 亿元, direction: increase, targets: [${target}] }\n`,
      'd: { path: d.txt }',
    );
    const ws = workspace(text, { 'd.txt': doc });
    const project = new core.Project(diskHost, ws.dir);
    const diags = (await project.check(ws.file)).diagnostics.filter(d => d.code === 'source-anchor');
    const [fix] = (await project.codeActions(ws.file, diags)).filter(f => f.preferred);
    assert.equal(fix?.edits[0].newText, `"${closest}"`, quote);
  }
});

test('private-use characters show as ⟨U+E004⟩ in hovers (the shared Markdown escaping)', async () => {
  assert.equal(core.escapeMarkdown('提升。\ue004下一段'), '提升。⟨U\\+E004⟩下一段');
  assert.equal(core.escapeMarkdown('\u{F0001}'), '⟨U\\+F0001⟩');
  const text = plan(
    '  v: { name: 数, unit: 个, direction: increase, targets: [{ year: 2020, value: 6, source: p#p1 }] }\n',
    'p: { path: p.txt }',
  );
  const ws = workspace(text, { 'p.txt': '建成6个平台。\ue004\n' });
  const project = new core.Project(diskHost, ws.dir);
  const hover = await project.hover(ws.file, text.indexOf('value: 6') + 7);
  assert.match(hover.markdown, /建成6个平台。⟨U\\\+E004⟩/);
  assert.doesNotMatch(hover.markdown, /\ue004/);
});

test('uncited-number hints read the source as the drift rule does: ranges, numerals, no dates, ties', async () => {
  const text = plan(
    `${[
      '  u: { unit: "%", direction: increase, baseline: { year: 2015, value: 53.2, source: r#p1 }, targets: [{ year: 2020, value: 60 }] }',
      '  b: { unit: 个, direction: increase, targets: [{ year: 2020, value: "2-3个", source: r#p3 }] }',
      '  w: { unit: "%", direction: increase, baseline: { year: 2015, value: 41.6 }, targets: [{ year: 2020, value: 41.6, source: r#p1 }] }',
    ].join('\n')}\n`,
  );
  const ws = workspace(text);
  const project = new core.Project(diskHost, ws.dir);
  await project.check(ws.file);
  const cit = await project.documents.citations(join(ws.dir, 'readings.txt'));
  // ¶1: 53.2% is cited by the 2015 baseline; 41.6% is of 2010, and the 2020 target of 41.6 does not cite it.
  // No year is a number. ¶3: 二至三个 is cited by 2-3个; 两千万元 is not; 统一, 一是, 一批 are words.
  // Hints cover every paragraph (coverage's definition); ¶1 and ¶3 are the cited ones read here.
  assert.deepEqual(
    cit.uncited.filter(u => u.para === 1 || u.para === 3).map(u => `¶${u.para} ${u.text}`),
    ['¶1 41.6%', '¶3 两千万元'],
  );
});
