// Revision 3 in the editor, on both server bundles, driven as a user types: hovers that explain any
// field key and how a quantity was read; completion that writes valid plans (units ranked, list items,
// inline maps, present keys left out, required first, the plan's own period); `unit: %` explained.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../helpers.mjs';
import { BUNDLES, startServer, positionOf, uriOf } from './harness.mjs';

const HEAD = `planlint: 1
plan: { id: s, title: 草稿, period: [2016, 2020], baseline_year: 2015 }
include: [../orgs/shanxi.orgs.yaml]
sources:
  main: { path: ../sources/004_20b7e8ad50f7031c.txt }
`;
const PERIOD = 'period: [2016, 2020], baseline_year: 2015';
const IND = 'indicators:\n  revenue:\n    name: 收入\n    unit: 亿元\n    direction: increase\n';

/** The items as VS Code lists them once `typed` is typed: those matching it, by sortText. */
const ranked = (items, typed = '') =>
  items
    .filter(i => (i.filterText ?? i.label).startsWith(typed))
    .sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label));
const labels = items => items.map(i => i.label);

for (const bundle of BUNDLES) {
  describe(`${bundle} server: the plan language in the editor`, () => {
    const clients = {};
    let ws,
      n = 0;
    before(async () => {
      ws = realpathSync(mkdtempSync(join(tmpdir(), 'planlint-lang-')));
      cpSync(join(repoRoot, 'seeds'), ws, { recursive: true });
      // A folder whose config adds user units (the nearest config applies to the plans in it).
      mkdirSync(join(ws, 'plans/port'));
      writeFileSync(join(ws, 'plans/port/planlint.config.yaml'), 'units:\n  标箱: { dimension: containers }\n');
      clients.en = await startServer(bundle, ws);
      clients.zh = await startServer(bundle, ws, { locale: 'zh-cn' });
    });
    after(() => Promise.all(Object.values(clients).map(c => c.shutdown())));

    /** Opens an unsaved plan (only the editor has its text). */
    async function draft(body, { locale = 'en', head = HEAD, folder = 'plans' } = {}) {
      const uri = uriOf(join(ws, `${folder}/lang${++n}.plan.yaml`));
      const text = head + body;
      const client = clients[locale];
      const textDocument = { uri, languageId: 'planlint', version: 1, text };
      await client.conn.sendNotification('textDocument/didOpen', { textDocument });
      return { uri, text, client };
    }
    const complete = (d, needle, delta = needle.length) =>
      d.client.conn.sendRequest('textDocument/completion', {
        textDocument: { uri: d.uri },
        position: positionOf(d.text, needle, delta),
      });
    const hover = async (d, needle, delta = 1) => {
      const p = positionOf(d.text, needle, delta);
      return (await d.client.hover(d.uri, p.line, p.character))?.contents.value;
    };

    test('hover on a field key explains it from the schema, with its values and an example', async () => {
      const body = `${IND}    targets: [{ year: 2020, value: 1700 }]\n`;
      const en = await hover(await draft(body), 'direction:');
      assert.match(en, /^\*\*Direction\*\* `direction` · required/);
      assert.match(en, /Which way the indicator should move/);
      assert.match(en, /Values: `increase` \| `decrease` \| `maintain`/);
      assert.match(en, /```yaml\ndirection: increase\n```/);
      assert.doesNotMatch(en, /指标应变化的方向/, 'the English part only');
      const zh = await hover(await draft(body, { locale: 'zh' }), 'direction:');
      assert.match(zh, /^\*\*方向\*\* `direction` · 必填/);
      assert.match(zh, /指标应变化的方向/);
      assert.match(zh, /示例/);
      assert.doesNotMatch(zh, /Which way/, 'the Chinese part only');
      const growth = await hover(await draft(`${IND}    growth: "年均增长9%"\n`), 'growth:');
      assert.match(growth, /compound/);
      assert.match(growth, /```yaml\ngrowth: "9%"\n```/, 'the example from the schema');
    });

    test('hover on a quantity with words shows its reading, unit, dimension and the words not understood', async () => {
      const body =
        `${IND}    baseline: { year: 2015, value: 952.9 }\n` +
        '    targets: [{ year: 2020, value: "突破1700亿元以上吧" }]\n' +
        '    growth: "年均增长15%左右"\n';
      const en = await hover(await draft(body), '突破', 1);
      assert.match(en, /Reads: \*\*\\> 1700亿元\*\*/, '突破 and 以上 together: more than 1700');
      assert.match(en, /Unit: 亿元 · money \\\(CNY\\\)/);
      assert.match(en, /Words read: 突破、以上/);
      assert.match(en, /Not understood: \*\*吧\*\*/);
      assert.match(en, /收入\*\* \(`revenue`\)/, 'the indicator follows');
      const growth = await hover(await draft(body), '年均增长', 1);
      assert.match(growth, /Reads \(a year\): \*\*14\\\.25–15\\\.75%\*\*/, '左右 widens by 5%');
      const zh = await hover(await draft(body, { locale: 'zh' }), '突破', 1);
      assert.match(zh, /识别为：\*\*\\> 1700亿元\*\*/);
      assert.match(zh, /单位：亿元 · 金额（人民币）/);
      assert.match(zh, /未能理解：\*\*吧\*\*/);
      const households = `${IND.replace('亿元', '万户')}    targets: [{ year: 2020, value: "突破4300万" }]\n`;
      const scale = await hover(await draft(households), '突破', 1);
      assert.match(
        scale,
        /Reads: \*\*\\> 4300万\*\* \(= \\> 4300万户\)/,
        "a bare scale word takes the indicator's unit",
      );
    });

    test("units: typing 亿 offers 亿元 first, not 亿G or 亿km; the file's and the indicator's first", async () => {
      const d = await draft('indicators:\n  a:\n    unit: 亿\n');
      const after亿 = ranked(await complete(d, 'unit: 亿'), '亿');
      assert.equal(after亿[0].label, '亿元', labels(after亿).slice(0, 5).join(' '));
      assert.equal(after亿[0].detail, 'money (CNY)');
      assert.ok(!labels(after亿).some(l => /^亿(G|km|M|m|t|kWh|%)$/.test(l)), labels(after亿).join(' '));
      const used = await draft('indicators:\n  a:\n    unit: 万吨标准煤\n  b:\n    unit: \n');
      assert.equal(ranked(await complete(used, '  b:\n    unit: '))[0].label, '万吨标准煤', 'used in the file');
      const value = await draft(`${IND.replace('亿元', '万千瓦')}    targets: [{ year: 2020, value: 17 }]\n`);
      const items = ranked(await complete(value, 'value: 17'));
      assert.equal(items[0].label, '万千瓦');
      assert.equal(items[0].textEdit.newText, '17万千瓦', 'after the number');
      assert.equal(items[1].detail, 'power', "then the indicator's dimension");
    });

    test("units: the config's user units are offered, with scale words", async () => {
      const d = await draft('indicators:\n  a:\n    unit: 万\n', { head: 'planlint: 1\n', folder: 'plans/port' });
      const items = ranked(await complete(d, 'unit: 万'), '万');
      assert.ok(labels(items).includes('万标箱'), labels(items).slice(0, 20).join(' '));
      assert.match(items.find(i => i.label === '万标箱').detail, /containers · unit of planlint\.config\.yaml/);
    });

    test('directly under targets: a target item with its "- ", dated by the plan\'s period', async () => {
      const d = await draft(`${IND}    targets:\n      \n`);
      const items = await complete(d, 'targets:\n      ');
      const dashed = i => i.kind === 15 && i.textEdit.newText.startsWith('- { year: ${1:2020}');
      assert.ok(items.length > 0 && items.every(dashed), JSON.stringify(items.map(i => i.textEdit.newText)));
      const later = await draft(`${IND}    targets:\n      \n`, { head: HEAD.replace(PERIOD, 'period: [2021, 2025]') });
      const items2025 = await complete(later, 'targets:\n      ');
      assert.ok(items2025.every(i => i.textEdit.newText.startsWith('- { year: ${1:2025}')));
    });

    test('after "- " in targets: the target\'s fields, required first, and inline targets', async () => {
      const d = await draft(`${IND}    targets:\n      - { year: 2016, value: 1000 }\n      - \n`);
      const items = ranked(await complete(d, '      - \n', 8));
      assert.equal(items[0].label, 'year', 'the required field first');
      assert.deepEqual(labels(items.filter(i => i.kind === 10)), [
        'year',
        'value',
        'change',
        'source',
        'note',
        'text',
        'items',
        'items_partial',
      ]);
      assert.equal(items[0].textEdit.newText, 'year: ');
      assert.ok(items.some(i => i.kind === 15 && i.textEdit.newText.startsWith('{ year: ${1:2020}, value:')));
      const next = await draft(`${IND}    targets:\n      - year: 2020\n        \n`);
      const fields = labels(await complete(next, '- year: 2020\n        '));
      assert.ok(!fields.includes('year') && fields.includes('value'), `the item's own keys: ${fields}`);
    });

    test('inline maps: the fields not yet written; no duplicate keys; required first', async () => {
      const d = await draft(`${IND}    targets: [{ year: 2020,  }]\n`);
      const inline = labels(await complete(d, 'year: 2020, '));
      assert.ok(!inline.includes('year') && inline.includes('value') && inline.includes('source'), inline.join(' '));
      const block = await draft('indicators:\n  a:\n    name: 收入\n    \n    unit: 亿元\n');
      const items = ranked(await complete(block, '收入\n    '));
      const names = labels(items);
      assert.ok(!names.includes('name') && !names.includes('unit'), `present keys are not offered: ${names}`);
      assert.equal(names[0], 'direction', 'the required field first');
      const doc = items.find(i => i.label === 'growth').documentation;
      assert.equal(doc.kind, 'markdown');
      assert.match(doc.value, /compound/);
      assert.match(doc.value, /```yaml\ngrowth: "9%"\n```/);
    });

    test("snippets use the plan's own period", async () => {
      const head = HEAD.replace(PERIOD, 'period: [2021, 2025], baseline_year: 2020');
      const d = await draft('indicators:\n  \n', { head });
      const snippet = (await complete(d, 'indicators:\n  ')).find(i => i.label === 'indicator').textEdit.newText;
      assert.match(snippet, /baseline: \{ year: \$\{5:2020\}/);
      assert.match(snippet, /- \{ year: \$\{7:2025\}/);
    });

    test("unit: % unquoted gets a yaml-syntax message in the user's language that says to quote it", async () => {
      const body =
        'indicators:\n  a:\n    name: 比重\n    unit: %\n    direction: increase\n' +
        '    targets: [{ year: 2020, value: 60 }]\n';
      for (const [locale, pattern] of [
        ['en', /must be quoted: write unit: "%"/],
        ['zh', /必须加引号，应写作 unit: "%"/],
      ]) {
        const d = await draft(body, { locale });
        const p = await d.client.waitForDiagnostics(d.uri, x => x.diagnostics.some(y => y.code === 'yaml-syntax'));
        const diag = p.diagnostics.find(y => y.code === 'yaml-syntax');
        assert.match(diag.message, pattern);
        assert.equal(diag.range.start.line, positionOf(d.text, 'unit: %').line);
      }
    });
  });
}
