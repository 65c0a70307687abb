// Monitoring in the editor on examples/monitoring/, on both server bundles and in both locales: "Add to
// plan…" on a progress figure of the mid-term evaluation adds it to the actuals of the indicator it names;
// the outline groups the indicators by state; `planlint/evaluation` answers with the page
// `planlint report --evaluation` writes.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../helpers.mjs';
import { BUNDLES, startServer, positionOf, uriOf } from './harness.mjs';

const EXAMPLE = join(repoRoot, 'examples/monitoring');
const PLAN = 'city-digital-14th.plan.yaml';
const ORIGINAL = readFileSync(join(EXAMPLE, PLAN), 'utf8');
const line = needle => ORIGINAL.split('\n').find(l => l.includes(needle));
const VALUE_ADDED = line('全市数字经济核心产业增加值达到1080亿元');
const ENERGY = line('累计下降5.2%');
const BROADBAND = line('固定宽带用户达到139万户');
/**
 * The example without three of its actuals: the value added's (its only one, with its `actuals:` key), the
 * energy intensity's (a change), and the broadband users' 2022 one, a 2023 actual left after it.
 */
const WITHOUT = ORIGINAL.replace(`    actuals:\n${VALUE_ADDED}\n`, '')
  .replace(`    actuals:\n${ENERGY}\n`, '')
  .replace(BROADBAND, '      - { year: 2023, value: 150 }');

/** The edits of a WorkspaceEdit on one file, applied last first, as the editor applies them. */
function applied(text, edits) {
  const lines = text.split('\n');
  for (const e of [...edits].sort((a, b) => b.range.start.line - a.range.start.line)) {
    assert.deepEqual(e.range.start, e.range.end, 'an insertion');
    assert.equal(e.range.start.character, 0, 'whole lines');
    lines.splice(e.range.start.line, 0, ...e.newText.replace(/\n$/, '').split('\n'));
  }
  return lines.join('\n');
}

