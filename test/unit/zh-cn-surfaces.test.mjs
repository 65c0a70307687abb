// The zh-cn strings of every surface a drafter sees, pinned: hover, completion details, quick-fix titles,
// the status item, the report's headings, the extension page (package.nls.zh-cn.json) and the rule help.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';
import { core, diskHost, repoRoot } from '../helpers.mjs';

const dir = join(repoRoot, 'test/fixtures/rules');
const read = f => readFileSync(join(repoRoot, f), 'utf8');
const session = new core.Session(diskHost, { cwd: dir });
session.applySettings({ locale: 'zh-cn', overrides: {} });
async function open(name) {
  const uri = join(dir, name);
  const project = await session.projectFor(uri);
  const checked = await project.check(uri);
  return { uri, project, checked, text: checked.file.text };
}

test('hover, in Chinese: a unit, a value, an indicator (its direction in words)', async () => {
  const { uri, project, text } = await open('growth-mismatch.fires.plan.yaml');
  const unit = await project.hover(uri, text.indexOf('亿元') + 1);
  assert.equal(unit.markdown, '**亿元**：金额（人民币），为基本单位的100000000倍');
  const value = await project.hover(uri, text.indexOf('value: 380') + 8);
  const lines = value.markdown.split('\n');
  assert.equal(lines[0], '识别为：**380亿元**  ');
  assert.equal(lines[1], '单位：亿元 · 金额（人民币）');
  assert.ok(
    lines.includes('**电信及广电网络业务收入**（`telecom`） · 亿元（金额（人民币）） · 预期性 · 应提高  '),
    value.markdown,
  );
  assert.ok(lines.includes('243亿元（2015） → 380亿元（2020）  '), 'years in full-width parentheses');
  assert.ok(value.markdown.includes('年均增长：所述15%，推算年均\\+9\\.4%'));
});

test('completion details, in Chinese: units by what they measure, fields by their names', async () => {
  const { uri, project, text } = await open('growth-mismatch.fires.plan.yaml');
  const units = await project.completion(uri, text.indexOf('unit: 亿元') + 6);
  const detail = label => units.items.find(i => i.label === label)?.detail;
  assert.equal(detail('亿元'), '金额（人民币）');
  assert.equal(detail('%'), '百分数（0～100）', 'a growth rate is in %: not 比重');
  assert.equal(detail('万吨'), '质量');
  const fields = await project.completion(uri, text.indexOf('    name: 电信'));
  assert.equal(fields.items.find(i => i.label === 'tasks')?.detail, '任务');
  assert.equal(fields.items.find(i => i.label === 'funding')?.detail, '资金条款');
});

test('quick-fix titles, in Chinese', async () => {
  const { uri, project, checked } = await open('source-value-drift.fires.plan.yaml');
  const titles = (await project.codeActions(uri, checked.diagnostics)).map(a => a.title);
  assert.ok(titles.includes('改为原文所述的-18%'), titles.join('\n'));
  assert.ok(titles.includes('记为原文自身的不一致（第1段）'));
  assert.ok(titles.includes('添加注释以忽略此行的 source-value-drift'));
  const org = await open('org-superseded.fires.plan.yaml');
  const orgTitles = (await org.project.codeActions(org.uri, org.checked.diagnostics)).map(a => a.title);
  assert.ok(
    orgTitles.some(x => /^改为承接机构“.+”$/.test(x)),
    orgTitles.join('\n'),
  );
});

/** The client's status item words, run with the bundle's translations as VS Code's l10n.t would. */
async function statusWords() {
  const js = transformSync(read('client/src/common/statusText.ts'), { loader: 'ts', format: 'esm' }).code;
  return import(`data:text/javascript;base64,${Buffer.from(js).toString('base64')}`);
}
const l10nOf = bundle => ({
  t: (s, ...args) => (bundle[s] ?? s).replace(/\{(\d+)\}/g, (_, i) => String(args[Number(i)])),
});

test('the status item says what it counts, in English and in Chinese', async () => {
  const { findingsText, indexingText } = await statusWords();
  const en = l10nOf({});
  const zh = l10nOf(JSON.parse(read('l10n/bundle.l10n.zh-cn.json')));
  assert.equal(findingsText(en, 2, 3), 'PlanLint: 2 errors, 3 warnings');
  assert.equal(findingsText(en, 1, 1), 'PlanLint: 1 error, 1 warning');
  assert.equal(findingsText(en, 0, 0), 'PlanLint: no errors or warnings');
  assert.equal(indexingText(en, 2, 3), 'PlanLint: indexing plan files, 2 of 3');
  assert.equal(findingsText(zh, 2, 3), 'PlanLint：2个错误，3个警告');
  assert.equal(findingsText(zh, 1, 0), 'PlanLint：1个错误，0个警告');
  assert.equal(findingsText(zh, 0, 0), 'PlanLint：未发现错误或警告');
  assert.equal(indexingText(zh, 2, 3), 'PlanLint：正在索引规划文件，第2个，共3个');
  for (const s of [findingsText(en, 2, 3), findingsText(zh, 2, 3)]) assert.doesNotMatch(s, /\d\/\d/, 'no fraction');
});

