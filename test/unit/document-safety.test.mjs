// Hostile source documents (they come with pull requests too): a zip bomb is refused before it is all
// unpacked, a DTD is never read, a page's scripts never run, a PDF's JavaScript is ignored, and a
// malformed file of each form is `source-missing` with its reason, never a crash.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { check, core } from '../helpers.mjs';
import { docxOf, pdfOf } from '../documents.mjs';

const LIMIT = 16 * 1024 * 1024;
const readAs = (name, bytes) => core.readDocument(name, bytes, LIMIT);

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
/** A minimal Word package around a main document part (and any other parts). */
function wordPackage(documentXml, extra = {}) {
  return zipSync(
    {
      '[Content_Types].xml': strToU8(
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.' +
          'wordprocessingml.document.main+xml"/></Types>',
      ),
      '_rels/.rels': strToU8(
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
          '<Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/' +
          'officeDocument" Target="word/document.xml"/></Relationships>',
      ),
      'word/document.xml': typeof documentXml === 'string' ? strToU8(documentXml) : documentXml,
      ...extra,
    },
    { level: 1 },
  );
}
const body = inner => `<?xml version="1.0"?><w:document ${W}><w:body>${inner}</w:body></w:document>`;

describe('Word files', () => {
  test('a hand-made package reads (the hostile variants below differ from it in one thing)', async () => {
    const r = await readAs('ok.docx', wordPackage(body('<w:p><w:r><w:t>正文</w:t></w:r></w:p>')));
    assert.deepEqual(r, { ok: true, value: { text: '正文', form: 'docx' } });
  });

  test('a zip bomb is refused at the limit, not unpacked whole', async () => {
    // 40 MiB (past the 16 MiB limit) that deflates to a few hundred kilobytes.
    const para = strToU8(body(`<w:p><w:r><w:t>${'炸'.repeat(1 << 20)}</w:t></w:r></w:p>`));
    const big = new Uint8Array(40 * 1024 * 1024);
    big.set(para.subarray(0, para.length - 30));
    const bomb = wordPackage(big);
    assert.ok(bomb.length < 2 * 1024 * 1024, `${bomb.length} bytes`);
    const started = performance.now();
    const before = process.memoryUsage().arrayBuffers;
    assert.deepEqual(await readAs('bomb.docx', bomb), { ok: false, code: 'unpackedTooLarge' });
    assert.ok(performance.now() - started < 5000);
    assert.ok(process.memoryUsage().arrayBuffers - before < 128 * 1024 * 1024);
  });

  test('an archive of more than 10,000 entries is refused unread', async () => {
    const entries = {};
    for (let i = 0; i <= 10_000; i++) entries[`junk/${i}.xml`] = strToU8('x');
    const r = await readAs('many.docx', wordPackage(body(''), entries));
    assert.deepEqual(r, { ok: false, code: 'tooManyEntries' });
  });

  test('a DOCTYPE (entity expansion, external entities) is refused, never resolved', async () => {
    const laughs =
      '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "哈哈哈哈哈哈哈哈哈哈">' +
      '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">' +
      '<!ENTITY x SYSTEM "file:///etc/passwd">]>' +
      `<w:document ${W}><w:body><w:p><w:r><w:t>&c;&x;</w:t></w:r></w:p></w:body></w:document>`;
    assert.deepEqual(await readAs('laughs.docx', wordPackage(laughs)), { ok: false, code: 'xmlDoctype' });
  });

  test('XML nested past the limit is refused', async () => {
    const deep = body(`${'<w:sdt><w:sdtContent>'.repeat(200)}${'</w:sdtContent></w:sdt>'.repeat(200)}`);
    assert.deepEqual(await readAs('deep.docx', wordPackage(deep)), { ok: false, code: 'xmlTooDeep' });
  });

  test('malformed: not a zip, a Word 97 file, a truncated package, broken XML, no main part', async () => {
    const good = await docxOf(['正文']);
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]);
    const cases = [
      ['text.docx', Buffer.from('not a zip at all'), 'notZip'],
      ['old.docx', ole, 'word97'],
      ['cut.docx', good.subarray(0, good.length >> 1), 'notZip'],
      ['broken.docx', wordPackage(`<w:document ${W}><w:body><w:p>`), 'xmlMalformed'],
      ['empty.docx', zipSync({ 'a.txt': strToU8('a') }), 'noMainPart'],
    ];
    for (const [name, bytes, code] of cases) assert.deepEqual(await readAs(name, bytes), { ok: false, code }, name);
  });
});