for (const bundle of BUNDLES) {
  describe(`${bundle} server: monitoring on examples/monitoring`, () => {
    const clients = {};
    let ws;
    before(async () => {
      ws = realpathSync(mkdtempSync(join(tmpdir(), 'planlint-monitoring-')));
      cpSync(EXAMPLE, ws, { recursive: true });
      writeFileSync(join(ws, PLAN), WITHOUT);
      clients.en = await startServer(bundle, ws);
      clients.zh = await startServer(bundle, ws, { locale: 'zh-cn' });
      await Promise.all(Object.values(clients).map(c => c.indexed()));
    });
    after(() => Promise.all(Object.values(clients).map(c => c.shutdown())));

    /** The code actions on the uncited number `number` of the evaluation, where `sentence` says it. */
    async function actionsOn(client, sentence, number) {
      const doc = await client.open(join(ws, 'sources/midterm.txt'));
      const at = positionOf(doc.text, sentence, sentence.indexOf(number));
      const hints = await client.waitForDiagnostics(doc.uri, p =>
        p.diagnostics.some(d => d.code === 'uncited-number' && d.range.start.line === at.line),
      );
      const hint = hints.diagnostics.find(
        d =>
          d.code === 'uncited-number' &&
          d.range.start.line === at.line &&
          d.range.start.character <= at.character &&
          at.character < d.range.end.character,
      );
      assert.ok(hint, `${number} is hinted as uncited`);
      return client.conn.sendRequest('textDocument/codeAction', {
        textDocument: { uri: doc.uri },
        range: hint.range,
        context: { diagnostics: [hint] },
      });
    }

    test('add to plan: each progress figure becomes an actual of the indicator it names, anchored', async () => {
      const client = clients.en;
      const planUri = uriOf(join(ws, PLAN));
      const cases = [
        [
          '全市数字经济核心产业增加值达到1080亿元',
          '1080',
          'coreValueAdded 数字经济核心产业增加值',
          [
            '    actuals:',
            '      - { year: 2022, value: "1080亿元", source: { doc: review, quote: "全市数字经济核心产业增加值达到1080亿元" } }',
          ],
        ],
        [
          '单位地区生产总值能耗累计下降5.2%',
          '5.2',
          'energyIntensity 单位地区生产总值能耗',
          [
            '    actuals:',
            '      - { year: 2022, change: "累计下降5.2%", source: { doc: review, quote: "单位地区生产总值能耗累计下降5.2%" } }',
          ],
        ],
        [
          '固定宽带用户达到139万户',
          '139',
          'broadbandUsers 固定宽带用户数',
          ['      - { year: 2022, value: "139万户", source: { doc: review, quote: "固定宽带用户达到139万户" } }'],
        ],
      ];
      await client.open(join(ws, PLAN));
      let text = WITHOUT;
      for (const [sentence, number, item, lines] of cases) {
        const actions = await actionsOn(client, sentence, number);
        const title = `Add to plan ${PLAN}: 2022 actual of ${item}`;
        const add = actions.find(a => a.title === title);
        assert.ok(add, `${title} in: ${actions.map(a => a.title).join('; ')}`);
        assert.equal(add.isPreferred, true);
        // The plan holds the indicator: no new indicator is offered for its figure.
        assert.ok(!actions.some(a => /: I\d+ /.test(a.title)), actions.map(a => a.title).join('; '));
        assert.deepEqual(Object.keys(add.edit.changes), [planUri]);
        const edits = add.edit.changes[planUri];
        assert.deepEqual(
          edits.map(e => e.newText),
          [`${lines.join('\n')}\n`],
        );
        text = applied(text, edits);
        const version = await client.change(planUri, [{ text }]);
        await client.waitForDiagnostics(planUri, p => p.version === version, 20000);
      }
      // In year order: the 2022 actual before the 2023 one.
      assert.match(text, /"固定宽带用户达到139万户" \} \}\n {6}- \{ year: 2023, value: 150 \}\n/);
      // Applied, the plan says what the example says (its numbers written with their units, as the text does).
      const after = await client.waitForDiagnostics(planUri);
      const shown = ds => ds.map(d => `${d.code}: ${d.message}`).sort();
      assert.deepEqual(shown(after.diagnostics), [
        "behind-schedule: '规模以上工业企业关键工序数控化率' was 52% in 2022, behind the path from 50% (2020) to 65% (2025), " +
          'which reaches 56% in 2022',
        "target-met: '5G基站数' was 2.1万个 in 2022: its 2025 target 2万个 is already met",
      ]);
      const doc = await client.waitForDiagnostics(uriOf(join(ws, 'sources/midterm.txt')), p =>
        p.diagnostics.every(d => !/1080|5\.2|139/.test(d.message)),
      );
      assert.ok(doc, 'the figures added are cited now');
      await client.close(planUri);
    });

    test("add to plan on a 统计公报: the year's figure goes after the indicator's earlier actuals", async () => {
      const client = clients.en;
      const bulletin = join(ws, 'sources/bulletin-2023.txt');
      writeFileSync(
        bulletin,
        '江城市2023年国民经济和社会发展统计公报\n\n全年全市数字经济企业达到4200家。全市常住人口812万人。\n',
      );
      const planText = WITHOUT.replace(
        '  review: {',
        '  bulletin: { path: sources/bulletin-2023.txt, title: 江城市2023年国民经济和社会发展统计公报 }\n  review: {',
      );
      const planUri = uriOf(join(ws, PLAN));
      await client.open(join(ws, PLAN), 'planlint', planUri, planText);
      await client.waitForDiagnostics(planUri);
      const doc = await client.open(bulletin);
      const at = positionOf(doc.text, '4200');
      const hints = await client.waitForDiagnostics(doc.uri, p =>
        p.diagnostics.some(d => d.code === 'uncited-number' && d.range.start.line === at.line),
      );
      const hint = hints.diagnostics.find(d => d.code === 'uncited-number' && d.range.start.character <= at.character);
      const actions = await client.conn.sendRequest('textDocument/codeAction', {
        textDocument: { uri: doc.uri },
        range: hint.range,
        context: { diagnostics: [hint] },
      });
      const add = actions.find(a => a.title === `Add to plan ${PLAN}: 2023 actual of digitalFirms 数字经济企业数`);
      assert.ok(add, actions.map(a => a.title).join('; '));
      const [edit] = add.edit.changes[planUri];
      assert.equal(
        edit.newText,
        '      - { year: 2023, value: "4200家", source: { doc: bulletin, quote: "全市数字经济企业达到4200家" } }\n',
      );
      assert.equal(edit.range.start.line, positionOf(planText, '全市数字经济企业达到3800家').line + 1);
      // 812万人 names no indicator of the plan: the usual new indicator, no actual.
      const other = hints.diagnostics.find(d => d.code === 'uncited-number' && d !== hint);
      const elsewhere = await client.conn.sendRequest('textDocument/codeAction', {
        textDocument: { uri: doc.uri },
        range: other.range,
        context: { diagnostics: [other] },
      });
      assert.ok(!elsewhere.some(a => / actual of /.test(a.title)), elsewhere.map(a => a.title).join('; '));
      await client.close(doc.uri);
      await client.close(planUri);
    });

    test('add to plan, in Chinese: the action names the indicator and the year', async () => {
      const actions = await actionsOn(clients.zh, '全市数字经济核心产业增加值达到1080亿元', '1080');
      assert.ok(
        actions.some(a => a.title === `添加到规划 ${PLAN}：coreValueAdded 数字经济核心产业增加值的2022年实现值`),
        actions.map(a => a.title).join('; '),
      );
    });

    test('the outline groups the indicators by state, in both locales', async () => {
      for (const [locale, names] of [
        ['en', ['on track (4)', 'met (1)', 'behind (1)', 'not compared (1)', 'no data (1)']],
        ['zh', ['符合预期（4项）', '提前完成（1项）', '滞后（1项）', '未比较（1项）', '无数据（1项）']],
      ]) {
        const client = clients[locale];
        const plan = await client.open(join(ws, PLAN), 'planlint', uriOf(join(ws, PLAN)), ORIGINAL);
        await client.waitForDiagnostics(plan.uri);
        const symbols = await client.conn.sendRequest('textDocument/documentSymbol', {
          textDocument: { uri: plan.uri },
        });
        const indicators = symbols.find(s => s.name === 'indicators');
        assert.deepEqual(
          indicators.children.map(g => g.name),
          names,
        );
        assert.deepEqual(
          indicators.children.map(g => g.children.map(c => c.name)),
          [
            ['coreValueAdded', 'broadbandUsers', 'energyIntensity', 'onlineServices'],
            ['baseStations'],
            ['cncRate'],
            ['digitalFirms'],
            ['coreShare'],
          ],
        );
        // Each indicator keeps its own place; a group starts where its first member does.
        const group = indicators.children[2];
        assert.deepEqual(group.selectionRange, group.children[0].selectionRange);
        assert.equal(group.children[0].selectionRange.start.line, positionOf(ORIGINAL, '  cncRate:').line);
        await client.close(plan.uri);
      }
    });

    test('planlint/evaluation answers with the page `planlint report --evaluation` writes, in both locales', async () => {
      for (const [locale, client] of [
        ['en', clients.en],
        ['zh-cn', clients.zh],
      ]) {
        const uri = uriOf(join(ws, PLAN));
        const r = await client.conn.sendRequest('planlint/evaluation', { uri });
        const cli = spawnSync(
          process.execPath,
          [join(repoRoot, 'bin/planlint.js'), 'report', '--evaluation', '--locale', locale, '--output', '-', PLAN],
          { cwd: ws, encoding: 'utf8' },
        );
        assert.equal(r.html, cli.stdout);
        assert.equal(r.title, '江城市数字经济发展“十四五”规划（示例）');
        assert.match(r.html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none';/);
        assert.doesNotMatch(r.html, /<script/i);
        assert.match(r.html, locale === 'en' ? /<table class="evaluation">/ : /符合预期/);
      }
      // A plan outside the workspace: refused, not read.
      const away = join(realpathSync(mkdtempSync(join(tmpdir(), 'planlint-away-'))), PLAN);
      writeFileSync(away, ORIGINAL);
      await assert.rejects(
        clients.en.conn.sendRequest('planlint/evaluation', { uri: uriOf(away) }),
        /not a document of the workspace/,
      );
      // Not a plan: no page.
      const none = await clients.en.conn.sendRequest('planlint/evaluation', {
        uri: uriOf(join(ws, 'planlint.config.yaml')),
      });
      assert.equal(none, null);
    });
  });
}
