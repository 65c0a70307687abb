// The web-worker server reads only through the client, which answers with the extension's own code
// (client/src/common/serveRead.ts): it refuses what the node server refuses, and a file past the
// server's limit is not read at all. Both bundles give the same findings.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUNDLES, startServer } from './harness.mjs';

function workspace() {
  const outside = mkdtempSync(join(tmpdir(), 'planlint-out-'));
  writeFileSync(join(outside, 'secret.txt'), '机密 100亿元');
  const root = mkdtempSync(join(tmpdir(), 'planlint-ws-'));
  mkdirSync(join(root, 'sources'));
  symlinkSync(join(outside, 'secret.txt'), join(root, 'sources', 'link.txt'));
  writeFileSync(join(root, 'sources', 'big.txt'), `${'第一段 100亿元。\n'.repeat(400)}`);
  writeFileSync(join(root, 'planlint.config.yaml'), 'limits: { max_source_bytes: 4096 }\n');
  writeFileSync(
    join(root, 'p.plan.yaml'),
    'planlint: 1\nplan: { id: p, title: t, period: [2016, 2020] }\nsources:\n' +
      '  s: { path: sources/link.txt }\n  b: { path: sources/big.txt }\n',
  );
  return { root, outside };
}

const results = {};
for (const bundle of BUNDLES) {
  describe(`${bundle} server: links and sizes`, () => {
    test('a link out of the workspace and a source past the limit are refused, with the reason', async () => {
      const { root } = workspace();
      const client = await startServer(bundle, root);
      try {
        const { uri } = await client.open(join(root, 'p.plan.yaml'));
        const { diagnostics } = await client.waitForDiagnostics(uri, p => p.diagnostics.length >= 2, 30000);
        const byLine = diagnostics.map(d => [d.range.start.line, d.code]).sort();
        assert.deepEqual(byLine, [
          [3, 'source-missing'],
          [4, 'source-missing'],
        ]);
        assert.match(diagnostics.find(d => d.range.start.line === 4).message, /4096|too large|limit/i);
        results[bundle] = diagnostics.map(d => [d.range.start.line, d.code]).sort();
        // The browser's client never hands over the bytes of the link or of the large file.
        if (bundle === 'browser') {
          assert.ok(
            client.reads.some(r => r.endsWith('big.txt')),
            'the server asked for the large file',
          );
          assert.deepEqual(
            client.served.filter(r => /big|link/.test(r)),
            [],
          );
        }
      } finally {
        await client.shutdown();
      }
    });
  });
}

test('both bundles agree', () => {
  assert.deepEqual(results.browser, results.node);
});
