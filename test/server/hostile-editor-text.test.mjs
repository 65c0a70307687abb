// Names from a plan shown by the editor as syntax, on both bundles: a CodeLens title renders `$(icon)` and a
// snippet completion expands `$CLIPBOARD` and `${1:…}`. An item named `$(alert) …` and a source id
// `$CLIPBOARD` must show and insert as written.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUNDLES, positionOf, startServer } from './harness.mjs';

const DOC = '到2025年，数字产业增加值达到123亿元。\n';
const PLAN =
  'planlint: 1\nplan: { id: p, title: t, period: [2021, 2025] }\n' +
  'sources:\n  $CLIPBOARD: { path: doc.txt, title: d }\n' +
  'indicators:\n  a:\n    name: "$(alert) 已核实"\n    unit: 亿元\n    direction: increase\n    targets:\n' +
  '      - { year: 2025, value: 123, source: { doc: $CLIPBOARD, quote: "达到123亿元" } }\n' +
  '      - year: 2024\n        value: 5\n        source: \n' +
  'goals:\n  G: { title: g, indicators: [a] }\n';

for (const bundle of BUNDLES) {
  describe(`${bundle} server: plan names in editor syntax`, () => {
    test('a CodeLens title escapes $(icon); a source completion escapes snippet syntax', async () => {
      const ws = mkdtempSync(join(tmpdir(), 'planlint-syntax-'));
      mkdirSync(join(ws, 'plans'));
      writeFileSync(join(ws, 'doc.txt'), DOC);
      writeFileSync(join(ws, 'p.plan.yaml'), PLAN);
      const client = await startServer(bundle, ws);
      try {
        await client.indexed?.();
        const { uri } = await client.open(join(ws, 'p.plan.yaml'));
        await client.waitForDiagnostics(uri);
        const { uri: docUri } = await client.open(join(ws, 'doc.txt'), 'plaintext');
        const titles = (await client.codeLens(docUri)).map(l => l.command.title);
        assert.ok(titles.includes("'\\$(alert) 已核实'"), JSON.stringify(titles));
        assert.ok(!titles.some(t => /(^|[^\\])\$\(/.test(t)), JSON.stringify(titles));
        const at = positionOf(PLAN, '        source: ', 16);
        const items = await client.conn.sendRequest('textDocument/completion', {
          textDocument: { uri },
          position: at,
        });
        const list = Array.isArray(items) ? items : items.items;
        const item = list.find(i => i.label.startsWith('$CLIPBOARD'));
        assert.ok(item, JSON.stringify(list.map(i => i.label)));
        assert.equal(item.textEdit?.newText ?? item.insertText, '\\$CLIPBOARD#p${1}');
      } finally {
        await client.shutdown();
      }
    });
  });
}
