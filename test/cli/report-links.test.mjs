// The report across plans (规划衔接, 指标分解) on examples/plan-system: the alignment table (each aligns link,
// both plans' targets by year, the verdict) and the allocation table (each total, its parts, their sum, the
// gap), pinned in both locales; its verdicts are the checker's findings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '../helpers.mjs';

const planlint = args =>
  spawnSync(process.execPath, [join(repoRoot, 'bin/planlint.js'), ...args], { cwd: repoRoot, encoding: 'utf8' });
const EXAMPLE = 'examples/plan-system';
const P = `${EXAMPLE}/province`,
  C = `${EXAMPLE}/cities`,
  N = `${EXAMPLE}/national`;

/** A table's rows as text, cell by cell; lines within a cell joined by ' / '. */
const tableOf = (html, cls) => {
  const m = new RegExp(`<table class="${cls}">(.*?)</table>`, 's').exec(html);
  assert.ok(m, `the report has the ${cls} table`);
  return [...m[1].matchAll(/<tr[^>]*>(.*?)<\/tr>/gs)].map(r =>
    [...r[1].matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/gs)].map(c =>
      c[1]
        .replace(/<br>/g, ' / ')
        .replace(/<[^>]+>/g, '')
        .replace(/&#39;/g, "'"),
    ),
  );
};
const report = locale => {
  const r = planlint(['--locale', locale, 'report', '--output', '-', EXAMPLE]);
  assert.equal(r.status, 1, r.stderr); // the planted shortfall is an error
  return r.stdout;
};
const en = report('en'),
  zh = report('zh-cn');

test('report: the alignment table, each link with both targets by year and the verdict (English)', () => {
  assert.deepEqual(tableOf(en, 'alignment'), [
    ['Indicator', 'Plan', 'Carries down', 'Year', "This plan's target", 'Its target', 'Status'],
    [
      '森林覆盖率',
      `${P}/eco-special.plan.yaml`,
      `森林覆盖率 ${P}/master-14th.plan.yaml / binding there, both plans of 示例省`,
      '2025',
      '25.5%',
      '26%',
      'weaker',
    ],
    [
      '单位地区生产总值能源消耗降低',
      `${P}/eco-special.plan.yaml`,
      `单位地区生产总值能源消耗降低 ${P}/master-14th.plan.yaml / binding there, both plans of 示例省`,
      '2025',
      '下降14%',
      '-14%',
      'meets it',
    ],
    [
      '单位地区生产总值能源消耗降低',
      `${P}/master-14th.plan.yaml`,
      `单位国内生产总值能源消耗降低 ${N}/national-14th.plan.yaml / must: meet`,
      '2025',
      '-14%',
      '-13.5%',
      'meets it',
    ],
    [
      '森林覆盖率',
      `${P}/master-14th.plan.yaml`,
      `森林覆盖率 ${N}/national-14th.plan.yaml / must: meet`,
      '2025',
      '26%',
      '24.1%',
      'meets it',
    ],
  ]);
});

test('report: the allocation table, each total with its parts, their sum and the gap (English)', () => {
  const parts = (id, a, b, c) =>
    [
      `${C}/beian.plan.yaml ${id} ${a}`,
      `${C}/zhongchuan.plan.yaml ${id} ${b}`,
      `${C}/nanping.plan.yaml ${id} ${c}`,
    ].join(' / ');
  assert.deepEqual(tableOf(en, 'allocation'), [
    ['Indicator', 'Plan', 'Year', 'Total', 'Parts', 'Sum of the parts', 'Gap', 'Status'],
    [
      '耕地保有量',
      `${P}/master-14th.plan.yaml`,
      '2025',
      '≥5800万亩',
      parts('耕地保有量', '≥2000万亩', '≥1900万亩', '≥1850万亩'),
      '5750万亩',
      '50万亩',
      'short of the total',
    ],
    [
      '能源消费总量',
      `${P}/master-14th.plan.yaml`,
      '2025',
      "'控制在10100以内' (≤ 10100万吨标准煤)",
      parts('能源消费总量', '≤3600万吨标准煤', '≤3400万吨标准煤', '≤3100万吨标准煤'),
      '10100万吨标准煤',
      '0万吨标准煤',
      'exactly the total',
    ],
  ]);
});

