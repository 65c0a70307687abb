// `planlint doc` in the editor, on both bundles: an open source document that no plan cites shows the
// findings of its in-memory draft on its own text, with the related paragraphs; a document a plan cites
// shows none of them (its plans' findings are on the plans); the setting turns them off.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../helpers.mjs';
import { BUNDLES, positionOf, startServer } from './harness.mjs';

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

    test('a document that a plan cites shows no findings of its own: its plans report them', async () => {
      const path = join(dir, 'seeds/sources/004_20b7e8ad50f7031c.txt');
      const { uri } = await client.open(path, 'plaintext');
      const p = await client.waitForDiagnostics(uri, q => q.diagnostics.some(d => d.code === 'uncited-number'));
      assert.deepEqual(
        p.diagnostics.filter(d => d.severity !== 4).map(d => d.code),
        [],
      );
      await client.close(uri);
    });
  });
}
