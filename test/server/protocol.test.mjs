// The language server over the protocol, on both bundles: the node server (stdio) and the browser
// server (a worker, reading every file through the client request).
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, cpSync, mkdtempSync, writeFileSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../helpers.mjs';
import { BUNDLES, startServer, positionOf, uriOf } from './harness.mjs';

const seeds = join(repoRoot, 'seeds');
const plan = join(seeds, 'plans/sx-industry-13th.plan.yaml');
const doc004 = join(seeds, 'sources/004_20b7e8ad50f7031c.txt');
const expected = JSON.parse(readFileSync(join(repoRoot, 'test/fixtures/seeds.expected.json'), 'utf8')).filter(
  d => d.file === 'seeds/plans/sx-industry-13th.plan.yaml',
);

for (const bundle of BUNDLES) {
  describe(`${bundle} server`, () => {
    let client, text, uri;
    before(async () => {
      client = await startServer(bundle, seeds);
      ({ uri, text } = await client.open(plan));
    });
    after(() => client.shutdown());

    test("publishes the seed plan's diagnostics on open, with codes, ranges and rule links", async () => {
      const p = await client.waitForDiagnostics(uri);
      assert.deepEqual(
        p.diagnostics.map(d => [
          d.range.start.line + 1,
          d.range.start.character + 1,
          d.range.end.line + 1,
          d.range.end.character + 1,
          d.code,
        ]),
        expected.map(d => [d.line, d.column, d.endLine, d.endColumn, d.code]),
      );
      assert.equal(p.version, 1);
      assert.ok(p.diagnostics.every(d => d.source === 'planlint' && d.codeDescription.href.endsWith(`#${d.code}`)));
      if (bundle === 'browser')
        assert.ok(
          client.reads.some(r => r.endsWith('shanxi.orgs.yaml')),
          'the browser server read the registry through the client',
        );
    });

    test('hover on a source anchor shows the cited paragraph, the quote in bold, and a link to it', async () => {
      const pos = positionOf(text, '非煤产业占全部工业增加值比重达到60%以上', 2);
      const h = await client.hover(uri, pos.line, pos.character);
      const md = h.contents.value;
      assert.match(md, /山西省“十三五”工业经济和信息化发展规划（原文）\*\* · ¶34/);
      assert.match(md, /\*\*非煤产业占全部工业增加值比重达到60%以上\*\*/);
      // "Open ¶34" opens the document with the quoted span selected.
      assert.match(
        md,
        new RegExp(`\\(${uriOf(doc004).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}#L\\d+,\\d+-L\\d+,\\d+\\)`),
      );
    });

    test('hover on a number with a source shows the paragraph and the indicator', async () => {
      const pos = positionOf(text, 'value: 952.9', 8);
      const md = (await client.hover(uri, pos.line, pos.character)).contents.value;
      assert.match(md, /¶10/);
      assert.match(md, /\*\*我省信息产业实现收入952\\\.9亿元\*\*/);
      assert.match(md, /全省信息产业主营业务收入\*\* \(`infoIndustryRevenue`\)/);
      assert.match(md, /stated 11%, implied \\\+12\\\.3%\/yr/);
    });

    test('hover on an organization shows its full name and successor', async () => {
      const pos = positionOf(text, 'lead: [省经信委]', 7);
      const md = (await client.hover(uri, pos.line, pos.character)).contents.value;
      assert.match(md, /\*\*山西省经济和信息化委员会\*\*/);
      assert.match(md, /Existed until 2018; successor: \*\*山西省工业和信息化厅\*\*/);
    });

    test('hover on a unit shows its dimension and scale', async () => {
      const pos = positionOf(text, 'unit: 亿千瓦\n', 7);
      const md = (await client.hover(uri, pos.line, pos.character)).contents.value;
      assert.match(md, /power, scale ×100000000/);
    });

    test('definition from a quote anchor lands on the exact quoted text in the source document', async () => {
      const pos = positionOf(text, '全省工业增加值年均增长4.8%以上', 3);
      const [loc] = await client.definition(uri, pos.line, pos.character);
      assert.equal(loc.uri, uriOf(doc004));
      const lines = readFileSync(doc004, 'utf8').split('\n');
      assert.equal(loc.range.start.line, loc.range.end.line);
      assert.equal(
        lines[loc.range.start.line].slice(loc.range.start.character, loc.range.end.character),
        '全省工业增加值年均增长4.8%以上',
      );
    });

    test('definition from a reference goes to its definition, across files', async () => {
      const g = positionOf(text, 'indicators: [industryValueAdded]', 14);
      const [toIndicator] = await client.definition(uri, g.line, g.character);
      assert.equal(toIndicator.uri, uri);
      assert.equal(toIndicator.range.start.line, positionOf(text, '  industryValueAdded:').line);
      const o = positionOf(text, 'lead: [省经信委]', 7);
      const [toOrg] = await client.definition(uri, o.line, o.character);
      assert.ok(toOrg.uri.endsWith('/seeds/orgs/shanxi.orgs.yaml'));
      const orgs = readFileSync(join(seeds, 'orgs/shanxi.orgs.yaml'), 'utf8').split('\n');
      assert.match(orgs[toOrg.range.start.line], /^\s+省经信委:/);
    });

    test('a source document shows which plan items cite each paragraph, and the numbers none cites', async () => {
      const { uri: docUri } = await client.open(doc004, 'plaintext');
      const lenses = await client.codeLens(docUri);
      const lines = readFileSync(doc004, 'utf8').split('\n');
      const lens34 = lenses.find(l => lines[l.range.start.line].includes('非煤产业占全部工业增加值比重达到60%以上'));
      assert.ok(lens34, 'a CodeLens on ¶34');
      assert.equal(lens34.command.title, 'cited by 3 plan items');
      assert.equal(lens34.command.command, 'planlint.showCitations');
      assert.ok(lens34.command.arguments[2].every(l => l.uri === uri));
      const h = await client.hover(docUri, lens34.range.start.line, 10);
      assert.match(h.contents.value, /¶34 is cited by 3 plan items/);
      // Each citing item by the name the messages give it, with the entries that cite the paragraph.
      assert.match(
        h.contents.value,
        /\[\\'非煤产业占全部工业增加值比重\\'\]\(file:.*sx-industry-13th\.plan\.yaml#L\d+\) · 2020 target · /,
      );
      const hints = await client.waitForDiagnostics(docUri, p => p.diagnostics.length > 0);
      const texts = hints.diagnostics.map(d =>
        lines[d.range.start.line].slice(d.range.start.character, d.range.end.character),
      );
      assert.ok(texts.includes('284.5亿元'), `uncited numbers: ${texts.join(', ')}`);
      assert.ok(!texts.includes('952.9亿元'), 'a cited number is not marked');
      // Hints on the numbers no item cites; the rest are the citing plan's findings at its quoted spans.
      assert.ok(
        hints.diagnostics.every(d => (d.severity === 4 ? d.code === 'uncited-number' : d.code === 'growth-mismatch')),
      );
      const cited = await client.conn.sendRequest('planlint/citedRanges', { uri: docUri });
      assert.ok(
        cited.ranges.some(
          r =>
            lines[r.start.line].slice(r.start.character, r.end.character) === '非煤产业占全部工业增加值比重达到60%以上',
        ),
      );
      await client.close(docUri);
    });

    test('edits: incremental changes are re-checked, and only the newest version is published', async () => {
      const pos = positionOf(text, 'value: 5000, source: { doc: main, quote: "全省冶金');
      const start = { line: pos.line, character: pos.character + 7 },
        end = { line: pos.line, character: pos.character + 11 };
      let v;
      for (const n of ['5001', '5100', '5200', '5900']) {
        v = await client.change(uri, [{ range: { start, end }, text: n }]);
      }
      const p = await client.waitForDiagnostics(uri, d => d.version === v);
      assert.ok(p.diagnostics.some(d => d.code === 'sum-mismatch' && /parts add up to 5000亿元/.test(d.message)));
      v = await client.change(uri, [{ range: { start, end }, text: '5000' }]);
      const back = await client.waitForDiagnostics(uri, d => d.version === v);
      assert.ok(!back.diagnostics.some(d => d.code === 'sum-mismatch'));
    });
  });

  describe(`${bundle} server: dependents`, () => {
    test('a change to a registry or a source document re-checks the plans that read it', async () => {
      const ws = realpathSync(mkdtempSync(join(tmpdir(), 'planlint-lsp-')));
      cpSync(seeds, ws, { recursive: true });
      const client = await startServer(bundle, ws);
      try {
        const { uri } = await client.open(join(ws, 'plans/sx-industry-13th.plan.yaml'));
        await client.waitForDiagnostics(
          uri,
          p =>
            p.diagnostics.some(d => d.code === 'growth-mismatch') &&
            !p.diagnostics.some(d => d.code === 'org-superseded'),
        );
        // The registry, edited in the editor: 省经信委 now ends in 2015, before the plan's period.
        const registry = join(ws, 'orgs/shanxi.orgs.yaml');
        const { uri: regUri, text: regText } = await client.open(registry);
        const at = positionOf(regText, 'until: 2018', 7);
        await client.change(regUri, [
          { range: { start: at, end: { line: at.line, character: at.character + 4 } }, text: '2015' },
        ]);
        await client.waitForDiagnostics(uri, p => p.diagnostics.some(d => d.code === 'org-superseded'));
        // A source document changed on disk: the quoted growth is gone.
        const src = join(ws, 'sources/004_20b7e8ad50f7031c.txt');
        writeFileSync(
          src,
          readFileSync(src, 'utf8').replace('全省工业增加值年均增长4.8%以上', '全省工业增加值较快增长'),
        );
        await client.conn.sendNotification('workspace/didChangeWatchedFiles', {
          changes: [{ uri: uriOf(src), type: 2 }],
        });
        const p = await client.waitForDiagnostics(uri, d => d.diagnostics.some(x => x.code === 'source-anchor'));
        assert.equal(
          p.diagnostics.find(x => x.code === 'source-anchor').range.start.line,
          positionOf(
            readFileSync(join(ws, 'plans/sx-industry-13th.plan.yaml'), 'utf8'),
            '全省工业增加值年均增长4.8%以上',
          ).line,
        );
      } finally {
        await client.shutdown();
      }
    });

    test('settings and planlint.config.yaml apply without a restart', async () => {
      const ws = realpathSync(mkdtempSync(join(tmpdir(), 'planlint-cfg-')));
      cpSync(seeds, ws, { recursive: true });
      const client = await startServer(bundle, ws);
      try {
        const { uri } = await client.open(join(ws, 'plans/sx-industry-13th.plan.yaml'));
        await client.waitForDiagnostics(uri, p =>
          p.diagnostics.some(d => d.code === 'growth-mismatch' && d.severity === 2),
        );
        await client.setSettings({ rules: { 'growth-mismatch': 'error' } });
        await client.waitForDiagnostics(uri, p =>
          p.diagnostics.some(d => d.code === 'growth-mismatch' && d.severity === 1),
        );
        await client.setSettings({});
        await client.waitForDiagnostics(uri, p =>
          p.diagnostics.some(d => d.code === 'growth-mismatch' && d.severity === 2),
        );
        const config = join(ws, 'planlint.config.yaml');
        writeFileSync(config, 'rules: { growth-mismatch: error }\n');
        await client.conn.sendNotification('workspace/didChangeWatchedFiles', {
          changes: [{ uri: uriOf(config), type: 2 }],
        });
        await client.waitForDiagnostics(uri, p =>
          p.diagnostics.some(d => d.code === 'growth-mismatch' && d.severity === 1),
        );
        writeFileSync(config, 'growth_tolerance: 2\n');
        await client.conn.sendNotification('workspace/didChangeWatchedFiles', {
          changes: [{ uri: uriOf(config), type: 2 }],
        });
        const p = await client.waitForDiagnostics(uri, d => !d.diagnostics.some(x => x.code === 'growth-mismatch'));
        assert.deepEqual(
          p.diagnostics.map(d => d.code),
          [],
          'tolerance 2 points: 12.3 vs 11 and 14.2 vs 13 pass',
        );
      } finally {
        await client.shutdown();
      }
    });

    test('Chinese messages when the editor speaks Chinese', async () => {
      const client = await startServer(bundle, seeds, { locale: 'zh-cn' });
      try {
        const { uri } = await client.open(plan);
        const p = await client.waitForDiagnostics(uri);
        assert.ok(
          p.diagnostics.some(d =>
            /所述年均增长11%，但2015—2020年由952\.9到1700亿元，推算年均增长12\.3%/.test(d.message),
          ),
        );
      } finally {
        await client.shutdown();
      }
    });
  });
}
