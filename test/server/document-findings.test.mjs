// `planlint doc` in the editor, on both bundles: an open source document that no plan cites shows the
// findings of its in-memory draft on its own text, with the related paragraphs, and they follow its edits;
// a document a plan cites shows its plans' findings instead, at the quoted spans, linked back to the plan;
// the status bar's count (planlint/documentFindings) is what is shown; the setting turns them off.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../helpers.mjs';
import { BUNDLES, positionOf, startServer, uriOf } from './harness.mjs';

const dev = join(repoRoot, 'test/fixtures/documents/dev');
/** A workspace holding a document no plan cites (a planted cap below its award) and the seeds' 13th plan. */
function workspace() {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'planlint-docfind-')));
  writeFileSync(join(dir, 'planlint.config.yaml'), 'rules: {}\n');
  cpSync(join(dev, 'c01-province-digital-transform.txt'), join(dir, 'measures.txt'));
  cpSync(join(repoRoot, 'seeds'), join(dir, 'seeds'), { recursive: true });
  return dir;
}

for (const bundle of BUNDLES) {
  describe(`${bundle} server: findings on a document no plan cites`, () => {
    let client, dir;
    before(async () => {
      dir = workspace();
      client = await startServer(bundle, dir);
      await client.indexed();
    });
    after(() => client.shutdown());

    test('the document checked directly: the finding on its sentence, its related paragraphs, then off', async () => {
      const path = join(dir, 'measures.txt');
      const { uri } = await client.open(path, 'plaintext');
      const p = await client.waitForDiagnostics(uri, q => q.diagnostics.some(d => d.code === 'funding-cap-conflict'));
      const cap = p.diagnostics.find(d => d.code === 'funding-cap-conflict');
      assert.equal(cap.severity, 1, 'an error');
      const line = readFileSync(path, 'utf8').split('\n')[cap.range.start.line];
      assert.match(line.slice(cap.range.start.character, cap.range.end.character), /500万元|300万元/);
      assert.match(cap.message, /^¶13: /);
      // An edit that raises the cap above the award: the finding goes; put back, it returns.
      const text = readFileSync(path, 'utf8');
      const at = positionOf(text, '最高不超过300万元', '最高不超过'.length);
      const span = { start: at, end: { line: at.line, character: at.character + 3 } };
      await client.change(uri, [{ range: span, text: '800' }]);
      await client.waitForDiagnostics(uri, q => !q.diagnostics.some(d => d.code === 'funding-cap-conflict'));
      await client.change(uri, [
        { range: { start: at, end: { line: at.line, character: at.character + 3 } }, text: '300' },
      ]);
      await client.waitForDiagnostics(uri, q => q.diagnostics.some(d => d.code === 'funding-cap-conflict'));
      await client.setSettings({ hints: { documentFindings: false } });
      try {
        await client.waitForDiagnostics(uri, q => !q.diagnostics.some(d => d.code === 'funding-cap-conflict'));
      } finally {
        await client.setSettings({});
      }
      await client.close(uri);
    });

    test("a document that a plan cites shows the plan's findings at the quoted spans, linked back to the plan", async () => {
      const path = join(dir, 'seeds/sources/004_20b7e8ad50f7031c.txt');
      const plan = join(dir, 'seeds/plans/sx-industry-13th.plan.yaml');
      const { uri } = await client.open(path, 'plaintext');
      const text = readFileSync(path, 'utf8').split('\n');
      const p = await client.waitForDiagnostics(uri, q => q.diagnostics.some(d => d.code === 'growth-mismatch'));
      // Only the plan's two findings (of the codes a document can show): nothing of the document's own check.
      const found = p.diagnostics.filter(d => d.severity !== 4);
      assert.deepEqual(
        found.map(d => d.code),
        ['growth-mismatch', 'growth-mismatch'],
      );
      const info = found.find(d => /11%/.test(d.message));
      const r = info.range;
      assert.equal(text[r.start.line].slice(r.start.character, r.end.character), '达到1700亿元，年均增长11%');
      assert.match(info.message, /^¶\d+: stated growth 11% a year/);
      const [back, ...places] = info.relatedInformation;
      assert.equal(back.location.uri, uriOf(plan));
      assert.equal(back.location.range.start.line, 579, "the plan's own diagnostic, on its `growth:` line");
      assert.match(back.message, /sx-industry-13th\.plan\.yaml$/);
      // The baseline's paragraph: the other end of the comparison.
      const base = places.find(x => /952\.9/.test(text[x.location.range.start.line]));
      assert.ok(base, 'the baseline 952.9 is a related place');
      assert.equal(base.location.uri, uri);
      assert.match(base.message, /^¶\d+$/);
      const counts = await client.conn.sendRequest('planlint/documentFindings', { uri });
      assert.deepEqual(counts, { enabled: true, cited: true, errors: 0, warnings: 2, infos: 0 });
      await client.close(uri);
    });

    test('the status bar count of a document no plan cites is its own findings', async () => {
      const path = join(dir, 'measures.txt');
      const { uri } = await client.open(path, 'plaintext');
      const p = await client.waitForDiagnostics(uri, q => q.diagnostics.some(d => d.code === 'funding-cap-conflict'));
      const shown = p.diagnostics.filter(d => d.severity !== 4);
      const counts = await client.conn.sendRequest('planlint/documentFindings', { uri });
      assert.equal(counts.cited, false);
      assert.equal(counts.errors + counts.warnings + counts.infos, shown.length);
      assert.equal(counts.errors, shown.filter(d => d.severity === 1).length);
      assert.ok(counts.errors >= 1);
      await client.setSettings({ hints: { documentFindings: false } });
      try {
        await client.waitForDiagnostics(uri, q => !q.diagnostics.some(d => d.code === 'funding-cap-conflict'));
        const off = await client.conn.sendRequest('planlint/documentFindings', { uri });
        assert.deepEqual(off, { enabled: false, cited: false, errors: 0, warnings: 0, infos: 0 });
      } finally {
        await client.setSettings({});
      }
      await client.close(uri);
    });
  });
}