test("the report's headings, in Chinese", () => {
  const r = spawnSync(
    process.execPath,
    [join(repoRoot, 'bin/planlint.js'), '--locale', 'zh-cn', 'report', '--output', '-', 'seeds'],
    {
      cwd: repoRoot,
      encoding: 'utf8',
    },
  );
  const html = r.stdout;
  const h = level => [...html.matchAll(new RegExp(`<h${level}[^>]*>([^<]*)`, 'g'))].map(m => m[1]);
  assert.deepEqual(h(1), ['PlanLint 规划校验报告']);
  for (const heading of ['发现的问题', '已确认：以 planlint-disable 记录的决定', '未被规划引用的内容'])
    assert.ok(h(2).includes(heading), `${heading} in ${h(2).join(' | ')}`);
  const counted = h(3).filter(x => /\d/.test(x));
  assert.ok(counted.length > 10, counted.join(' | '));
  for (const x of counted) assert.match(x, /^(指标|目标|任务|资金条款)（\d+）$/, 'counts in full-width parentheses');
  const th = new Set([...html.matchAll(/<th[^>]*>([^<]*)/g)].map(m => m[1]));
  for (const head of [
    '指标',
    '基期值',
    '目标值',
    '责任单位',
    '牵头单位',
    '配合单位',
    '资金条款',
    '年均增长（所述 / 推算）',
  ])
    assert.ok(th.has(head), `${head} in ${[...th].join(' | ')}`);
});

test('the extension page: every %key% of package.json in English and Chinese; the rule help title', () => {
  const keys = [...new Set([...read('package.json').matchAll(/"%([^%"]+)%"/g)].map(m => m[1]))];
  const en = JSON.parse(read('package.nls.json'));
  const zh = JSON.parse(read('package.nls.zh-cn.json'));
  assert.ok(keys.length >= 17, `${keys.length} keys`);
  for (const k of keys) {
    assert.ok(en[k], `package.nls.json lacks ${k}`);
    // A walkthrough step's media is a page: the Chinese one, which exists.
    if (k.endsWith('.media')) {
      assert.match(zh[k] ?? '', /\.zh-cn\.md$/, `package.nls.zh-cn.json lacks ${k}`);
      assert.match(read(zh[k]), /[\u4e00-\u9fff]/, `${zh[k]} is not in Chinese`);
    } else assert.match(zh[k] ?? '', /[\u4e00-\u9fff]/, `package.nls.zh-cn.json lacks ${k}`);
  }
  assert.deepEqual(Object.keys(zh).sort(), Object.keys(en).sort());
  assert.equal(zh.displayName, 'PlanLint 规划校验');
  assert.equal(zh['command.draftPlan'], '根据此文件起草规划');
  assert.equal(JSON.parse(read('l10n/bundle.l10n.zh-cn.json'))['PlanLint rule: {0}'], 'PlanLint 规则：{0}');
});

test('Chinese quoting: a document by its title in 《》, quotes inside a quoted name made ‘’', async () => {
  const { mkdtempSync, writeFileSync, cpSync, realpathSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const d = realpathSync(mkdtempSync(join(tmpdir(), 'planlint-quotes-')));
  cpSync(join(dir, 'sources'), join(d, 'sources'), { recursive: true });
  const plan = join(d, 'q.plan.yaml');
  writeFileSync(
    plan,
    [
      'planlint: 1',
      'plan: { id: t, title: 测试规划, period: [2016, 2020], baseline_year: 2015 }',
      'sources:',
      '  doc: { path: sources/doc.txt, title: 某市“十四五”数字经济发展规划 }',
      'goals:',
      '  G1:',
      '    title: 目标',
      '    source: { doc: doc, quote: "重复的句子" }',
      'indicators:',
      '  a: { name: 某“十四五”指标, unit: 亿元, direction: increase, baseline: { value: 5 }, targets: [{ year: 2020, value: 3 }] }',
      '',
    ].join('\n'),
  );
  const s = new core.Session(diskHost, { cwd: d });
  s.applySettings({ locale: 'zh-cn', overrides: {} });
  const messages = (await (await s.projectFor(plan)).check(plan)).diagnostics.map(x => x.message);
  assert.ok(
    messages.some(m => m.includes('《某市“十四五”数字经济发展规划》')),
    messages.join('\n'),
  );
  assert.ok(
    messages.some(m => m.includes('“某‘十四五’指标”')),
    messages.join('\n'),
  );
  assert.ok(!messages.some(m => /“[^”]*“/.test(m)), 'no “ inside “…”');
});