test('report: the same tables in Chinese', () => {
  const align = tableOf(zh, 'alignment');
  assert.deepEqual(align[0], ['指标', '规划', '所衔接的指标', '年份', '本规划目标', '对方目标', '状态']);
  assert.deepEqual(
    align.slice(1).map(r => [r[0], r[2].split(' / ')[1], r[4], r[5], r[6]]),
    [
      ['森林覆盖率', '对方为约束性指标，同属示例省', '25.5%', '26%', '弱于对方'],
      ['单位地区生产总值能源消耗降低', '对方为约束性指标，同属示例省', '下降14%', '-14%', '达到'],
      ['单位地区生产总值能源消耗降低', 'must: meet，须达到', '-14%', '-13.5%', '达到'],
      ['森林覆盖率', 'must: meet，须达到', '26%', '24.1%', '达到'],
    ],
  );
  const alloc = tableOf(zh, 'allocation');
  assert.deepEqual(alloc[0], ['指标', '规划', '年份', '总量', '分解到', '各项之和', '差额', '状态']);
  assert.deepEqual(
    alloc.slice(1).map(r => [r[0], r[3], r[5], r[6], r[7]]),
    [
      ['耕地保有量', '≥5800万亩', '5750万亩', '50万亩', '达不到总量'],
      ['能源消费总量', '“控制在10100以内”（≤10100万吨标准煤）', '10100万吨标准煤', '0万吨标准煤', '恰好等于总量'],
    ],
  );
  assert.match(zh, /<h2>规划之间<\/h2>/);
  assert.match(zh, /<h3>规划衔接：各指标与所衔接的指标<\/h3>/);
  assert.match(zh, /<h3>指标分解：各总量指标与分解到的各项<\/h3>/);
});

test("report: the tables' verdicts are the checker's findings, and their names link to the indicators' rows", () => {
  const cli = JSON.parse(planlint(['--format', 'json', EXAMPLE]).stdout);
  const weaker = tableOf(en, 'alignment').filter(r => r[6] === 'weaker');
  const short = tableOf(en, 'allocation').filter(r => r[7] === 'short of the total');
  assert.deepEqual(
    cli.map(d => [d.code, d.file]),
    [...weaker.map(r => ['alignment-weaker', r[1]]), ...short.map(r => ['allocation-shortfall', r[1]])].sort((a, b) =>
      a[1].localeCompare(b[1]),
    ),
  );
  const section = /<section class="across-plans".*?<\/section>/s.exec(en)[0];
  const targets = [...section.matchAll(/<a href="#([^"]+)">/g)].map(m => m[1]);
  const ids = new Set([...en.matchAll(/<tr id="([^"]+)"/g)].map(m => m[1]));
  assert.ok(targets.length >= 14, `${targets.length} links`);
  for (const id of targets) assert.ok(ids.has(id), `#${id} is an indicator's row`);
});

test('report: a workspace without links has no section across plans', () => {
  const r = planlint(['report', '--output', '-', 'examples/monitoring']);
  assert.equal(r.status, 0, r.stderr);
  assert.doesNotMatch(r.stdout, /across-plans/);
});

test('report: links that do not resolve, are not held, are not compared, or cannot be summed say so', () => {
  const html = planlint(['report', '--output', '-', 'test/fixtures/plan-system']).stdout;
  const align = tableOf(html, 'alignment'),
    alloc = tableOf(html, 'allocation');
  const fires = 'test/fixtures/plan-system/links.fires.plan.yaml';
  const unresolved = align.filter(r => r[1] === fires && r[6] === 'This link does not resolve.');
  assert.equal(unresolved.length, 12, 'each link the fixture marks unknown-reference');
  assert.ok(
    unresolved.some(r => r[2] === '/etc/passwd root'),
    'the link as written',
  );
  // 30% against a land area in 万亩: another dimension, so no verdict, the reason in the cell's title.
  const unit = align.find(r => r[1] === fires && r[2].startsWith('耕地保有量'));
  assert.deepEqual(unit.slice(3), ['2025', '30%', '≥5800万亩', 'not compared']);
  assert.match(html, /title="Not compared: their units are of different dimensions\.">not compared</);
  assert.ok(align.some(r => r[2].endsWith('not held to it') && r[6] === 'meets it'));
  assert.ok(alloc.some(r => r[0] === '能源消费总量' && r[6] === '100万吨标准煤' && r[7] === 'over the cap'));
  assert.ok(alloc.some(r => r[1] === fires && r[2] === '—' && r[7] === 'not summed'));
});
