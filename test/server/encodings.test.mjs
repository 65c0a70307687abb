// The editor and the encodings documents come in, on both server bundles: a plan buffer that VS Code
// decoded with the wrong encoding gets an `encoding` error saying how to reopen it; decoded right, it
// is checked as usual; hovers name a source document's encoding.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../helpers.mjs';
import { BUNDLES, positionOf, startServer, uriOf } from './harness.mjs';

const dir = join(repoRoot, 'test/fixtures/encodings');
const at = f => join(dir, f);
const decode = (f, encoding) => new TextDecoder(encoding).decode(readFileSync(at(f)));
const codes = p => p.diagnostics.map(d => [d.range.start.line, d.code]);

for (const bundle of BUNDLES) {
  describe(`${bundle} server: encodings`, () => {
    let client;
    before(async () => {
      client = await startServer(bundle, dir);
      await client.indexed();
    });
    after(() => client.shutdown());

    test('a GB18030 plan opened as UTF-8: an encoding error on line 1 and how to reopen; reopened, clean', async () => {
      // The harness decodes as UTF-8, as VS Code does by default.
      const { uri } = await client.open(at('plan-gb18030.plan.yaml'));
      const p = await client.waitForDiagnostics(uri, x => x.version === 1);
      assert.deepEqual(codes(p), [[0, 'encoding']]);
      assert.equal(p.diagnostics[0].severity, 1);
      const advice = /GB18030 \(GBK\) text.*'Reopen with Encoding', then 'Simplified Chinese \(GB18030\)'/;
      assert.match(p.diagnostics[0].message, advice);
      // 'Reopen with Encoding' replaces the buffer with the right decoding.
      const text = decode('plan-gb18030.plan.yaml', 'gb18030');
      const v = await client.change(uri, [{ text }]);
      assert.deepEqual(codes(await client.waitForDiagnostics(uri, x => x.version === v)), []);
      const pos = positionOf(text, '重点扶持30个信息产业化项目', 1);
      assert.match((await client.hover(uri, pos.line, pos.character)).contents.value, /· ¶\d+ · GB18030 text/);
    });

    test('UTF-16 plans opened as UTF-8 name their encoding; a UTF-8 buffer holding U+FFFD is not text', async () => {
      for (const [f, name] of [
        ['plan-utf16le.plan.yaml', 'UTF-16 LE'],
        ['plan-utf16be.plan.yaml', 'UTF-16 BE'],
      ]) {
        const { uri } = await client.open(at(f));
        const p = await client.waitForDiagnostics(uri, x => x.version === 1);
        assert.deepEqual(codes(p), [[0, 'encoding']], f);
        assert.ok(p.diagnostics[0].message.includes(`then '${name}'`), p.diagnostics[0].message);
      }
      const { uri } = await client.open(at('utf8-replacement.plan.yaml'));
      const p = await client.waitForDiagnostics(uri, x => x.version === 1);
      assert.deepEqual(codes(p), [[0, 'encoding']]);
      assert.doesNotMatch(p.diagnostics[0].message, /Reopen/);
    });

    test('sources open in the wrong encoding are read from their files: anchors resolve, hovers name it', async () => {
      for (const f of ['001.gb18030.txt', '001.utf16le.txt', '001.utf16be.txt']) await client.open(at(`sources/${f}`));
      const { uri, text } = await client.open(at('sources-encoded.plan.yaml'));
      assert.deepEqual(codes(await client.waitForDiagnostics(uri, x => x.version === 1)), []);
      const anchors = [
        ['重点扶持30个信息产业化项目', 'GB18030'],
        ['30个信息基础设施建设项目"', 'UTF-16LE'],
        ['从中选择20～30户企业', 'UTF-16BE'],
      ];
      for (const [quote, name] of anchors) {
        const pos = positionOf(text, quote, 1);
        const h = await client.hover(uri, pos.line, pos.character);
        assert.match(h.contents.value, new RegExp(`· ${name} text`), name);
      }
    });

    test("in Chinese, the advice names VS Code's Chinese command", async () => {
      const uri = uriOf(at('plan-utf16le.plan.yaml')); // opened above, as UTF-8
      await client.setSettings({ locale: 'zh-cn' });
      const p = await client.waitForDiagnostics(uri, x => /通过编码重新打开/.test(x.diagnostics[0]?.message ?? ''));
      assert.match(
        p.diagnostics[0].message,
        /以错误的编码打开了此文件：它是UTF-16LE编码的文本。.*“通过编码重新打开”，再选择“UTF-16 LE”/,
      );
      await client.setSettings({});
    });
  });
}
