// The drafter's constructions (the contract's *Drafting a plan from its document*), one test each, on
// sentences of the development corpus (test/fixtures/documents/dev), and the corpus as a whole: every
// draft passes the schema and resolves all its anchors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, realpathSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { checkResult, repoRoot } from '../helpers.mjs';

const core = await import(join(repoRoot, 'dist/core.mjs'));
const dev = join(repoRoot, 'test/fixtures/documents/dev');
const draft = (text, name = 'doc.txt') => {
  const d = core.draftPlan(text, { documentName: name, sourcePath: name });
  return { ...d, plan: parse(d.text) };
};
const indicators = plan => Object.values(plan.indicators ?? {});
const byName = (plan, name) => indicators(plan).find(i => i.name === name);
const doc = lines => `${lines.join('\n')}\n`;

test('period: two years the title joins by a range separator', () => {
  const { plan } = draft(doc(['临河市教育事业发展规划（2021—2025年）', '　　到2025年，学前教育毛入园率达到92%。']));
  assert.deepEqual(plan.plan.period, [2021, 2025]);
  assert.equal(plan.plan.baseline_year, 2020);
});

test('period: the 《…》 of a 关于印发 line is the title, and its 十四五 the period', () => {
  const { plan } = draft(
    doc([
      '江川省人民政府关于印发《江川省“十四五”数字经济发展规划》的通知',
      '　　到2025年，全省固定宽带用户达到1800万户。',
    ]),
  );
  assert.equal(plan.plan.title, '江川省“十四五”数字经济发展规划');
  assert.deepEqual(plan.plan.period, [2021, 2025]);
});

test('a table read by its header: category, name, unit, base year, target, growth, attribute', () => {
  const text = readFileSync(join(dev, 'a01-jiangchuan-digital-14th.txt'), 'utf8');
  const { plan } = draft(text, 'a01.txt');
  const va = byName(plan, '数字经济增加值');
  assert.equal(va.unit, '亿元');
  assert.equal(va.category, '总体规模');
  assert.match(va.baseline.value, /4860/);
  assert.equal(va.baseline.year, 2020);
  assert.match(va.targets.at(-1).value, /8200/);
  assert.equal(va.targets.at(-1).year, 2025);
  assert.match(va.growth.value, /^11(\.0)?%$/);
  assert.equal(va.type, '预期性');
});

test('分别 over a list of years gives one indicator a target each', () => {
  const { plan } = draft(
    doc([
      '物流业发展三年行动计划（2024—2026年）',
      '　　到2024年、2025年、2026年，全省A级物流企业分别达到620家、680家、750家。',
    ]),
  );
  const firms = byName(plan, '全省A级物流企业');
  assert.deepEqual(
    firms.targets.map(t => [t.year, t.value]),
    [
      [2024, '达到620家'],
      [2025, '680家'],
      [2026, '750家'],
    ],
  );
});

test('分别 over a list of subjects that share their last words', () => {
  const { plan } = draft(
    doc(['江川省“十四五”数字经济发展规划', '　　到2025年，江州市、临川市数字经济增加值分别达到2600亿元、1300亿元。']),
  );
  assert.equal(byName(plan, '江州市数字经济增加值').targets[0].value, '达到2600亿元');
  assert.equal(byName(plan, '临川市数字经济增加值').targets[0].value, '1300亿元');
});

test('其中 as a clause of its own: the 分别 list after it divides the total before it', () => {
  const { plan } = draft(
    doc([
      '临江市软件产业发展规划（2021—2025年）',
      '　　到2025年，全市软件产业收入达到1000亿元，其中，基础软件、工业软件、应用软件收入分别达到300亿元、200亿元、400亿元。',
    ]),
  );
  const parts = byName(plan, '全市软件产业收入').parts.map(id => plan.indicators[id].name);
  assert.deepEqual(parts, ['基础软件收入', '工业软件收入', '应用软件收入']);
});

test('分别 with a verb no list names pairs the subjects with the values all the same', () => {
  const { plan } = draft(
    doc([
      '东湖区2024年商贸工作要点',
      '　　全年改造标准化菜市场30个，其中东城街道、西城街道、南城街道分别改造10个、12个、8个。',
    ]),
  );
  const total = byName(plan, '改造标准化菜市场');
  assert.deepEqual(
    total.parts.map(id => plan.indicators[id].targets[0].value),
    ['10个', '12个', '8个'],
  );
});

