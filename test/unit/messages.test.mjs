// The messages as a drafter reads them: one English and one Chinese example per rule code, pinned
// exactly; Chinese without spaces around digits; items named by their name or title, not their id.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { check, core, diskHost, repoRoot } from '../helpers.mjs';

const dir = join(repoRoot, 'test/fixtures/rules');
const fixtures = readdirSync(dir)
  .filter(f => /\.(fires|ok)\.plan\.yaml$/.test(f))
  .sort();

/** [code, fixture (without .fires.plan.yaml), line, English, Chinese]: a diagnostic of that code on that line. */
const EXAMPLES = [
  [
    'encoding',
    'encoding',
    1,
    'the file is not text in UTF-8, UTF-16 (with a byte-order mark) or GB18030 and is not checked: ' +
      'it holds U+0001 on line 4',
    '文件不是 UTF-8、UTF-16（带字节顺序标记）或GB18030编码的文本，不予检查：第4行含有字符 U+0001',
  ],
  [
    'yaml-syntax',
    'yaml-syntax',
    13,
    'A value that starts with \'>\' must be quoted: write ">= 60". ' +
      "Unquoted, '>' starts a folded block and the file does not parse.",
    '以“>”开头的值必须加引号，应写作 ">= 60"。不加引号时“>”表示折叠块，文件无法解析。',
  ],
  [
    'schema',
    'schema',
    19,
    "indicator '指标' (c) needs at least one target or a growth",
    '指标“指标”（c）至少需要一个目标（targets）或年均增长（growth）',
  ],
  ['duplicate-id', 'duplicate-id', 8, "'a' is defined twice (first on line 7)", '“a”重复定义（首次定义在第7行）'],
  [
    'unknown-reference',
    'unknown-reference',
    9,
    "'G2' is a goal, '目标', but goal indicators must name indicators",
    '“G2”是目标“目标”，但目标所列指标（indicators）只能引用指标',
  ],
  [
    'unit-unknown',
    'unit-unknown-rev3',
    7,
    '"翻一番" is a multiple of the baseline, and \'收入\' (d) has none',
    '“翻一番”是基期值的倍数，但指标“收入”（d）没有基期值',
  ],
  [
    'unit-mismatch',
    'unit-mismatch',
    11,
    "50万吨 is mass, but '总量' is measured in 亿元 (money (CNY))",
    '50万吨的量纲是质量，但指标“总量”的单位是亿元（金额（人民币））',
  ],
  [
    'percent-range',
    'percent-range-rev3',
    4,
    "'超过100%' (> 100%) lies outside 0–100%: '非煤产业比重' is a share",
    '指标“非煤产业比重”的数值“超过100%”（>100%）超出比重的取值范围（0–100%）',
  ],
  [
    'year-order',
    'year-order',
    13,
    "target year 2015 of '指标' is not after its baseline year 2015",
    '指标“指标”的目标年份2015年不晚于基期年份2015年',
  ],
  [
    'target-outside-period',
    'target-outside-period',
    12,
    "target year 2025 of '指标' lies outside the plan period 2016–2020",
    '指标“指标”的目标年份2025年超出规划期（2016—2020年）',
  ],
  [
    'direction-conflict',
    'direction-conflict',
    12,
    "the 2020 target 50亿元 is below the baseline 60亿元 (2015), but '收入' should increase",
    '2020年目标值50亿元低于基期值60亿元（2015年），但指标“收入”应提高',
  ],
  [
    'milestone-regression',
    'milestone-regression',
    13,
    "the 2020 milestone 65% is less ambitious than the 2018 milestone 70% for '比重', which should increase",
    '指标“比重”2020年目标值65%低于2018年目标值70%，后期目标不应低于前期',
  ],
  [
    'target-conflict',
    'target-conflict',
    13,
    "'比重' has two 2020 targets that admit no common value: 68% and ≥72%",
    '指标“比重”2020年的两个目标值68%与≥72%互相矛盾',
  ],
  [
    'count-mismatch',
    'count-mismatch',
    10,
    "the 2020 target of '千万吨级钢铁基地' is 5个, but it lists 4 items: 太原, 临汾, 吕梁, 运城",
    '指标“千万吨级钢铁基地”的2020年目标值为5个，但列出了4项：太原、临汾、吕梁、运城',
  ],
  [
    'growth-mismatch',
    'growth-mismatch',
    13,
    "stated growth 15% a year for '电信及广电网络业务收入', but 243 → 380 亿元 over 2015–2020 implies 9.4%",
    '指标“电信及广电网络业务收入”所述年均增长15%，但2015—2020年由243到380亿元，推算年均增长9.4%',
  ],
  [
    'sum-mismatch',
    'sum-mismatch',
    11,
    "in 2020 the parts add up to 4900亿元 ('钢铁' 4000 + '有色' 900), but '冶金工业主营业务收入' is 5000亿元",
    '2020年各分项之和为4900亿元（“钢铁”4000 + “有色”900），但总量“冶金工业主营业务收入”为5000亿元',
  ],
  [
    'binding-without-owner',
    'binding-without-owner',
    7,
    "binding indicator '能耗' has no responsible organization: add 'responsible', or list it in a goal that has one",
    '约束性指标“能耗”未明确责任单位：请填写 responsible，或将其列入已明确责任单位的目标',
  ],
  [
    'org-superseded',
    'org-superseded-change',
    12,
    "'山西省经济和信息化委员会' was renamed '山西省工业和信息化厅' after 2018, but the task is due in 2020",
    '“山西省经济和信息化委员会”2018年后已更名为“山西省工业和信息化厅”，但该任务完成时限为2020年',
  ],
  [
    'funding-cap-conflict',
    'funding-cap-conflict',
    10,
    "the cap 50万元 is below the clause's amount 100万元",
    '上限50万元低于条款金额100万元',
  ],
  [
    'funding-tier-order',
    'funding-tier-order',
    12,
    'tiers should run ascending, but 5级 (20万元) comes after 4级 (30万元)',
    '分档应递增，但5级（20万元）排在4级（30万元）之后',
  ],
  [
    'funding-share',
    'funding-share',
    11,
    "the 市 share of '电价支持' is 0: every part of a cost share must be positive",
    '资金条款“电价支持”中市的分担比例为0：各级分担比例必须大于0',
  ],
  [
    'funding-duration',
    'funding-duration',
    10,
    "'贴息' pays for 3 years from 2019, until 2021, past the plan period's last year 2020",
    '资金条款“贴息”自2019年起支持3年，至2021年，超出规划期（截至2020年）',
  ],
  [
    'source-missing',
    'source-missing',
    4,
    "source document 'sources/no-such-file.txt' cannot be read",
    '来源文件“sources/no-such-file.txt”无法读取',
  ],
  ['source-anchor', 'source-anchor', 12, "'doc' has 5 paragraphs; there is no ¶99", '“doc”共5段，没有第99段'],
  [
    'source-ambiguous',
    'source-ambiguous',
    9,
    "quote matches 2 places in 'doc' (¶3): add para to pick one, or quote more of the text",
    '引文在“doc”中匹配到2处（第3段）：请添加 para 指定段落，或引用更长的原文',
  ],
  [
    'source-value-drift',
    'source-value-drift-years',
    12,
    "'doc' ¶1 states no number equal to 41.6% for 2015 (its number there is tied to another year); " +
      'it states 41.6% (2010), 53.2% (2015)',
    '“doc”第1段中没有与41.6%相符的数字（2015年；原文中的该数字属于其他年份）；原文所列数字为41.6%（2010年）、53.2%（2015年）',
  ],
  [
    'behind-schedule',
    'behind-schedule',
    21,
    "'固定宽带用户数' was 1370万户 in 2017, behind the path from 1200万户 (2015) to 1800万户 (2020), " +
      'which reaches 1440万户 in 2017',
    '指标“固定宽带用户数”2017年实现1370万户，滞后于由2015年1200万户到2020年1800万户的进度（2017年应达到1440万户）',
  ],
  [
    'target-met',
    'target-met',
    12,
    "'固定宽带用户数' was 1850万户 in 2019: its 2020 target 1800万户 is already met",
    '指标“固定宽带用户数”2019年实现1850万户，已提前达到2020年目标1800万户',
  ],
  [
    'alignment-weaker',
    'alignment-weaker',
    17,
    "in 2025 '森林覆盖率（专项）' aims at ≥25.5%, short of '森林覆盖率（全省）' in this plan, which it carries down: " +
      '26% (binding there, both plans of 山西省)',
    '“森林覆盖率（专项）”2025年目标为≥25.5%，弱于所衔接的本规划中“森林覆盖率（全省）”的26%（对方为约束性指标，同属山西省）',
  ],
  [
    'allocation-shortfall',
    'allocation-shortfall',
    10,
    "in 2025 the parts '耕地保有量' is allocated to add up to 5799.9999万亩, short of its ≥5800万亩: " +
      "'耕地保有量（北部）' 3000万亩; '耕地保有量（南部）' ≥27999999亩",
    '2025年“耕地保有量”分解到各项之和为5799.9999万亩，达不到总量≥5800万亩：“耕地保有量（北部）”3000万亩；“耕地保有量（南部）”≥27999999亩',
  ],
  ['unused-indicator', 'unused-indicator', 8, "no goal lists indicator '指标' (b)", '指标“指标”（b）未列入任何目标'],
  [
    'draft-placeholder',
    'draft-placeholder',
    8,
    'unfinished draft: fill this in, then delete the comment (the unit (the text gives the number without one)   # expect:…)',
    '草稿尚未完成：请填写此处，然后删除该注释（the unit (the text gives the number without one)   # expect:…）',
  ],
];