describe('web pages', () => {
  test('scripts never run and are not text; event handlers and URLs are not followed', async () => {
    globalThis.__planlintPwned = undefined;
    const html =
      '<html><head><script>globalThis.__planlintPwned = 1</script><link rel="stylesheet" href="http://127.0.0.1:1/x.css">' +
      '</head><body><img src="x" onerror="globalThis.__planlintPwned = 2"><p>正文</p>' +
      '<script src="http://127.0.0.1:1/x.js"></script><iframe src="http://127.0.0.1:1/"></iframe></body></html>';
    const r = await readAs('x.html', Buffer.from(html));
    assert.deepEqual(r, { ok: true, value: { text: '正文', form: 'html' } });
    assert.equal(globalThis.__planlintPwned, undefined);
  });

  test('malformed: bytes that are no text in any encoding; nesting past the limit reads as flat', async () => {
    const junk = Buffer.from([0x3c, 0x70, 0x3e, 0x00, 0x01, 0x02, 0xff, 0xfe, 0xfd]);
    assert.deepEqual(await readAs('junk.html', junk), { ok: false, code: 'notText' });
    const deep = `${'<div>'.repeat(5000)}深处${'</div>'.repeat(5000)}<p>之后</p>`;
    const r = await readAs('deep.html', Buffer.from(deep));
    assert.ok(r.ok);
    assert.deepEqual(r.value.text.split('\n'), ['深处', '之后']);
  });
});

describe('PDF', () => {
  /** A one-page PDF, made here, whose OpenAction and page action run JavaScript. */
  function pdfWithJavaScript() {
    const objects = [
      '<< /Type /Catalog /Pages 2 0 R /OpenAction 5 0 R /Names << /JavaScript << /Names [(a) 5 0 R] >> >> >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Contents 4 0 R /AA << /O 5 0 R >> ' +
        '/Resources << /Font << /F1 6 0 R >> >> >>',
      null,
      '<< /S /JavaScript /JS (globalThis.__planlintPdf = 1; app.launchURL\\("http://127.0.0.1:1/"\\);) >>',
      '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    ];
    const stream = 'BT /F1 12 Tf 20 150 Td (Plan text) Tj ET';
    objects[3] = `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`;
    let out = '%PDF-1.7\n';
    const offsets = objects.map((o, i) => {
      const at = out.length;
      out += `${i + 1} 0 obj\n${o}\nendobj\n`;
      return at;
    });
    const xref = out.length;
    out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
    for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
    out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
    return Buffer.from(out, 'latin1');
  }

  test('JavaScript and actions are ignored: the text is read, nothing runs', async () => {
    const r = await readAs('js.pdf', pdfWithJavaScript());
    assert.deepEqual(r, { ok: true, value: { text: 'Plan text', form: 'pdf' } });
    assert.equal(globalThis.__planlintPdf, undefined);
  });

  test('malformed: not a PDF, a truncated PDF', async () => {
    const good = await pdfOf(['正文']);
    assert.deepEqual(await readAs('x.pdf', Buffer.from('%PDF-1.7 nothing else')), { ok: false, code: 'pdfInvalid' });
    assert.deepEqual(await readAs('t.pdf', good.subarray(0, 200)), { ok: false, code: 'pdfInvalid' });
  });
});

test('a refused document is source-missing with its reason, on its entry, and the check goes on', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'planlint-hostile-'));
  writeFileSync(join(dir, 'bomb.docx'), wordPackage(new Uint8Array(24 * 1024 * 1024)));
  writeFileSync(
    join(dir, 'p.plan.yaml'),
    'planlint: 1\nplan: { id: t, title: 测试, period: [2016, 2020], baseline_year: 2015 }\n' +
      'sources:\n  main: { path: bomb.docx }\n' +
      'indicators:\n  a: { name: 指标, unit: 亿元, direction: increase, targets: [{ year: 2020, value: 5, source: main#p1 }] }\n',
  );
  const diags = await check(join(dir, 'p.plan.yaml'));
  const missing = diags.filter(d => d.code === 'source-missing');
  assert.equal(missing.length, 1);
  assert.equal(missing[0].range.start.line, 3);
  assert.match(missing[0].message, /unpack to more than the size limit/);
});
