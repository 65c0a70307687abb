// Fuzzing the document readers: random bytes, and good documents with random bytes spliced in, named
// .docx, .html or .pdf, always give paragraphs or a failure code, never an exception. Short here;
// `npm run fuzz` runs it longer (FUZZ_RUNS).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { core } from '../helpers.mjs';
import { docxOf, htmlOf, pdfOf } from '../documents.mjs';

const RUNS = Math.max(10, Math.round(Number(process.env.FUZZ_RUNS ?? 120) / 6));
const SEED = Number(process.env.FUZZ_SEED ?? 20261207);
const CODES = new Set([
  'notText',
  'notZip',
  'word97',
  'encrypted',
  'tooManyEntries',
  'unpackedTooLarge',
  'noMainPart',
  'xmlDoctype',
  'xmlTooDeep',
  'xmlMalformed',
  'textTooLarge',
  'pdfInvalid',
  'pdfPassword',
  'pdfScan',
  'pdfTooManyPages',
  'pdfTooManyObjects',
  'pdfTimeout',
]);

async function readsOrRefuses(name, bytes) {
  const r = await core.readDocument(name, bytes, 1024 * 1024);
  if (r.ok) {
    assert.equal(typeof r.value.text, 'string');
    assert.ok(!/[\r\u2028\u2029]/.test(r.value.text));
  } else assert.ok(CODES.has(r.code), r.code);
}

const samples = {
  docx: await docxOf([
    '一、总体要求',
    {
      table: [
        ['指标', '2020年'],
        ['增加值', '5'],
      ],
    },
    '正文。',
  ]),
  html: Buffer.from(htmlOf(['一、总体要求', '正文。'])),
  pdf: await pdfOf(['一、总体要求', '正文。']),
};

for (const form of ['docx', 'html', 'pdf']) {
  test(`.${form}: random bytes, and a real ${form} with bytes overwritten, never throw`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), bytes => readsOrRefuses(`x.${form}`, bytes)),
      { numRuns: RUNS, seed: SEED },
    );
    const base = samples[form];
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(base.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }),
        async edits => {
          const bytes = Buffer.from(base);
          for (const [at, b] of edits) bytes[at] = b;
          await readsOrRefuses(`x.${form}`, bytes);
        },
      ),
      { numRuns: RUNS, seed: SEED },
    );
  });
}