test('分别由…到: each subject its starting figure and the figure it reaches', () => {
  const { plan } = draft(
    doc([
      '临江市公共交通发展规划（2021—2025年）',
      '　　到2025年，全市公交线路由2020年的200条增加到260条，其中城区、郊区公交线路分别由2020年的120条、80条增加到150条、110条。',
    ]),
  );
  const city = byName(plan, '城区公交线路'),
    suburb = byName(plan, '郊区公交线路');
  assert.deepEqual([city.baseline.value, city.baseline.year, city.targets[0].value], ['120条', 2020, '增加到150条']);
  assert.deepEqual([suburb.baseline.value, suburb.baseline.year, suburb.targets[0].value], ['80条', 2020, '110条']);
});

test('较 a year, like 比: a change from it, not a value', () => {
  const { plan } = draft(
    doc([
      '临江市卫生健康发展规划（2021—2025年）',
      '　　全市人均预期寿命由2015年的76.9岁提高到2020年的78.2岁。',
      '　　到2025年，全市人均预期寿命较2020年提高1岁，保持较快增长。',
    ]),
  );
  const life = byName(plan, '全市人均预期寿命');
  assert.deepEqual(
    life.targets.map(t => [t.year, t.value, t.change]),
    [[2025, undefined, '提高1岁']],
  );
});

test('均 gives each subject of the list the one value', () => {
  const { plan } = draft(
    doc([
      '鹿川市制造业三年行动计划（2023—2025年）',
      '　　到2025年鹭湖新材料产业园、江北新材料产业园工业产值均达到300亿元以上。',
    ]),
  );
  assert.equal(byName(plan, '鹭湖新材料产业园工业产值').targets[0].value, '达到300亿元以上');
  assert.equal(byName(plan, '江北新材料产业园工业产值').targets[0].value, '达到300亿元以上');
});

test('a counted list gets items', () => {
  const { plan } = draft(
    doc(['江川省“十四五”数字经济发展规划', '　　到2025年，打造江州、临川、云阳三大数字产业集聚区。']),
  );
  const clusters = byName(plan, '数字产业集聚区');
  assert.equal(clusters.targets[0].value, '3');
  assert.deepEqual(clusters.targets[0].items, ['江州', '临川', '云阳']);
});

test('a counted list whose items end like the thing counted keeps them when it names as many as it counts', () => {
  const { plan } = draft(
    doc(['临河市水利发展规划（2021—2025年）', '　　到2025年，建成北引工程、东湖调水工程、西山水库三大骨干水源工程。']),
  );
  assert.deepEqual(byName(plan, '骨干水源工程').targets[0].items, ['北引工程', '东湖调水工程', '西山水库']);
  // Naming more than it counts, the leading item of that kind is another phrase.
  const two = draft(doc(['临河市产业规划（2021—2025年）', '　　到2025年，建设特钢产业基地、东城和西城两大物流基地。']));
  assert.deepEqual(byName(two.plan, '物流基地').targets[0].items, ['东城', '西城']);
});

test("direction: the words of the clause, not of the indicator's own name", () => {
  const { plan } = draft(
    doc([
      '临河市生态环境保护规划（2021—2025年）',
      '　　水土保持率由2020年的86.3%提高到2025年的88.8%，淘汰国三及以下排放标准柴油货车3000辆。',
      '　　单位地区生产总值二氧化碳排放降低18%。',
    ]),
  );
  assert.equal(byName(plan, '水土保持率').direction, 'increase');
  assert.equal(byName(plan, '淘汰国三及以下排放标准柴油货车').direction, 'increase');
  assert.equal(byName(plan, '单位地区生产总值二氧化碳排放降低').direction, 'decrease');
});

test('responsibility clauses: brackets kept in names, the document rule makes the first body lead', () => {
  const lines = [
    '江川省“十四五”数字经济发展规划',
    '　　加快5G网络规模化部署。（责任单位：省通信管理局、省工业和信息化厅、各区县（市）人民政府）',
    '　　本规划各项任务中列在首位的单位为牵头单位，其他单位按职责分工配合。',
  ];
  const task = Object.values(draft(doc(lines)).plan.tasks)[0];
  assert.deepEqual(task.lead, ['省通信管理局']);
  assert.deepEqual(task.support, ['省工业和信息化厅', '各区县（市）人民政府']);
  const without = Object.values(draft(doc(lines.slice(0, 2))).plan.tasks)[0];
  assert.deepEqual(without.lead, ['省通信管理局', '省工业和信息化厅', '各区县（市）人民政府']);
});

