// The evaluation (中期评估) of examples/monitoring: the report's monitoring section, its table in both
// locales, and the same table as CSV, pinned as an evaluation office would read them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../helpers.mjs';

const planlint = args =>
  spawnSync(process.execPath, [join(repoRoot, 'bin/planlint.js'), ...args], { cwd: repoRoot, encoding: 'utf8' });
const EXAMPLE = 'examples/monitoring';
const PLAN = '江城市数字经济发展“十四五”规划（示例）';

/** The evaluation table's rows as text, cell by cell (the chart column left out). */
const tableOf = html => {
  const table = /<table class="evaluation">(.*?)<\/table>/s.exec(html)[1];
  return [...table.matchAll(/<tr[^>]*>(.*?)<\/tr>/gs)].map(r =>
    [...r[1].matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/gs)]
      .map(c => c[1].replace(/<svg.*<\/svg>/s, '').replace(/<[^>]+>/g, ''))
      .filter(c => c !== ''),
  );
};
const summaryOf = html => [...html.matchAll(/<p class="summary">([^<]+)<\/p>/g)].map(m => m[1]);

test('report --evaluation: the table and the counts, in Chinese as an evaluation office writes them', () => {
  const r = planlint(['report', '--evaluation', '--output', '-', '--locale', 'zh-cn', EXAMPLE]);
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(summaryOf(r.stdout), [
    '8项指标中，4项符合预期，1项提前完成，1项滞后，1项未比较，1项无数据。',
    '约束性指标2项，其中2项符合预期。',
    '预期性指标6项，其中2项符合预期，1项提前完成，1项滞后，1项未比较，1项无数据。',
  ]);
  assert.deepEqual(tableOf(r.stdout), [
    ['指标', '单位', '属性', '基期值', '目标值', '实现值（年份）', '进度', '时间进度', '状态', '走势'],
    [
      '数字经济核心产业增加值',
      '亿元',
      '预期性',
      '930（2020年）',
      '1500（2025年）',
      '1080（2022年）',
      '26%',
      '40%',
      '符合预期',
    ],
    [
      '数字经济核心产业增加值占地区生产总值比重',
      '%',
      '预期性',
      '7.8（2020年）',
      '10（2025年）',
      '—',
      '—',
      '—',
      '无数据',
    ],
    ['固定宽带用户数', '万户', '预期性', '120（2020年）', '180（2025年）', '139（2022年）', '32%', '40%', '符合预期'],
    ['5G基站数', '万个', '预期性', '0.3（2020年）', '2（2025年）', '2.1（2022年）', '106%', '40%', '提前完成'],
    [
      '规模以上工业企业关键工序数控化率',
      '%',
      '预期性',
      '50（2020年）',
      '65（2025年）',
      '52（2022年）',
      '13%',
      '40%',
      '滞后',
    ],
    [
      '单位地区生产总值能耗',
      '吨标准煤/万元',
      '约束性',
      '0.42（2020年）',
      '“下降13.5%”（即0.3633吨标准煤/万元）（2025年）',
      '“累计下降5.2%”（即0.3982吨标准煤/万元）（2022年）',
      '39%',
      '40%',
      '符合预期',
    ],
    ['政务服务事项网上可办率', '%', '约束性', '96（2020年）', '≥95（2025年）', '97（2022年）', '—', '—', '符合预期'],
    ['数字经济企业数', '家', '预期性', '—', '5000（2025年）', '3800（2022年）', '—', '—', '未比较'],
  ]);
  // Only the monitoring section: no indicator table of the full report, no coverage.
  assert.doesNotMatch(r.stdout, /class="items indicators"/);
});

test('report --evaluation in English; the full report carries the same section, with a chart of actuals', () => {
  const en = planlint(['report', '--evaluation', '--output', '-', EXAMPLE]).stdout;
  assert.deepEqual(summaryOf(en), [
    'Of 8 indicators: 4 on track, 1 met, 1 behind, 1 not compared, 1 no data.',
    'Binding: 2, of which 2 on track.',
    'Expected: 6, of which 2 on track, 1 met, 1 behind, 1 not compared, 1 no data.',
  ]);
  const rows = tableOf(en);
  assert.deepEqual(rows[0].slice(0, 9), [
    'Indicator',
    'Unit',
    'Type',
    'Baseline',
    'Target',
    'Actual (year)',
    'Progress (share of the way)',
    'Time elapsed',
    'Status',
  ]);
  assert.deepEqual(rows[3], [
    '固定宽带用户数',
    '万户',
    'Expected',
    '120 (2020)',
    '180 (2025)',
    '139 (2022)',
    '32%',
    '40%',
    'on track',
  ]);
  assert.deepEqual(rows[5].slice(-1), ['behind']);
  const full = planlint(['report', '--output', '-', EXAMPLE]).stdout;
  assert.match(full, /class="items indicators"/);
  assert.deepEqual(tableOf(full), rows);
  // The broadband chart: the path (dashed) and its actual, titled with its year and value.
  const chart = /<tr class="state-onTrack"><td><b>固定宽带用户数<\/b>.*?<\/tr>/s.exec(full)[0];
  assert.match(chart, /<polyline class="path" points="[^"]+"/);
  assert.match(chart, /<path class="actual" [^>]*><title>2022: 139万户<\/title>/);
});

