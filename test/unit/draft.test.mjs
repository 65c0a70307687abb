// `planlint draft` in the core: each construction of the contract's *Drafting a plan from its document*,
// on sentences taken from the seed documents; the drafts of the five seeds check clean of the codes a
// draft must never have; a draft is the same for the same document, in any of its encodings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { check, core, repoRoot } from '../helpers.mjs';

/** A draft of a small document: a title line naming the period, then the given paragraphs. */
function draft(paragraphs, title = '山西省“十三五”工业经济和信息化发展规划') {
  const text = `${[title, ...paragraphs].join('\n')}\n`;
  const d = core.draftPlan(text, { documentName: 'doc.txt', sourcePath: 'doc.txt' });
  return { plan: parse(d.text), text: d.text };
}
const only = map => Object.values(map ?? {});
const byName = (plan, name) => only(plan.indicators).find(i => i.name === name);

test('the plan: id from the file name, title line, period from 十N五, baseline year before it, sources.main', () => {
  const { plan } = draft(['到2020年，全省固定宽带家庭普及率达到75%。']);
  assert.deepEqual(plan.plan, {
    id: 'doc',
    title: '山西省“十三五”工业经济和信息化发展规划',
    period: [2016, 2020],
    baseline_year: 2015,
  });
  assert.deepEqual(plan.sources, { main: { path: 'doc.txt' } });
  const d = core.draftPlan(
    '为贯彻落实…，现提出以下意见：\n到2022年，数字经济规模突破5000亿元。\n到2025年，数字经济规模达到8000亿元。\n',
    { documentName: 'x.txt', sourcePath: 'x.txt', id: 'given' },
  );
  assert.match(d.text, /^ {2}id: given$/m);
  // No title line, no base year: placeholders with `# draft:` comments.
  assert.match(d.text, /^ {2}title: "（规划标题）" {2}# draft: /m);
  assert.match(d.text, /^ {2}period: \[2022, 2025\] {2}# draft: /m);
});

test('到N年，X达到/突破/超过Q: a target of that year, named by its subject, unit from the text', () => {
  const { plan } = draft(
    ['　　到2022年，全省数字经济创新发展基础进一步筑实。信息产业保持高速增长，数字经济规模突破5000亿元。'],
    '关于加快推进数字经济发展的实施意见（十四五）',
  );
  const ind = byName(plan, '数字经济规模');
  assert.equal(ind.unit, '亿元');
  assert.equal(ind.direction, 'increase');
  assert.deepEqual(ind.targets, [
    { year: 2022, value: '突破5000亿元', source: { doc: 'main', quote: '数字经济规模突破5000亿元' } },
  ]);
});

test('X由A提高到B: a baseline and a target, each with its year', () => {
  const { plan } = draft(
    ['我省信息化发展水平总指数由2005年的0.598提高到2010年的0.70以上，为“十二五”时期信息化发展奠定了牢固基础。'],
    '陕西省“十一五”信息化规划',
  );
  const ind = byName(plan, '我省信息化发展水平总指数') ?? byName(plan, '信息化发展水平总指数');
  assert.ok(ind, JSON.stringify(plan.indicators));
  assert.equal(ind.baseline.year, 2005);
  assert.equal(ind.baseline.value, '0.598');
  assert.equal(ind.targets[0].year, 2010);
  assert.equal(ind.targets[0].value, '0.70以上');
  assert.equal(ind.unit, '指数');
});

test('X从A增加到B (the 004 sentence, written with 从): a baseline and a target', () => {
  const { plan } = draft(['到2020年，全省单位地区生产总值能耗从2015年的1.44吨标准煤下降至2020年的1.2吨标准煤。']);
  const ind = byName(plan, '全省单位地区生产总值能耗');
  assert.equal(ind.baseline.value, '1.44吨标准煤');
  assert.deepEqual(
    ind.targets.map(t => [t.year, t.value]),
    [[2020, '1.2吨标准煤']],
  );
  assert.equal(ind.direction, 'decrease');
});

test('年均增长G: the stated growth of the subject just named', () => {
  const { plan } = draft(['到2020年，全省信息产业主营业务收入达到1700亿元，年均增长11%。']);
  const ind = byName(plan, '全省信息产业主营业务收入');
  assert.deepEqual(ind.growth, {
    value: '年均增长11%',
    source: { doc: 'main', quote: '全省信息产业主营业务收入达到1700亿元，年均增长11%' },
  });
  const alone = byName(
    draft(['工业在推动全省经济发展中发挥关键作用，全省工业增加值年均增长4.8%以上。']).plan,
    '全省工业增加值',
  );
  assert.equal(alone.growth.value, '年均增长4.8%以上');
  assert.equal(alone.targets, undefined);
});

test('比…下降N%: a change relative to the baseline', () => {
  const { plan } = draft([
    '到2020年，规模以上万元工业增加值能耗比“十二五”末下降18%，全省大宗工业固体废物综合利用率达到70%以上。',
  ]);
  const ind = byName(plan, '规模以上万元工业增加值能耗');
  assert.deepEqual(
    ind.targets.map(t => [t.year, t.change]),
    [[2020, '下降18%']],
  );
  assert.equal(ind.direction, 'decrease');
  assert.equal(byName(plan, '全省大宗工业固体废物综合利用率').targets[0].value, '达到70%以上');
});

test('其中: parts when the items add up to the total, subsets otherwise', () => {
  const parts = draft([
    '到2020年，全省冶金工业主营业务收入达到5000亿元，其中：钢铁产业达到4000亿元、有色金属产业达到1000亿元。',
  ]).plan;
  const ids = Object.fromEntries(Object.entries(parts.indicators).map(([id, i]) => [i.name, id]));
  assert.deepEqual(byName(parts, '全省冶金工业主营业务收入').parts, [ids.钢铁产业, ids.有色金属产业]);
  const subsets = draft(['到2020年，省级以上企业技术中心达到300家以上，其中国家级企业技术中心达到30家以上。']).plan;
  const sid = Object.entries(subsets.indicators).find(([, i]) => i.name === '国家级企业技术中心')[0];
  assert.deepEqual(byName(subsets, '省级以上企业技术中心').subsets, [sid]);
});

test('专栏 tables, one cell a paragraph: name（unit）, base and target year, growth, 预期性/约束性', () => {
  const cells = [
    '专栏4： “十二五”时期信息化的主要指标',
    '类别',
    '指标',
    '2010年',
    '2015年',
    '年均增长(%)',
    '指标',
    '类型',
    '基础设施',
    '光缆线路长度（万公里）',
    '35.5',
    '45.84',
    '预期性',
    '应用水平',
    '行政许可项目在线处理率（%）',
    '49',
    '80',
    '约束性',
    '信息',
    '经济',
    '电信及广电网络业务收入（亿元）',
    '243',
    '≥380',
    '≥9%',
    '预期性',
  ];
  const { plan } = draft(cells, '陕西省“十二五”国民经济和社会信息化规划');
  const cable = byName(plan, '光缆线路长度');
  assert.equal(cable.unit, '万公里');
  assert.equal(cable.category, '基础设施');
  assert.equal(cable.type, '预期性');
  assert.deepEqual(cable.baseline, { year: 2010, value: '35.5', source: { doc: 'main', quote: '35.5' } });
  assert.deepEqual(cable.targets, [{ year: 2015, value: '45.84', source: { doc: 'main', quote: '45.84' } }]);
  assert.equal(byName(plan, '行政许可项目在线处理率').type, '约束性');
  const telecom = byName(plan, '电信及广电网络业务收入');
  assert.equal(telecom.category, '信息经济');
  assert.equal(telecom.growth.value, '≥9%');
});

test('（责任单位：A、B，C）: a task, every body leads (the clause does not rank them) and is an organization', () => {
  const { plan } = draft([
    '　　推进工业互联网建设。面向能源、制造业等重点行业培育一批国内领先的工业互联网平台服务商和研究创新机构，' +
      '构建工业互联网产业生态。（责任单位：省工信厅、省通信管理局，各市人民政府）',
  ]);
  assert.deepEqual(only(plan.tasks), [
    {
      title: '推进工业互联网建设',
      lead: ['省工信厅', '省通信管理局', '各市人民政府'],
      source: { doc: 'main', quote: '推进工业互联网建设' },
    },
  ]);
  assert.deepEqual(Object.keys(plan.organizations), ['省工信厅', '省通信管理局', '各市人民政府']);
  assert.deepEqual(plan.organizations.省工信厅, { name: '省工信厅' });
});

test('牵头 / 配合: the lead and support lists as the text gives them', () => {
  const { plan } = draft(['　　省经信委牵头组织实施本《规划》。']);
  assert.deepEqual(
    only(plan.tasks).map(t => [t.lead, t.support]),
    [[['省经信委'], undefined]],
  );
  const both = draft(['　　数字乡村建设。（牵头单位：省委网信办；配合单位：省发展改革委、省农业农村厅）']).plan;
  assert.deepEqual(
    only(both.tasks).map(t => [t.lead, t.support]),
    [[['省委网信办'], ['省发展改革委', '省农业农村厅']]],
  );
});

test('funding: 按…的N% with 最高不超过…万元; 给予…补助 with 总额不超过', () => {
  const { plan } = draft([
    '　　5. 推进农业、工业、服务业等领域数字化转型，支持开展数字经济融合应用示范项目，认定后按照投资额的30% 给予一次性奖励，' +
      '最高不超过500万元。',
  ]);
  assert.deepEqual(
    only(plan.funding).map(f => [f.instrument, f.basis, f.rate, f.cap]),
    [['award', '投资额', '30%', { amount: '500万元' }]],
  );
  const grant = draft([
    '　　2. 支持通信基础运营商开展新一代信息基础设施示范建设项目，给予不超过项目投资额的30%、总额不超过500万元的补助。',
  ]).plan;
  assert.deepEqual(
    only(grant.funding).map(f => [f.instrument, f.basis, f.rate, f.cap]),
    [['subsidy', '项目投资额', '30%', { amount: '500万元', per: 'project' }]],
  );
});

test('funding: 分别给予…万元、…万元 are tiers, with the levels the text lists and their order', () => {
  const { plan } = draft([
    '　　16. 对首次通过CMMI（能力成熟度模型集成）3级、4级、5级认证的软件企业，分别给予10万元、20万元、30万元奖励。',
  ]);
  const [f] = only(plan.funding);
  assert.deepEqual(f.tiers, [
    { level: 'CMMI（能力成熟度模型集成）3级', amount: '10万元' },
    { level: '4级', amount: '20万元' },
    { level: '5级', amount: '30万元' },
  ]);
  assert.equal(f.tiers_order, 'ascending');
});

test('funding: threshold, 贴息, per-enterprise-year cap, 补贴期不超过N年', () => {
  const { plan } = draft([
    '　　14. 同时，对于资信良好、成长性好且经营规范的大数据企业，流动资金贷款200万元（含）以上的，按照当年新增流动资金贷款的5%' +
      '给予贴息，每户企业每年最高不超过500万元，补贴期不超过3年。',
  ]);
  const [f] = only(plan.funding);
  assert.equal(f.instrument, 'interest-subsidy');
  assert.equal(f.threshold, '200万元');
  assert.equal(f.basis, '当年新增流动资金贷款');
  assert.equal(f.rate, '5%');
  assert.deepEqual(f.cap, { amount: '500万元', per: 'enterprise-year' });
  assert.equal(f.duration_years, 3);
});

test('funding: cost shares between levels; caps in the next sentence; 1-3万元 a person a year', () => {
  const share = draft([
    '　　1. 数据中心参与市场交易后实缴电费超出目标电价部分由省、市、县（市、区）三级按照5暶2暶3的比例给予相应支持。',
  ]).plan;
  assert.deepEqual(only(share.funding)[0].cost_share, { 省: 5, 市: 2, 县: 3 });
  const caps = draft([
    '　　15. 企业参与省外招标项目中标，单个中标合同金额达300万元及以上的，按合同完成金额的3%给予奖励。' +
      '同一个项目、系统或产品最高奖励不超过200万元，同一企业年度最高奖励300万元。',
  ]).plan;
  const [f] = only(caps.funding);
  assert.equal(f.threshold, '300万元');
  assert.deepEqual(f.cap, [
    { amount: '200万元', per: 'project' },
    { amount: '300万元', per: 'enterprise-year' },
  ]);
  const talent = draft(['　　23. 骨干人才年薪在社会平均工资3倍以上（含）的，每人每年补贴1-3万元。']).plan;
  assert.equal(only(talent.funding)[0].amount, '1-3万元');
});

test('headings 一、… and （一）… are the goals that group what stands under them', () => {
  const { plan } = draft([
    '　　四、发展重点',
    '　　（一）加速改造传统产业。',
    '　　到2020年，全省冶金工业主营业务收入达到5000亿元。',
    '　　（二）振兴发展新支柱产业。',
    '　　到2020年，全省外送电能力达到6000万千瓦。',
  ]);
  const goals = only(plan.goals);
  assert.deepEqual(
    goals.map(g => g.title),
    ['加速改造传统产业', '振兴发展新支柱产业'],
  );
  assert.deepEqual(
    goals.map(g => g.indicators.map(id => plan.indicators[id].name)),
    [['全省冶金工业主营业务收入'], ['全省外送电能力']],
  );
  assert.deepEqual(goals[0].source, { doc: 'main', quote: '（一）加速改造传统产业' });
});

test('a Markdown document: its # title, ## headings, and paragraphs of several lines', () => {
  const text =
    '# 山西省“十三五”工业经济和信息化发展规划\n\n## （一）加速改造传统产业\n\n到2020年，全省外送电能力\n达到6000万千瓦。\n';
  const plan = parse(core.draftPlan(text, { documentName: 'plan.md', sourcePath: 'plan.md' }).text);
  assert.equal(plan.plan.title, '山西省“十三五”工业经济和信息化发展规划');
  assert.deepEqual(
    only(plan.goals).map(g => g.title),
    ['加速改造传统产业'],
  );
  assert.equal(byName(plan, '全省外送电能力').targets[0].value, '达到6000万千瓦');
});

test('a quote anchor is unique: where the text repeats itself, it carries para', () => {
  const { plan } = draft(['到2020年，全省外送电能力达到6000万千瓦。', '到2020年，全省外送电能力达到6000万千瓦。']);
  assert.deepEqual(only(plan.indicators)[0].targets[0].source, {
    doc: 'main',
    quote: '全省外送电能力达到6000万千瓦',
    para: 2,
  });
});

const sources = join(repoRoot, 'seeds/sources');
const BANNED = ['yaml-syntax', 'schema', 'encoding', 'unknown-reference', 'source-anchor', 'source-ambiguous'];
for (const name of readdirSync(sources)
  .filter(f => f.endsWith('.txt'))
  .sort()) {
  test(`the draft of seeds/sources/${name} parses, passes the schema, resolves every anchor; is stable`, async () => {
    const text = core.decodeText(readFileSync(join(sources, name))).text;
    const options = { documentName: name, sourcePath: name };
    const first = core.draftPlan(text, options).text;
    assert.equal(core.draftPlan(text, options).text, first, 'the same document gives the same draft');
    const dir = mkdtempSync(join(tmpdir(), 'planlint-draft-'));
    writeFileSync(join(dir, 'planlint.config.yaml'), 'rules: {}\n');
    copyFileSync(join(sources, name), join(dir, name));
    const file = join(dir, `${name}.plan.yaml`);
    writeFileSync(file, first);
    const diags = await check(file, { root: dir });
    assert.deepEqual(
      diags.filter(d => BANNED.includes(d.code)).map(d => `${d.range.start.line + 1}: ${d.code} ${d.message}`),
      [],
    );
    for (const line of first.split('\n')) if (/"（(?:规划标题|单位)）"/.test(line)) assert.match(line, /# draft: /);
  });
}

test('a draft of an encoded copy (GB18030, UTF-16) equals the draft of the UTF-8 original', () => {
  const options = { documentName: '001.txt', sourcePath: '001.txt' };
  const original = core.draftPlan(readFileSync(join(sources, '001_9b1133b78090ed6f.txt'), 'utf8'), options).text;
  for (const copy of ['001.gb18030.txt', '001.utf16le.txt', '001.utf16be.txt']) {
    const decoded = core.decodeText(readFileSync(join(repoRoot, 'test/fixtures/encodings/sources', copy)));
    assert.notEqual(decoded.encoding, 'utf-8', copy);
    assert.equal(core.draftPlan(decoded.text, options).text, original, copy);
  }
});

test('drafts of fragments of the seed documents never throw, parse, and every quote resolves once', () => {
  let seed = 18;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (const name of readdirSync(sources).filter(f => f.endsWith('.txt'))) {
    const whole = readFileSync(join(sources, name), 'utf8');
    for (let k = 0; k < 8; k++) {
      const start = Math.floor(random() * whole.length);
      const text = whole.slice(start, start + Math.floor(random() * 3000));
      const draftText = core.draftPlan(text, { documentName: 'part.txt', sourcePath: 'part.txt' }).text;
      parse(draftText);
      const doc = new core.SourceDocument('part.txt', text);
      for (const m of draftText.matchAll(/quote: ("(?:[^"\\]|\\.)*")(?:, para: (\d+))?/g)) {
        const hits = doc.findQuote(JSON.parse(m[1]), m[2] ? Number(m[2]) : undefined, 3);
        assert.equal(hits.length, 1, `${name}@${start}: ${m[0]}`);
      }
    }
  }
});

// Counted things after 实施 / 推进建设 / 推进 (004 ¶149), each number with the thing it counts.
test('counted things: 重点实施N个…项目, 推进建设N个…项目, 推进N个…项目建设', () => {
  const { plan } = draft([
    '　　“十三五”期间，重点实施300个重大节能技术改造项目，推进建设100个节能环保装备制造业项目，推进60个资源利用项目建设，' +
      '在电力、冶金、焦化、煤化工等高排放行业重点实施40个清洁生产技术改造项目。',
  ]);
  assert.deepEqual(
    only(plan.indicators).map(i => [i.name, i.targets[0].year, i.targets[0].value, i.targets[0].source.quote]),
    [
      ['重大节能技术改造项目', 2020, '300个', '重点实施300个重大节能技术改造项目'],
      ['节能环保装备制造业项目', 2020, '100个', '推进建设100个节能环保装备制造业项目'],
      ['资源利用项目建设', 2020, '60个', '推进60个资源利用项目建设'],
      ['清洁生产技术改造项目', 2020, '40个', '在电力、冶金、焦化、煤化工等高排放行业重点实施40个清洁生产技术改造项目'],
    ],
  );
});

// 形成N家… (004 ¶44) and capacities with 以上 (004 ¶50): a bound on a measure is the target, not a qualifier.
test('counted things: 形成3-5家…; 形成N万吨A、N亿立方米B、N万吨以上C', () => {
  const groups = draft([
    '　　支持大型铝企业进行行业整合，大力拓展铝材深加工领域，形成3-5家铝产业链配套的大型企业集团。',
  ]).plan;
  assert.deepEqual(
    only(groups.indicators).map(i => [i.name, i.unit, i.targets[0].value]),
    [['铝产业链配套的大型企业集团', '家', '3-5家']],
  );
  const { plan } = draft([
    '　　形成500万吨焦炉煤气制甲醇、50亿立方米焦炉煤气制天然气、300万吨以上煤焦油加工和100万吨以上粗苯精制能力。',
  ]);
  assert.deepEqual(
    only(plan.indicators).map(i => [i.name, i.targets[0].value]),
    [
      ['焦炉煤气制甲醇', '500万吨'],
      ['焦炉煤气制天然气', '50亿立方米'],
      ['煤焦油加工', '300万吨以上'],
      ['粗苯精制能力', '100万吨以上'],
    ],
  );
  // A bound on a count still qualifies the noun after it (完成20户以下自然村…).
  assert.equal(only(draft(['　　完成20户以下自然村通宽带。']).plan.indicators).length, 0);
});

// 扶持N个A,N个B (000 ¶36): the clause after a counting verb goes on counting; 抓好N个…的实施 (000 ¶51).
test('counted things: 扶持30个A,30个B; 抓好100个…项目的实施', () => {
  const { plan } = draft(
    [
      '　　同时以专项方式重点扶持30个信息产业化项目,30个信息基础设施建设项目。',
      '　　抓好100个信息化推进示范工程项目的实施，重点建设内容为：',
    ],
    '山西省“十一五”信息化规划',
  );
  assert.deepEqual(
    only(plan.indicators).map(i => [i.name, i.targets[0].year, i.targets[0].value, i.targets[0].source.quote]),
    [
      ['信息产业化项目', 2010, '30个', '同时以专项方式重点扶持30个信息产业化项目'],
      ['信息基础设施建设项目', 2010, '30个', '30个信息基础设施建设项目'],
      ['信息化推进示范工程项目', 2010, '100个', '抓好100个信息化推进示范工程项目的实施'],
    ],
  );
});

// A list closed by 等N个 (004 ¶84): the number counts the things named after it.
test('counted things: …、精细化工等6个创新链和30项技术开发与示范', () => {
  const { plan } = draft([
    '　　重点支持煤气化、合成气化工、甲醇及其下游产品、苯及其下游产品、乙炔化工、精细化工等6个创新链和30项技术开发与示范。',
  ]);
  assert.deepEqual(
    only(plan.indicators).map(i => [i.name, i.unit, i.targets[0].value]),
    [
      ['创新链', '个', '6个'],
      ['技术开发与示范', '项', '30项'],
    ],
  );
  // The list before 等N个 is what the count counts: its items, partial (revision 4).
  const chains = only(plan.indicators)[0].targets[0];
  assert.deepEqual(chains.items, [
    '煤气化',
    '合成气化工',
    '甲醇及其下游产品',
    '苯及其下游产品',
    '乙炔化工',
    '精细化工',
  ]);
  assert.equal(chains.items_partial, true);
});

// 004 ¶150: a number with 以上 inside the subject qualifies it; the last number is the target.
test('a subject with a bound inside it: 年销售收入20亿元以上节能环保企业10家，10亿元以上企业20家', () => {
  const { plan } = draft([
    '　　培育一批在国内具有较强竞争力和知名度的节能环保大型企业（集团），年销售收入20亿元以上节能环保企业10家，' +
      '10亿元以上企业20家，吸纳就业能力显著增强。',
  ]);
  assert.deepEqual(
    only(plan.indicators).map(i => [i.name, i.unit, i.targets[0].value, i.targets[0].source.quote]),
    [
      ['年销售收入20亿元以上节能环保企业', '家', '10家', '年销售收入20亿元以上节能环保企业10家'],
      ['10亿元以上企业', '家', '20家', '10亿元以上企业20家'],
    ],
  );
});
