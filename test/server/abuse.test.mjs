// The server under abuse, on both bundles: it keeps answering, drops stale work, and a broken rule
// is reported once in the log and as a diagnostic while the other rules go on.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../helpers.mjs';
import { BUNDLES, startServer, positionOf, uriOf } from './harness.mjs';

const seeds = join(repoRoot, 'seeds');
const plan = join(seeds, 'plans/sx-industry-13th.plan.yaml');

for (const bundle of BUNDLES) {
  describe(`${bundle} server under abuse`, () => {
    test('requests for documents never opened, and positions beyond the end, get empty answers', async () => {
      const client = await startServer(bundle, seeds);
      try {
        const ghost = uriOf(join(seeds, 'plans/never-opened.plan.yaml'));
        assert.equal(await client.hover(ghost, 0, 0), null);
        assert.deepEqual(await client.definition(ghost, 3, 4), []);
        assert.deepEqual(
          await client.conn.sendRequest('textDocument/completion', {
            textDocument: { uri: ghost },
            position: { line: 0, character: 0 },
          }),
          [],
        );
        assert.deepEqual(
          await client.conn.sendRequest('textDocument/references', {
            textDocument: { uri: ghost },
            position: { line: 0, character: 0 },
            context: { includeDeclaration: true },
          }),
          [],
        );
        const { uri } = await client.open(plan);
        await client.waitForDiagnostics(uri);
        for (const [line, character] of [
          [100000, 0],
          [0, 100000],
          [5, -1],
        ]) {
          await client.hover(uri, line, Math.max(character, 0));
          await client.definition(uri, line, Math.max(character, 0));
          await client.conn.sendRequest('textDocument/completion', {
            textDocument: { uri },
            position: { line, character: Math.max(character, 0) },
          });
        }
        const key = positionOf(
          await (await import('node:fs/promises')).readFile(plan, 'utf8'),
          'industryValueAdded:',
          3,
        );
        assert.ok(await client.hover(uri, key.line, key.character), 'still answering');
      } finally {
        await client.shutdown();
      }
    });

    test('a flood of 1,000 edits in a second: stale work is dropped, the last version is published, the server answers', async () => {
      const client = await startServer(bundle, seeds);
      try {
        const { uri, text } = await client.open(plan);
        await client.waitForDiagnostics(uri);
        const before = client.published.filter(p => p.uri === uri).length;
        const at = positionOf(text, 'value: 5000, source: { doc: main, quote: "全省冶金', 7);
        let v;
        const t0 = Date.now();
        for (let i = 0; i < 1000; i++) {
          v = await client.change(uri, [
            {
              range: { start: at, end: { line: at.line, character: at.character + 4 } },
              text: String(5000 + (i % 9) + 1).padStart(4, '0'),
            },
          ]);
        }
        assert.ok(Date.now() - t0 < 5000, 'the edits were sent within a few seconds');
        const last = await client.waitForDiagnostics(uri, p => p.version === v, 30000);
        assert.ok(
          last.diagnostics.some(d => d.code === 'source-value-drift' && /no number equal to 5001亿元/.test(d.message)),
          `the last text (5001) was checked: ${last.diagnostics.map(d => d.message).join(' | ')}`,
        );
        const during = client.published.filter(p => p.uri === uri).length - before;
        assert.ok(
          during < 200,
          `stale versions were dropped, not all checked and published (${during} publications for 1000 edits)`,
        );
        assert.ok(
          client.published.filter(p => p.uri === uri).every((p, i, a) => i === 0 || p.version >= a[i - 1].version),
          'never an older version after a newer one',
        );
        const h = await client.hover(uri, at.line, at.character);
        assert.ok(h, 'the server still answers');
      } finally {
        await client.shutdown();
      }
    });

    test("the shipped bundle carries no test hook: the failing rule comes from the tests' own build", () => {
      const shipped = readFileSync(join(repoRoot, `dist/server-${bundle}.js`), 'utf8');
      assert.doesNotMatch(shipped, /testFaultRule|injected fault/);
    });

    test('a rule that throws: reported once in the log and as a diagnostic, the other rules still run', async () => {
      const client = await startServer(bundle, seeds, { variant: 'fault' });
      try {
        // The plan as opened has its metallurgy total off by 900亿元, so that another rule has something to say.
        const { uri, text } = await client.open(
          plan,
          'planlint',
          uriOf(plan),
          readFileSync(plan, 'utf8').replace(
            'value: 5000, source: { doc: main, quote: "全省冶金',
            'value: 5900, source: { doc: main, quote: "全省冶金',
          ),
        );
        const p = await client.waitForDiagnostics(uri);
        const broken = p.diagnostics.filter(d => d.code === 'growth-mismatch');
        assert.equal(broken.length, 1);
        assert.match(broken[0].message, /internal error in rule growth-mismatch: injected fault/);
        assert.ok(
          p.diagnostics.some(d => d.code === 'sum-mismatch'),
          'other rules ran',
        );
        await client.change(uri, [
          { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '# edited\n' },
        ]);
        await client.change(uri, [
          { range: { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } }, text: '' },
        ]);
        await client.waitForDiagnostics(uri, d => d.version === 3);
        assert.equal(client.log.filter(m => /rule growth-mismatch failed/.test(m)).length, 1, client.log.join('\n'));
        const pos = positionOf(text, 'lead: [省经信委]', 7);
        assert.ok(await client.hover(uri, pos.line, pos.character));
      } finally {
        await client.shutdown();
      }
    });
  });
}