test('every rule code has a pinned English and Chinese example', () => {
  assert.deepEqual(EXAMPLES.map(e => e[0]).sort(), core.RULES.map(r => r.code).sort());
});

for (const [code, fixture, line, en, zh] of EXAMPLES) {
  test(`${code}: the message in English and in Chinese`, async () => {
    const file = join(dir, `${fixture}.fires.plan.yaml`);
    const at = diags => diags.filter(d => d.code === code && d.range.start.line + 1 === line).map(d => d.message);
    const ens = at(await check(file, { root: dir })),
      zhs = at(await check(file, { root: dir, locale: 'zh-cn' }));
    assert.ok(ens.includes(en), `expected ${JSON.stringify(en)} among:\n${ens.join('\n')}`);
    assert.ok(zhs.includes(zh), `expected ${JSON.stringify(zh)} among:\n${zhs.join('\n')}`);
  });
}

test('superseded bodies: renamed, merged, abolished as the registry says; neutral without `change`', async () => {
  const zh = async f => (await check(join(dir, f), { root: dir, locale: 'zh-cn' })).map(d => d.message);
  assert.deepEqual(await zh('org-superseded-change.fires.plan.yaml'), [
    '“山西省经济和信息化委员会”2018年后已更名为“山西省工业和信息化厅”，但该任务完成时限为2020年',
    '“山西省信息产业厅”2008年后已并入“山西省经济和信息化委员会”，但本规划期始于2016年',
    '“山西省信息化工作办公室”2017年后已撤销，但该任务完成时限为2019年',
  ]);
  assert.deepEqual(await zh('org-superseded-task.fires.plan.yaml'), [
    '“山西省经济和信息化委员会”2018年后已不再存在，但该任务完成时限为2020年；其职能由“山西省工业和信息化厅”承接',
  ]);
  const en = (await check(join(dir, 'org-superseded-change.fires.plan.yaml'), { root: dir })).map(d => d.message);
  assert.deepEqual(en, [
    "'山西省经济和信息化委员会' was renamed '山西省工业和信息化厅' after 2018, but the task is due in 2020",
    "'山西省信息产业厅' was merged into '山西省经济和信息化委员会' after 2008, but this plan's period starts in 2016",
    "'山西省信息化工作办公室' was abolished after 2017, but the task is due in 2019",
  ]);
});

