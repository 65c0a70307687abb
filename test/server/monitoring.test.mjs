// Monitoring in the editor, on both server bundles: an actual's standing as an inlay hint (in both
// locales), and completion and hovers that know `actuals` (revision 4).
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUNDLES, startServer, positionOf, uriOf } from './harness.mjs';

const PLAN = `planlint: 1
plan: { id: m, title: 监测, period: [2021, 2025], baseline_year: 2020 }
indicators:
  broadband:
    name: 固定宽带用户数
    unit: 万户
    direction: increase
    baseline: { value: 1200 }
    targets: [{ year: 2025, value: 1800 }]
    actuals:
      - { year: 2022, value: 1390 }
      - { year: 2023, value: 1400 }
  farmland:
    name: 耕地保有量
    unit: 万亩
    direction: maintain
    baseline: { value: 100 }
    targets: [{ year: 2025, value: ">= 100" }]
    actuals:
      - { year: 2022, value: 85 }
`;
const ALL = { start: { line: 0, character: 0 }, end: { line: 99, character: 0 } };

for (const bundle of BUNDLES) {
  describe(`${bundle} server: monitoring in the editor`, () => {
    const clients = {};
    let ws;
    before(async () => {
      ws = realpathSync(mkdtempSync(join(tmpdir(), 'planlint-monitor-')));
      writeFileSync(join(ws, 'planlint.config.yaml'), '');
      clients.en = await startServer(bundle, ws);
      clients.zh = await startServer(bundle, ws, { locale: 'zh-cn' });
    });
    after(() => Promise.all(Object.values(clients).map(c => c.shutdown())));

    let n = 0;
    async function open(text, locale = 'en') {
      const uri = uriOf(join(ws, `m${++n}.plan.yaml`));
      const client = clients[locale];
      await client.conn.sendNotification('textDocument/didOpen', {
        textDocument: { uri, languageId: 'planlint', version: 1, text },
      });
      await client.waitForDiagnostics(uri);
      return { uri, text, client };
    }

    test("inlay hints: an actual's share of the way at its share of the time, or its state", async () => {
      const d = await open(PLAN);
      const hints = await d.client.conn.sendRequest('textDocument/inlayHint', {
        textDocument: { uri: d.uri },
        range: ALL,
      });
      const actual = hints.filter(h => /^ 20\d\d:/.test(h.label));
      assert.deepEqual(
        actual.map(h => h.label),
        [
          ' 2022: 1390万户, 32% of the way at 40% of the time',
          ' 2023: 1400万户, 33% of the way at 60% of the time',
          ' 2022: 85万亩, behind',
        ],
      );
      assert.deepEqual(actual[0].position, positionOf(PLAN, 'value: 1390', 'value: 1390'.length));
      const tip = h => (typeof h.tooltip === 'string' ? h.tooltip : h.tooltip?.value);
      assert.equal(tip(actual[0]), 'on track: the path to 1800万户 in 2025 reaches 1440万户 in 2022');
      assert.equal(tip(actual[1]), 'behind: the path to 1800万户 in 2025 reaches 1560万户 in 2023');
      const zh = await open(PLAN, 'zh');
      const zhHints = await zh.client.conn.sendRequest('textDocument/inlayHint', {
        textDocument: { uri: zh.uri },
        range: ALL,
      });
      assert.deepEqual(
        zhHints.filter(h => /^ 20\d\d年/.test(h.label)).map(h => h.label),
        [
          ' 2022年：1390万户，完成进度32%，时间进度40%',
          ' 2023年：1400万户，完成进度33%，时间进度60%',
          ' 2022年：85万亩，滞后',
        ],
      );
    });

    test('completion offers an actual its fields, and a hover explains `actuals`', async () => {
      const text = PLAN.replace('      - { year: 2023, value: 1400 }\n', '      - \n');
      const d = await open(text);
      const items = await d.client.conn.sendRequest('textDocument/completion', {
        textDocument: { uri: d.uri },
        position: positionOf(text, '1390 }\n      - ', '1390 }\n      - '.length),
      });
      const fields = items.filter(i => i.kind === 10).map(i => i.label);
      for (const f of ['year', 'value', 'change', 'growth', 'source']) assert.ok(fields.includes(f), fields.join(' '));
      assert.ok(!fields.includes('text') && !fields.includes('items'), `an actual is no target: ${fields}`);
      const p = positionOf(text, 'actuals:', 1);
      const hover = (await d.client.hover(d.uri, p.line, p.character))?.contents.value;
      assert.match(hover, /`actuals`/);
    });
  });
}
