// `planlint doc` (the contract's *Checking a document directly*): a document drafted in memory and
// checked, its findings at its own positions (a line of a text file, a paragraph of a Word file), the
// plan-file codes left out, every format, the checker's exit codes, --explain, unreadable documents.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../helpers.mjs';
import { docxOf } from '../documents.mjs';

const bin = join(repoRoot, 'bin/planlint.js');
const dev = join(repoRoot, 'test/fixtures/documents/dev');
function planlint(args, cwd = repoRoot) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', LANG: 'C', LC_ALL: '' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const scratch = () => realpathSync(mkdtempSync(join(tmpdir(), 'planlint-doc-')));

test('the seed documents: exactly the findings seeds/README.md proves, at their paragraphs, with related places', () => {
  const r = planlint(['doc', 'seeds/sources', '--format', 'json']);
  assert.equal(r.code, 0, r.err);
  const found = JSON.parse(r.out);
  assert.deepEqual(
    found.map(d => [d.file, d.code, d.paragraph]),
    [
      ['seeds/sources/004_20b7e8ad50f7031c.txt', 'growth-mismatch', 124],
      ['seeds/sources/004_20b7e8ad50f7031c.txt', 'growth-mismatch', 124],
    ],
  );
  for (const d of found) {
    assert.equal(d.line, 251, 'a text file: the line of the quoted span');
    assert.ok(
      d.related.some(x => x.paragraph === 10),
      JSON.stringify(d.related),
    );
    assert.match(d.message, /¶10/);
  }
});

test('a planted error: exit 1, the finding on the document, no file written beside it', () => {
  const dir = scratch();
  copyFileSync(join(dev, 'c01-province-digital-transform.txt'), join(dir, 'c01.txt'));
  const r = planlint(['doc', 'c01.txt'], dir);
  assert.equal(r.code, 1, r.out + r.err);
  assert.match(r.out, /funding-cap-conflict/);
  assert.match(r.out, /^ {2}13:\d+ +error +¶13: /m);
  assert.deepEqual(spawnSync('ls', ['-A', dir], { encoding: 'utf8' }).stdout.trim().split('\n'), ['c01.txt']);
});

test('every format: SARIF names the document and its related places; github, junit and gitlab run', () => {
  const dir = scratch();
  copyFileSync(join(dev, 'c01-province-digital-transform.txt'), join(dir, 'c01.txt'));
  copyFileSync(join(repoRoot, 'seeds/sources/004_20b7e8ad50f7031c.txt'), join(dir, '004.txt'));
  const sarif = JSON.parse(planlint(['doc', '004.txt', '--format', 'sarif'], dir).out);
  const results = sarif.runs[0].results;
  assert.equal(results.length, 2);
  assert.equal(results[0].locations[0].physicalLocation.artifactLocation.uri, '004.txt');
  // ¶10 of the document is its line 20 (blank lines between paragraphs).
  const related = results[0].relatedLocations;
  assert.ok(
    related.some(x => x.message.text === '¶10' && x.physicalLocation.region.startLine === 20),
    JSON.stringify(related),
  );
  for (const format of ['github', 'junit', 'gitlab', 'stylish']) {
    const r = planlint(['doc', 'c01.txt', '--format', format], dir);
    assert.equal(r.code, 1, `${format}: ${r.err}`);
    assert.match(r.out, /c01\.txt/, format);
  }
});

test('a Word document: the line is the paragraph, the columns count inside it', async () => {
  const dir = scratch();
  const paragraphs = [
    '江川省“十四五”文化产业发展规划',
    '到2025年，全省文化及相关产业增加值由2020年的1120亿元增加到1800亿元，年均增长8%。',
  ];
  writeFileSync(join(dir, 'plan.docx'), await docxOf(paragraphs));
  const r = planlint(['doc', 'plan.docx', '--format', 'json'], dir);
  const [d] = JSON.parse(r.out);
  assert.equal(d.code, 'growth-mismatch', r.out + r.err);
  assert.equal(d.paragraph, 2);
  assert.equal(d.line, 2);
  const text = paragraphs[1];
  assert.equal(
    text.slice(d.column - 1, d.endColumn - 1).endsWith('8%'),
    true,
    text.slice(d.column - 1, d.endColumn - 1),
  );
});

test('--explain shows the drafted reading behind each finding', () => {
  const r = planlint(['doc', 'seeds/sources/004_20b7e8ad50f7031c.txt', '--explain']);
  assert.match(r.out, /drafted from: growth: \{ value: "年均增长11%"/);
});

test('a document that cannot be read: one source-missing error at 1:1 with the reason', () => {
  const dir = scratch();
  writeFileSync(join(dir, 'fake.docx'), 'not a zip archive');
  const r = planlint(['doc', 'fake.docx', '--format', 'json'], dir);
  assert.equal(r.code, 1);
  const [d] = JSON.parse(r.out);
  assert.deepEqual([d.code, d.line, d.column, d.paragraph], ['source-missing', 1, 1, 1]);
  assert.match(d.message, /docx/);
  const empty = scratch();
  assert.equal(planlint(['doc', '.'], empty).code, 2, 'a folder with no document');
});
