// What an item's kept reports depend on beyond its own text (check/itemCache.ts): each case edits
// something outside the item whose message must change, and the editor's check must then equal a
// fresh one, with the message changed. RuleTester-style: a plan, an edit, the finding before and after.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { core, diskHost } from '../helpers.mjs';

const HEAD = 'planlint: 1\nplan: { id: t, title: 测试, period: [2021, 2025], baseline_year: 2020 }\n';
const indicator = (id, name, growth = '9%') =>
  `  ${id}:\n    name: ${name}\n    unit: 亿元\n    direction: increase\n` +
  `    baseline: { value: 100 }\n    targets: [{ year: 2025, value: 120 }]\n    growth: "${growth}"\n`;

const CASES = [
  {
    name: 'another item takes the same name: the message adds the id',
    files: { 'p.plan.yaml': `${HEAD}indicators:\n${indicator('a', '收入')}${indicator('b', '产值', '3.7%')}` },
    edit: ['p.plan.yaml', 'name: 产值', 'name: 收入'],
    before: /'收入' a year|for '收入',/,
    after: /'收入' \(a\)/,
  },
  {
    name: 'an unknown id: the suggestion follows the ids in scope',
    files: {
      'p.plan.yaml': `${HEAD}indicators:\n${indicator('gdp', '产值', '3.7%')}${indicator('x', '收入', '3.7%')}goals:\n  g:\n    title: 目标\n    indicators: [gdpx]\n`,
    },
    edit: ['p.plan.yaml', '  gdp:\n', '  gdpz:\n'],
    before: /did you mean 'gdp'\?/,
    after: /did you mean 'gdpz'\?/,
  },
  {
    name: 'an id of the wrong kind: the message shows what it names now',
    files: {
      'p.plan.yaml': `${HEAD}indicators:\n${indicator('a', '收入', '3.7%')}goals:\n  g:\n    title: 数字经济\n    indicators: [a]\ntasks:\n  t1:\n    title: 任务\n    goals: [a]\n`,
    },
    edit: ['p.plan.yaml', 'name: 收入', 'name: 营业收入'],
    before: /'a' is an indicator, '收入',/,
    after: /'a' is an indicator, '营业收入',/,
  },
  {
    name: 'the source document changes: the quoted number no longer backs the value',
    files: {
      'src.txt': '到2025年，收入达到120亿元。\n',
      'p.plan.yaml':
        `${HEAD}sources:\n  s: { path: src.txt }\nindicators:\n  a:\n    name: 收入\n    unit: 亿元\n` +
        '    direction: increase\n    baseline: { value: 100 }\n' +
        '    targets: [{ year: 2025, value: 120, source: { doc: s, para: 1 } }]\n',
    },
    edit: ['src.txt', '120亿元', '130亿元'],
    before: null,
    after: /source-value-drift|120/,
    code: 'source-value-drift',
  },
  {
    name: 'the included registry changes: a body named is gone before the period',
    files: {
      'orgs.orgs.yaml': 'organizations:\n  old: { name: 省信息产业厅 }\n  new: { name: 省工信厅 }\n',
      'p.plan.yaml': `${HEAD}include: [orgs.orgs.yaml]\ntasks:\n  t1:\n    title: 任务\n    lead: [old]\n`,
    },
    edit: ['orgs.orgs.yaml', 'old: { name: 省信息产业厅 }', 'old: { name: 省信息产业厅, until: 2008, successor: new }'],
    before: null,
    after: /省信息产业厅/,
    code: 'org-superseded',
  },
  {
    name: 'an item hidden by a goal of its id: another item takes its name, and the message adds the id',
    files: {
      'p.plan.yaml':
        `${HEAD}goals:\n  a:\n    title: 目标甲\n    indicators: [b]\n` +
        `indicators:\n${indicator('a', '收入')}${indicator('b', '产值', '3.7%')}`,
    },
    edit: ['p.plan.yaml', 'name: 产值', 'name: 收入'],
    before: /'收入' a year|for '收入',/,
    after: /'收入' \(a\)/,
    code: 'growth-mismatch',
  },
];

const messages = (result, code) =>
  result.diagnostics.filter(d => !code || d.code === code).map(d => `${d.code}: ${d.message}`);

for (const c of CASES) {
  test(`kept item reports: ${c.name}`, async () => {
    const dir = realpathSync(mkdtempSync(join(tmpdir(), 'planlint-item-context-')));
    try {
      for (const [f, t] of Object.entries(c.files)) writeFileSync(join(dir, f), t);
      const plan = join(dir, 'p.plan.yaml');
      const editor = new core.Project(diskHost, dir);
      const before = await editor.check(plan);
      const shown = messages(before, c.code).join('\n');
      if (c.before) assert.match(shown, c.before, 'the finding before the edit');
      else assert.equal(shown, '', 'no finding before the edit');
      const [file, from, to] = c.edit;
      const text = c.files[file];
      assert.ok(text.includes(from), `the case's edit applies: ${from}`);
      editor.setOverlay(join(dir, file), text.replace(from, to));
      const after = await editor.check(plan);
      const fresh = new core.Project(diskHost, dir);
      fresh.setOverlay(join(dir, file), text.replace(from, to));
      assert.deepEqual(messages(after), messages(await fresh.check(plan)), 'the editor check is a fresh check');
      assert.match(messages(after, c.code).join('\n'), c.after, 'the finding after the edit');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

test('kept item reports: lines added above without moving the item keep its quick fix on its own line', async () => {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'planlint-item-context-')));
  try {
    // `# ab` becomes `#` and `#a`: the item starts at the same offset, one line down.
    const text = `${HEAD}# ab\nindicators:\n${indicator('a', '收入')}`;
    const plan = join(dir, 'p.plan.yaml');
    writeFileSync(plan, text);
    const editor = new core.Project(diskHost, dir);
    const fixOf = r => r.diagnostics.find(d => d.data?.fix?.targetRange)?.data.fix;
    const before = fixOf(await editor.check(plan));
    assert.ok(before, 'the growth finding carries a fix with a range');
    const next = text.replace('# ab\n', '#\n#a\n');
    assert.equal(next.indexOf('  a:'), text.indexOf('  a:'), 'the item did not move');
    editor.setOverlay(plan, next);
    const after = fixOf(await editor.check(plan));
    const fresh = new core.Project(diskHost, dir);
    fresh.setOverlay(plan, next);
    assert.deepEqual(after, fixOf(await fresh.check(plan)), 'the fix is where a fresh check puts it');
    assert.equal(after.targetRange.start.line, before.targetRange.start.line + 1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
