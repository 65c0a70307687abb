// The HTML report shows the engine's findings, each on the item it is about.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from '../helpers.mjs';

const planlint = args =>
  spawnSync(process.execPath, [join(repoRoot, 'bin/planlint.js'), ...args], { cwd: repoRoot, encoding: 'utf8' });

test('report: every indicator row shows exactly the findings the CLI reports inside that indicator', () => {
  const html = planlint(['report', '--output', '-', 'seeds']).stdout;
  const rows = [...html.matchAll(/<tr id="ind-\d+-([^"]+)">(.*?)<\/tr>/gs)].map(m => [
    m[1],
    [...m[2].matchAll(/[✖⚠·] ([a-z-]+)<\/span>/g)].map(x => x[1]),
  ]);
  const flagged = rows.filter(([, codes]) => codes.includes('binding-without-owner')).map(([id]) => id);
  const cli = JSON.parse(planlint(['--format', 'json', 'seeds']).stdout).filter(
    d => d.code === 'binding-without-owner',
  );
  assert.equal(cli.length, 1);
  assert.match(cli[0].message, /'行政许可项目在线处理率'/);
  assert.deepEqual(flagged, ['onlineLicensing'], 'not on digitalTvUsers, the indicator before it');
});

// The report as a reviewer reads it: findings naming their items, every kind of item in its own section,
// charts that can be read, and the whole page in the chosen locale.
const seedPlans = () =>
  readdirSync(join(repoRoot, 'seeds/plans'))
    .filter(f => f.endsWith('.plan.yaml'))
    .map(f => ({ file: `seeds/plans/${f}`, yaml: parse(readFileSync(join(repoRoot, 'seeds/plans', f), 'utf8')) }));
/** The report's section of each plan, by the plan's file. */
const planSections = html =>
  new Map(
    html
      .split('<section class="plan"')
      .slice(1)
      .map(s => [/<code>([^<]+\.plan\.yaml)<\/code>/.exec(s)[1], s]),
  );
const en = planlint(['report', '--output', '-', 'seeds']).stdout;
const zh = planlint(['--locale', 'zh-cn', 'report', '--output', '-', 'seeds']).stdout;

