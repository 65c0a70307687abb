// The editor's coverage agrees with `planlint coverage`: the status bar's counts (planlint/coverage)
// and the uncited-number hints, on every paragraph of a source document, on both bundles.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '../helpers.mjs';
import { BUNDLES, startServer } from './harness.mjs';

const seeds = join(repoRoot, 'seeds');
const DOC = join(seeds, 'sources/004_20b7e8ad50f7031c.txt');
const cli = JSON.parse(
  spawnSync(process.execPath, [join(repoRoot, 'bin/planlint.js'), 'coverage', '--format', 'json', '.'], {
    cwd: seeds,
    encoding: 'utf8',
  }).stdout,
).find(d => d.document === 'sources/004_20b7e8ad50f7031c.txt');

for (const bundle of BUNDLES) {
  describe(`${bundle} server: coverage of a source document`, () => {
    let client;
    before(async () => {
      client = await startServer(bundle, seeds);
      await client.indexed();
    });
    after(() => client.shutdown());

    test("the status bar's counts are the CLI's; hints mark every uncited number, in every paragraph", async () => {
      const { uri } = await client.open(DOC, 'plaintext');
      const got = await client.conn.sendRequest('planlint/coverage', { uri });
      assert.deepEqual(got.numbers, cli.numbers);
      assert.deepEqual(got.clauses, cli.clauses);
      const p = await client.waitForDiagnostics(uri, x => x.diagnostics.length > 0);
      const hinted = p.diagnostics
        .filter(d => d.code === 'uncited-number')
        .map(d => `${d.range.start.line + 1}:${d.range.start.character + 1}`);
      const listed = cli.uncited.filter(u => u.kind === 'number').map(u => `${u.line}:${u.column}`);
      assert.deepEqual(hinted.sort(), listed.sort());
      assert.ok(
        p.diagnostics.every(
          d => d.codeDescription?.href.endsWith(`#${d.code}`) || d.codeDescription?.href.includes('#codes-beyond'),
        ),
        'each hint links to its docs',
      );
      const paras = new Set(cli.uncited.map(u => u.para));
      assert.ok(paras.size > 10, `uncited numbers in ${paras.size} paragraphs, not only the cited ones`);
    });

    test('a setting turns the uncited-number hints off', async () => {
      const { uri } = await client.open(DOC, 'plaintext');
      await client.setSettings({ hints: { uncitedNumbers: false } });
      const p = await client.waitForDiagnostics(uri, x => !x.diagnostics.some(d => d.code === 'uncited-number'));
      assert.ok(!p.diagnostics.some(d => d.code === 'uncited-number'));
      await client.setSettings({});
    });
  });
}
