// A drafted plan saved, on both bundles, in the order VS Code sends it: the file is created empty and
// opened, gets the draft's text, is written, and only then is the `untitled:` draft closed. Saved where it
// was drafted ("Save"), or into `plans/` ("Save As", with its source path rewritten first), the plan stays
// in the project: the document's coverage and lenses never drop to nothing. A draft closed unsaved takes
// its plan with it, and the client is asked to draw the document's lenses again.
import { describe, test, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { copyFileSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { parse } from 'yaml';
import { repoRoot } from '../helpers.mjs';
import { BUNDLES, applyEdits, startServer, uriOf } from './harness.mjs';

const NAME = '001_9b1133b78090ed6f';

for (const bundle of BUNDLES) {
  describe(`${bundle} server: a saved draft stays linked to its document`, () => {
    let client, ws, doc, draftPath, untitled, text;
    const coverage = () => client.conn.sendRequest('planlint/coverage', { uri: doc.uri });
    const cited = async () => (await coverage()).numbers.cited;

    beforeEach(async () => {
      ws = realpathSync(mkdtempSync(join(tmpdir(), 'planlint-saved-draft-')));
      for (const d of ['sources', 'plans', '.git']) mkdirSync(join(ws, d));
      copyFileSync(join(repoRoot, `seeds/sources/${NAME}.txt`), join(ws, `sources/${NAME}.txt`));
      client = await startServer(bundle, ws, {
        workspaceCapabilities: { codeLens: { refreshSupport: true }, inlayHint: { refreshSupport: true } },
      });
      await client.indexed();
      doc = await client.open(join(ws, `sources/${NAME}.txt`), 'plaintext');
      assert.equal(await cited(), 0, 'no plan cites the document yet');
      // The draft as the client opens it: unsaved beside the document, empty, then filled.
      const r = await client.conn.sendRequest('planlint/draft', { uri: doc.uri });
      text = r.text;
      draftPath = join(ws, `sources/${NAME}.plan.yaml`);
      untitled = uriOf(draftPath).replace(/^file:/, 'untitled:');
      await client.open(draftPath, 'planlint', untitled, '');
      const version = await client.change(untitled, [{ text }]);
      await client.waitForDiagnostics(untitled, p => p.version === version, 20000);
    });
    afterEach(async () => {
      await client.shutdown();
      rmSync(ws, { recursive: true, force: true });
    });

    /** The document's coverage after each step of a save: never below what the draft cites. */
    async function saveAs(path, savedText) {
      const drafted = await cited();
      assert.ok(drafted > 0, `the draft cites the document (${drafted})`);
      const lenses = (await client.codeLens(doc.uri)).length;
      assert.ok(lenses > 0, 'the document has lenses');
      const file = uriOf(path);
      const seen = [];
      writeFileSync(path, '');
      await client.open(path, 'planlint', file, '');
      seen.push(await cited());
      await client.change(file, [{ text }]);
      seen.push(await cited());
      const edits = savedText === text ? [] : [{ text: savedText }];
      const version = edits.length ? await client.change(file, edits) : undefined;
      writeFileSync(path, savedText);
      await client.conn.sendNotification('textDocument/didSave', { textDocument: { uri: file } });
      seen.push(await cited());
      await client.close(untitled);
      seen.push(await cited());
      const p = await client.waitForDiagnostics(file, x => !version || x.version === version, 20000);
      seen.push(await cited());
      assert.ok(
        seen.every(n => n >= drafted),
        `coverage after each step of the save: ${seen.join(', ')} (the draft's: ${drafted})`,
      );
      assert.equal(await cited(), drafted);
      assert.equal((await client.codeLens(doc.uri)).length, lenses, 'the same lenses');
      await client.waitForDiagnostics(untitled, x => x.diagnostics.length === 0);
      return p;
    }

    test('saved where it was drafted: one plan throughout, checked as the file', async () => {
      const p = await saveAs(draftPath, text);
      assert.deepEqual(
        p.diagnostics.filter(d => ['source-missing', 'yaml-syntax', 'schema'].includes(d.code)).map(d => d.message),
        [],
      );
      // Closed, the file is still a plan of the project (its text on disk is the draft's).
      await client.close(uriOf(draftPath));
      await new Promise(r => setTimeout(r, 300));
      assert.equal((await coverage()).plans, 1);
    });

    test('saved into plans/: the source path is rewritten for there, and the document stays cited', async () => {
      const target = join(ws, `plans/${NAME}.plan.yaml`);
      const edits = await client.conn.sendRequest('planlint/relocateDraft', { from: untitled, to: uriOf(target) });
      assert.deepEqual(
        edits.map(e => e.newText),
        [`"../sources/${NAME}.txt"`],
      );
      const saved = applyEdits(text, edits);
      assert.equal(parse(saved).sources.main.path, `../sources/${NAME}.txt`);
      const p = await saveAs(target, saved);
      assert.deepEqual(
        p.diagnostics.filter(d => d.code === 'source-missing').map(d => d.message),
        [],
      );
      assert.equal((await coverage()).plans, 1, 'the draft is gone, its saved copy cites the document');
    });

    test('closed unsaved: its plan leaves the project, and the lenses are drawn again', async () => {
      assert.ok((await cited()) > 0);
      const refreshed = async (from, why) => {
        const deadline = Date.now() + 10000;
        while (client.refreshes.codeLens === from && Date.now() < deadline) await new Promise(r => setTimeout(r, 20));
        assert.ok(client.refreshes.codeLens > from, why);
      };
      await refreshed(0, 'the draft opened: the client is asked to draw the lenses that name its items');
      const refreshes = client.refreshes.codeLens;
      await client.close(untitled);
      await client.waitForDiagnostics(untitled, x => x.diagnostics.length === 0);
      await refreshed(refreshes, 'the draft closed: the client is asked to draw the lenses again');
      assert.deepEqual(await cited(), 0);
      assert.equal((await coverage()).plans, 0);
      assert.deepEqual(await client.codeLens(doc.uri), []);
    });
  });
}