test('report: each finding is listed under its rule, naming its item (name and id, linked to its row)', () => {
  const cli = JSON.parse(planlint(['--format', 'json', 'seeds']).stdout);
  assert.ok(cli.length >= 3);
  const ids = new Set([...en.matchAll(/ id="([^"]+)"/g)].map(m => m[1]));
  const items = [...en.matchAll(/<section class="findings">(.*?)<\/section>/gs)].flatMap(m => [
    ...m[1].matchAll(/<li class="(\w+)">(.*?)<\/li>/gs),
  ]);
  const html = t =>
    t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
  assert.equal(items.length, cli.length, 'one entry per finding');
  for (const d of cli) {
    const li = items.find(
      ([, sev, text]) =>
        sev === d.severity && text.includes(`${d.line}:${d.column}</small>`) && text.includes(html(d.message)),
    );
    assert.ok(li, `the report lists ${d.code} at ${d.line}:${d.column}`);
    // `indicator 行政许可项目在线处理率 (onlineLicensing): message 195:3`, the name linking to the row
    const named = new RegExp(
      '^(indicator|goal|task|funding clause) ' + '<a href="#([^"]+)"><b>([^<]+)</b></a> \\(<code>([^<]+)</code>\\): ',
    ).exec(li[2]);
    assert.ok(named, `${d.code} names its item: ${li[2]}`);
    assert.ok(ids.has(named[2]), `${named[2]} is a row of the page`);
    assert.ok(named[2].endsWith(`-${named[4]}`));
  }
  const owner = items.find(([, , text]) => text.includes('onlineLicensing'))[2];
  assert.match(
    owner,
    /^indicator <a href="#ind-\d-onlineLicensing"><b>行政许可项目在线处理率<\/b><\/a> \(<code>onlineLicensing<\/code>\): /,
  );
  // Grouped by rule: a heading per rule code with its summary and count, the rule's findings under it.
  assert.match(
    en,
    new RegExp(
      '<h4 id="rule-\\d-binding-without-owner"><code>binding-without-owner</code> ' +
        'A binding indicator has no responsible organization \\(1\\)</h4><ul>\n' +
        '<li class="warning">indicator <a href="#ind-\\d-onlineLicensing">',
    ),
  );
  assert.match(
    zh,
    new RegExp(
      '<code>binding-without-owner</code> 约束性指标没有责任单位 \\(1\\)</h4><ul>\n' +
        '<li class="warning">指标 <a href="#ind-\\d-onlineLicensing"><b>行政许可项目在线处理率</b></a> ' +
        '\\(<code>onlineLicensing</code>\\)：',
    ),
  );
});

test('report: a section per kind per plan (indicators, goals, tasks, funding), each row with its source', () => {
  const sections = planSections(en);
  const plans = seedPlans().filter(p => p.yaml.plan);
  assert.equal(sections.size, plans.length);
  const ids = new Set([...en.matchAll(/ id="([^"]+)"/g)].map(m => m[1]));
  let cited = 0;
  for (const { file, yaml } of plans) {
    const s = sections.get(file);
    assert.ok(s, file);
    const kinds = [
      ['indicators', 'ind'],
      ['goals', 'goal'],
      ['tasks', 'task'],
      ['funding', 'fund'],
    ];
    for (const [key, prefix] of kinds) {
      const want = Object.keys(yaml[key] ?? {});
      const section = new RegExp(`<section class="items ${key}" data-count="(\\d+)">(.*?)</section>`, 's').exec(s);
      if (!want.length) {
        assert.equal(section, null, `${file}: no empty ${key} section`);
        continue;
      }
      assert.ok(section, `${file} has a ${key} section`);
      assert.equal(Number(section[1]), want.length, `${file}: ${key}`);
      const rows = [...section[2].matchAll(new RegExp(`<tr id="${prefix}-\\d+-([^"]+)">(.*?)</tr>`, 'gs'))];
      assert.deepEqual(
        rows.map(r => r[1]),
        want,
        `${file}: a row per ${key.replace(/s$/, '')}, in order`,
      );
      if (key === 'indicators') continue;
      for (const [, id, row] of rows) {
        const def = yaml[key][id];
        // The item's name and id; its source, when it resolves, linked to the quoted paragraph in the page.
        const name = `<b>${def.title.replace(/"/g, '&quot;')}</b><br><code>${id}</code>`;
        assert.ok(row.includes(name), `${file} ${id}: ${row.slice(0, 200)}`);
        const link = /<a href="#(src-[^"]+)" title="[^"]*">¶\d+<\/a>/.exec(row);
        if (link) {
          cited++;
          assert.ok(ids.has(link[1]));
        } else assert.ok(def.source === undefined || /source-/.test(row), `${file} ${id}: its source links`);
      }
    }
  }
  assert.ok(cited > 150, `source links of goals, tasks and funding clauses: ${cited}`);
  // Bodies, due years and amounts, rates and caps as written.
  const digital = sections.get('seeds/plans/sx-digital-economy.plan.yaml');
  assert.match(digital, /<tr id="fund-\d-F-dc-power">.*?<td class="terms">amount 0\.35元\/千瓦时<\/td>/s);
  assert.match(digital, /<tr id="fund-\d-F-dc-cost-share">.*?cost share 省 5 : 市 2 : 县 3/s);
  assert.match(
    digital,
    /<tr id="fund-\d-F-pilot-award">.*?tier 国家级试点示范企业（项目）: 100万元<br>tier 优秀解决方案: 50万元/s,
  );
  assert.match(
    sections.get('seeds/plans/shaanxi-informatization-12th.plan.yaml'),
    /<tr id="task-\d-T-leadership">.*?<td>陕西省信息化领导小组<\/td><td>—<\/td><td><a href="#goal-\d-G-measures">/s,
  );
  const zhDigital = planSections(zh).get('seeds/plans/sx-digital-economy.plan.yaml');
  assert.match(
    zhDigital,
    /<tr id="fund-\d-F-dc-power">.*?<td>价格支持<\/td>.*?<td class="terms">金额 0\.35元\/千瓦时<\/td>/s,
  );
});

test('report: with --locale zh-cn every heading, label and cell is in Chinese', () => {
  assert.match(zh, /<html lang="zh-CN">/);
  const shown = zh
    .replace(/<style>.*?<\/style>/s, '')
    .replace(/<code>.*?<\/code>/gs, ' ') // ids, rule codes and file names
    .replace(/<blockquote.*?<\/blockquote>/gs, ' ') // the sources' own text
    .replace(/<[^>]*? (?:title|aria-label)="([^"]*)"[^>]*>/g, ' $1 ') // what a hover shows
    .replace(/<[^>]*>/g, ' ')
    .replace(/[✖⚠·] [a-z]+(?:-[a-z]+)+/g, ' '); // the status cells' rule codes
  const english = new RegExp(
    `\\b(${[
      'Indicators?',
      'Targets?',
      'Findings?',
      'Baseline',
      'Unit',
      'Growth',
      'Responsible',
      'Status',
      'Trajectory',
      'Sources?',
      'Goals?',
      'Tasks?',
      'Funding',
      'clauses?',
      'Instrument',
      'Payer',
      'Lead',
      'Supports?',
      'Due',
      'rate',
      'amount',
      'cap',
      'tier',
      'cost share',
      'duration',
      'the plan file',
      'line',
      'column',
      'indicator',
      'binding',
      'period',
      'files',
      'errors',
      'warnings',
      'hints',
      'report',
      'numbers? cited',
      'not cited',
      'stated growth',
      'implied',
      'no numeric milestones',
      'or more',
      'or less',
      'per project',
      'price support',
      'fund',
      'award',
    ].join('|')})\\b`,
  );
  assert.doesNotMatch(shown, english, shown.match(english)?.[0]);
  for (const w of [
    '指标',
    '目标值',
    '按规则分组的问题',
    '目标',
    '任务',
    '资金条款',
    '牵头单位',
    '配合单位',
    '完成年份',
    '比例与金额',
    '来源段落',
    '未被规划引用的内容',
    '规划期',
    '走势',
  ]) {
    assert.ok(shown.includes(w), w);
  }
  // And the English report says it in English.
  assert.doesNotMatch(
    en.replace(/<blockquote.*?<\/blockquote>/gs, ''),
    /按规则分组|比例与金额|牵头单位|或更高|无数值目标|责任单位与支持条款/,
  );
});

