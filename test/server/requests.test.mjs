// PlanLint's own requests (planlint/draft, citedRanges, coverage, paragraph) answer only for documents of the
// workspace, on both bundles: a URI outside every workspace folder, never opened, gets an error, not the file.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUNDLES, startServer, uriOf } from './harness.mjs';

const SECRET = '到2025年，秘密产业增加值达到123亿元。\n';

for (const bundle of BUNDLES) {
  describe(`${bundle} server: custom requests`, () => {
    test('a document outside the workspace gets an error; one inside gets its answer', async () => {
      const root = mkdtempSync(join(tmpdir(), 'planlint-requests-'));
      const ws = join(root, 'ws'),
        outside = join(root, 'outside');
      mkdirSync(ws);
      mkdirSync(outside);
      writeFileSync(join(ws, 'doc.txt'), SECRET.replace('秘密', '数字'));
      writeFileSync(join(outside, 'secret.txt'), SECRET);
      const client = await startServer(bundle, ws);
      try {
        const away = uriOf(join(outside, 'secret.txt'));
        const sneaky = `${uriOf(ws)}/../outside/secret.txt`;
        for (const uri of [away, sneaky]) {
          for (const [method, extra] of [
            ['planlint/draft', {}],
            ['planlint/citedRanges', {}],
            ['planlint/coverage', {}],
            ['planlint/paragraph', { para: 1 }],
            ['planlint/evaluation', {}],
            ['planlint/documentFindings', {}],
          ]) {
            await assert.rejects(
              client.conn.sendRequest(method, { uri, ...extra }),
              /not a document of the workspace/,
              `${method} ${uri}`,
            );
          }
        }
        const draft = await client.conn.sendRequest('planlint/draft', { uri: uriOf(join(ws, 'doc.txt')) });
        assert.match(draft.text, /数字产业/);
      } finally {
        await client.shutdown();
      }
    });
  });
}