test('responsibility clauses: 牵头单位/配合单位, A牵头B配合, and a shared organ suffix', () => {
  const { plan } = draft(
    doc([
      '青岚市农业现代化若干政策措施',
      '　　实施高标准农田建设补助。（牵头单位：市农业农村局；配合单位：市财政局、市自然资源和规划局）',
      '　　推进冷链物流设施建设。（市商务局牵头，市发展改革委、市交通运输局配合）',
      '　　建设县域商业体系。（责任单位：青山县、平川县人民政府）',
    ]),
  );
  const [a, b, c] = Object.values(plan.tasks);
  assert.deepEqual([a.lead, a.support], [['市农业农村局'], ['市财政局', '市自然资源和规划局']]);
  assert.deepEqual([b.lead, b.support], [['市商务局'], ['市发展改革委', '市交通运输局']]);
  assert.deepEqual(c.lead, ['青山县人民政府', '平川县人民政府']);
});

test('funding: an amount per unit of the basis, a cost share, a duration', () => {
  const { plan } = draft(
    doc([
      '青岚市农业现代化若干政策措施',
      '　　市级财政对新建高标准农田按每亩300元给予补助，所需资金由市、县按1∶1比例分担。',
      '　　对粮食生产排灌用电，按0.1元/千瓦时给予电价补贴，连续补贴3年。',
    ]),
  );
  const [land, power] = Object.values(plan.funding);
  assert.equal(land.amount, '300元/亩');
  assert.deepEqual(land.cost_share, { 市: 1, 县: 1 });
  assert.equal(power.amount, '0.1元/千瓦时');
  assert.equal(power.duration_years, 3);
});

test('funding: a duration stated with its bound (不超过, 最长) is the years it is paid', () => {
  const { plan } = draft(
    doc([
      '青岚市新材料产业若干政策措施',
      '　　对首批次新材料产品，按照投保年度保费的80%给予补贴，同一产品连续补贴不超过3年。',
      '　　对企业技术改造项目贷款，按实际发生利息的50%给予贴息，贴息期限最长2年。',
    ]),
  );
  assert.deepEqual(
    Object.values(plan.funding).map(f => f.duration_years),
    [3, 2],
  );
});

test('a table whose second header row gives the years under 基期值 and 目标值, its empty cells run together', () => {
  const { plan } = draft(
    doc([
      '青岚市“十四五”新材料产业发展规划',
      '类别\t指标名称\t计量单位\t基期值\t目标值\t年均增长（%）\t指标属性',
      '\t\t\t2020年\t2025年\t\t',
      '产业规模\t新材料产业总产值\t亿元\t3000\t5000\t10.8\t预期性',
      '规模以上新材料企业数\t家\t800\t1200\t8.4\t预期性',
    ]),
  );
  const rows = ['新材料产业总产值', '规模以上新材料企业数'].map(n => byName(plan, n));
  assert.deepEqual(
    rows.map(r => [r.baseline.year, r.baseline.value, r.targets[0].year, r.targets[0].value]),
    [
      [2020, '3000', 2025, '5000'],
      [2020, '800', 2025, '1200'],
    ],
  );
});

test('time roles in an evaluation: a 实现值 column and a year before the document are actuals, gaps are left out', () => {
  const text = readFileSync(join(dev, 'c04-province-digital-midterm.txt'), 'utf8');
  const { plan } = draft(text, 'c04.txt');
  const withActuals = indicators(plan).filter(i => i.actuals?.length);
  assert.ok(withActuals.length >= 5, `${withActuals.length} indicators with actuals`);
  for (const i of indicators(plan))
    for (const t of i.targets ?? []) assert.ok(t.year >= 2023, `${i.name} target ${t.year}`);
  const explain = [];
  core.draftPlan(text, { documentName: 'c04.txt', sourcePath: 'c04.txt', explain });
  assert.ok(explain.some(r => r.role === 'left out' && /completion share/.test(r.reason)));
});

test('every draft of the development corpus passes the schema and resolves all its anchors', async () => {
  const host = { readFile: async uri => readFileSync(uri), realPath: async uri => realpathSync(uri) };
  const files = readdirSync(dev).filter(f => /\.(txt|md)$/.test(f));
  assert.ok(files.length >= 12, `${files.length} documents`);
  for (const f of files) {
    const dir = mkdtempSync(join(tmpdir(), 'planlint-corpus-'));
    writeFileSync(join(dir, 'planlint.config.yaml'), 'rules: {}\n');
    copyFileSync(join(dev, f), join(dir, f));
    const text = core.draftPlan(core.decodeText(readFileSync(join(dev, f))).text, {
      documentName: f,
      sourcePath: f,
    }).text;
    writeFileSync(join(dir, `${f}.plan.yaml`), text);
    const r = await checkResult(host, realpathSync(dir), realpathSync(join(dir, `${f}.plan.yaml`)));
    const bad = r.diagnostics.filter(d => core.DRAFT_NEVER_GIVES.includes(d.code));
    assert.deepEqual(
      bad.map(d => `${d.code}: ${d.message}`),
      [],
      f,
    );
  }
});