const HAN = '\\p{Script=Han}';
const SPACED = new RegExp(`${HAN}[ \\u3000]+\\d|\\d[ \\u3000]+${HAN}`, 'u');

test('style: no Chinese message puts a space between a Chinese character and a digit', async () => {
  for (const f of fixtures) {
    for (const d of await check(join(dir, f), { root: dir, locale: 'zh-cn' })) {
      assert.doesNotMatch(d.message, SPACED, `${f}:${d.range.start.line + 1} ${d.code}`);
    }
  }
});

/** Ids of a plan and the files it includes that have a name or title different from the id. */
async function namedIds(file) {
  const ws = new core.Workspace(diskHost, realpathSync(dir));
  const out = new Set();
  const visit = async (path, depth) => {
    if (depth > 3 || !existsSync(path)) return;
    const loaded = await ws.loadPlan(realpathSync(path));
    if (!loaded.ok) return;
    const f = loaded.value;
    for (const x of [...f.items, ...f.organizations.values(), ...f.sources.values()]) {
      const label = (x.name ?? x.title)?.value;
      if (label && String(label).trim() && String(label).trim() !== x.id) out.add(x.id);
    }
    for (const inc of f.includes) await visit(join(dirname(path), inc.value), depth + 1);
  };
  await visit(file, 0);
  return out;
}

// duplicate-id and unknown-reference are about ids as written; the schema validator names YAML paths.
const ABOUT_IDS = new Set(['duplicate-id', 'unknown-reference', 'yaml-syntax', 'encoding']);
const VALIDATOR = /required field|unknown field|is not allowed for|缺少必填字段|未知字段|不能为“/;

test('style: no message names by its id an item that has a name', async () => {
  for (const f of fixtures) {
    const file = join(dir, f);
    const ids = await namedIds(file);
    for (const locale of ['en', 'zh-cn']) {
      for (const d of await check(file, { root: dir, locale })) {
        if (ABOUT_IDS.has(d.code) || VALIDATOR.test(d.message)) continue;
        for (const id of ids) {
          assert.ok(
            !d.message.includes(`'${id}'`) && !d.message.includes(`“${id}”`),
            `${f}:${d.range.start.line + 1} ${d.code} names '${id}' by its id: ${d.message}`,
          );
        }
      }
    }
  }
});

test('names: the id only where two items in scope share a name', async () => {
  const d = await check(join(dir, 'unused-indicator.fires.plan.yaml'), { root: dir, locale: 'zh-cn' });
  assert.deepEqual(
    d.map(x => x.message),
    ['指标“指标”（b）未列入任何目标'],
  );
  const seeds = join(repoRoot, 'seeds/plans/shaanxi-informatization-12th.plan.yaml');
  const s = await check(seeds, { root: join(repoRoot, 'seeds'), locale: 'zh-cn' });
  assert.ok(
    s.some(
      x =>
        x.message ===
        '约束性指标“行政许可项目在线处理率”未明确责任单位：请填写 responsible，或将其列入已明确责任单位的目标',
    ),
    s.map(x => x.message).join('\n'),
  );
});