test('report --evaluation --format csv: the table for a spreadsheet, in both locales', () => {
  const zh = planlint(['report', '--evaluation', '--format', 'csv', '--locale', 'zh-cn', EXAMPLE]);
  assert.equal(zh.status, 0, zh.stderr);
  assert.equal(
    zh.stdout,
    [
      '\ufeff规划,指标,单位,属性,基期值,目标值,实现值（年份）,进度,时间进度,状态',
      `${PLAN},数字经济核心产业增加值,亿元,预期性,930（2020年）,1500（2025年）,1080（2022年）,26%,40%,符合预期`,
      `${PLAN},数字经济核心产业增加值占地区生产总值比重,%,预期性,7.8（2020年）,10（2025年）,—,—,—,无数据`,
      `${PLAN},固定宽带用户数,万户,预期性,120（2020年）,180（2025年）,139（2022年）,32%,40%,符合预期`,
      `${PLAN},5G基站数,万个,预期性,0.3（2020年）,2（2025年）,2.1（2022年）,106%,40%,提前完成`,
      `${PLAN},规模以上工业企业关键工序数控化率,%,预期性,50（2020年）,65（2025年）,52（2022年）,13%,40%,滞后`,
      `${PLAN},单位地区生产总值能耗,吨标准煤/万元,约束性,0.42（2020年）,“下降13.5%”（即0.3633吨标准煤/万元）（2025年）,` +
        '“累计下降5.2%”（即0.3982吨标准煤/万元）（2022年）,39%,40%,符合预期',
      `${PLAN},政务服务事项网上可办率,%,约束性,96（2020年）,≥95（2025年）,97（2022年）,—,—,符合预期`,
      `${PLAN},数字经济企业数,家,预期性,—,5000（2025年）,3800（2022年）,—,—,未比较`,
      '',
    ].join('\r\n'),
  );
  const en = planlint(['report', '--evaluation', '--format', 'csv', EXAMPLE]).stdout.split('\r\n');
  assert.equal(
    en[0],
    '\ufeffPlan,Indicator,Unit,Type,Baseline,Target,Actual (year),Progress (share of the way),Time elapsed,Status',
  );
  assert.equal(
    en[6],
    `${PLAN},单位地区生产总值能耗,吨标准煤/万元,Binding,0.42 (2020),'下降13.5%' (→ 0.3633吨标准煤/万元) (2025),` +
      "'累计下降5.2%' (→ 0.3982吨标准煤/万元) (2022),39%,40%,on track",
  );
  const refused = planlint(['report', '--format', 'csv', EXAMPLE]);
  assert.equal(refused.status, 2);
  assert.match(refused.stderr, /--format csv makes the evaluation table: add --evaluation/);
});

test('report --evaluation --format csv: a cell that a spreadsheet would run as a formula is text', () => {
  const dir = mkdtempSync(join(tmpdir(), 'planlint-csv-'));
  writeFileSync(join(dir, 'planlint.config.yaml'), '');
  writeFileSync(
    join(dir, 'a.plan.yaml'),
    'planlint: 1\nplan: { id: a, title: "@SUM(1+1)", period: [2021, 2025], baseline_year: 2020 }\n' +
      'indicators:\n  x:\n    name: \'=HYPERLINK("http://x.example","a,b")\'\n    unit: "-1"\n' +
      '    direction: increase\n    targets: [{ year: 2025, value: 5 }]\n',
  );
  const out = planlint(['report', '--evaluation', '--format', 'csv', join(dir, 'a.plan.yaml')]).stdout;
  const row = out.split('\r\n')[1];
  assert.ok(row.startsWith(`'@SUM(1+1),"'=HYPERLINK(""http://x.example"",""a,b"")",'-1,`), row);
});