test('report: charts are scaled, with a y axis ticked in the unit, years on the x axis, points labelled', () => {
  const charts = [...en.matchAll(/<tr id="ind-\d+-([^"]+)">.*?(<svg class="chart".*?<\/svg>)/gs)].map(m => ({
    id: m[1],
    svg: m[2],
  }));
  assert.equal(charts.length, 173);
  const drawn = charts.filter(c => c.svg.includes('<circle'));
  assert.ok(drawn.length > 80, `charts with points: ${drawn.length}`);
  for (const { id, svg } of drawn) {
    const y = /<g class="axis y-axis">(.*?)<\/g>/s.exec(svg)?.[1];
    const x = /<g class="axis x-axis">(.*?)<\/g>/s.exec(svg)?.[1];
    assert.ok(y && x, `${id}: axes`);
    assert.ok((y.match(/class="tick"/g) ?? []).length >= 1, `${id}: y ticks`);
    const years = [...x.matchAll(/class="tick"[^>]*>(\d{4})<\/text>/g)].map(m => Number(m[1]));
    assert.ok(years.length >= 1 && years.every((v, i) => i === 0 || v > years[i - 1]), `${id}: years on the x axis`);
    const points = (svg.match(/<circle/g) ?? []).length,
      labels = (svg.match(/<text class="value"/g) ?? []).length;
    assert.ok(labels >= 1 && labels <= points, `${id}: labelled points`);
  }
  const chart = id => charts.find(c => c.id === id).svg;
  const ticks = svg => [...svg.matchAll(/class="tick" text-anchor="end">([^<]+)<\/text>/g)].map(m => m[1]);
  const values = svg => [...svg.matchAll(/<text class="value"[^>]*>([^<]+)<\/text>/g)].map(m => m[1]);
  // 光缆线路长度 35.5 → 45.84 万公里 (2010 → 2015): ticks in its unit from zero, each value on its point.
  assert.deepEqual(ticks(chart('cableLength')), ['0 万公里', '45.84 万公里', '35.5 万公里']);
  assert.deepEqual(values(chart('cableLength')), ['35.5万公里', '45.84万公里']);
  assert.match(chart('cableLength'), />2010<\/text>.*>2015<\/text>/s);
  // Two trajectories look different: a 29% rise and a thirteenfold one (3G用户数 127 → 1700万户) are not the same line.
  const line = svg =>
    /<polyline class="implied" points="([^"]+)"/
      .exec(svg)[1]
      .split(' ')
      .map(p => p.split(',').map(Number));
  const [a, b] = [line(chart('cableLength')), line(chart('users3G'))];
  const rise = l => l[0][1] - l[l.length - 1][1]; // pixels up, on charts of the same height
  assert.ok(rise(b) > 3 * rise(a), `${rise(a)} vs ${rise(b)}`);
  // Ranges are drawn as bands, open-ended values with an arrow the way they run on.
  assert.ok((en.match(/<rect class="range"/g) ?? []).length >= 3);
  assert.ok((en.match(/<g class="open up">/g) ?? []).length >= 20);
  assert.match(chart('phoneUsers'), /<g class="open up"><title>or more<\/title>/);
  assert.match(zh, /<g class="open up"><title>或更高<\/title>/);
});
