// `planlint draft`: prints the draft or writes --out FILE, never over an existing file (nor through a
// symbolic link); sources.main.path is relative to where the draft goes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { core, planlint, repoRoot } from '../helpers.mjs';

const seed = join(repoRoot, 'seeds/sources/002_2ea8478a7288cd88.txt');
function scratch() {
  const dir = mkdtempSync(join(tmpdir(), 'planlint-draft-cli-'));
  writeFileSync(join(dir, 'planlint.config.yaml'), 'rules: {}\n');
  mkdirSync(join(dir, 'sources'));
  copyFileSync(seed, join(dir, 'sources/digital.txt'));
  return dir;
}

test('draft prints the draft; the source path is relative to the current folder; --id names it', () => {
  const dir = scratch();
  const r = planlint(['draft', 'sources/digital.txt', '--id', 'sx-digital'], dir);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /^planlint: 1$/m);
  assert.match(r.out, /^ {2}id: sx-digital$/m);
  assert.match(r.out, /^ {4}path: "sources\/digital\.txt"$/m);
});

test('draft --out writes the file, its source path relative to the file, and it checks clean', () => {
  const dir = scratch();
  const r = planlint(['draft', 'sources/digital.txt', '--out', 'plans/digital.plan.yaml'], dir);
  assert.equal(r.code, 0, r.err);
  assert.equal(r.out, '');
  const text = readFileSync(join(dir, 'plans/digital.plan.yaml'), 'utf8');
  assert.match(text, /^ {4}path: "\.\.\/sources\/digital\.txt"$/m);
  assert.match(text, /^ {2}id: digital$/m);
  const checked = planlint(['--format', 'json', 'plans'], dir);
  const codes = JSON.parse(checked.out).map(d => d.code);
  for (const code of core.DRAFT_NEVER_GIVES) {
    assert.ok(!codes.includes(code), `${code}: ${checked.out}`);
  }
});

test('draft never overwrites a file: exit 2, a clear message, the file as it was', () => {
  const dir = scratch();
  writeFileSync(join(dir, 'mine.plan.yaml'), 'keep me\n');
  const r = planlint(['draft', 'sources/digital.txt', '--out', 'mine.plan.yaml'], dir);
  assert.equal(r.code, 2);
  assert.match(r.err, /'mine\.plan\.yaml' exists: a draft never overwrites a file/);
  assert.equal(readFileSync(join(dir, 'mine.plan.yaml'), 'utf8'), 'keep me\n');
});

test('draft does not write through a symbolic link, even one that points nowhere', () => {
  const dir = scratch();
  symlinkSync(join(dir, 'elsewhere.yaml'), join(dir, 'link.plan.yaml'));
  const r = planlint(['draft', 'sources/digital.txt', '--out', 'link.plan.yaml'], dir);
  assert.equal(r.code, 2);
  assert.match(r.err, /exists: a draft never overwrites a file/);
  assert.equal(existsSync(join(dir, 'elsewhere.yaml')), false);
});

test('draft: a document that cannot be read, or is not text, or no document at all: exit 2', () => {
  const dir = scratch();
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0, 1, 2, 0xff, 0xfe, 0]));
  assert.equal(planlint(['draft', 'missing.txt'], dir).code, 2);
  const binary = planlint(['draft', 'binary.txt'], dir);
  assert.equal(binary.code, 2);
  assert.match(binary.err, /not text in UTF-8, UTF-16 or GB18030/);
  const none = planlint(['draft'], dir);
  assert.equal(none.code, 2);
  assert.match(none.err, /Usage: planlint draft/);
});

test('draft of a GB18030 copy prints the same draft as of the UTF-8 original', () => {
  const dir = mkdtempSync(join(tmpdir(), 'planlint-draft-cli-'));
  copyFileSync(join(repoRoot, 'test/fixtures/encodings/sources/001.gb18030.txt'), join(dir, '001.txt'));
  const encoded = planlint(['draft', '001.txt'], dir);
  copyFileSync(join(repoRoot, 'seeds/sources/001_9b1133b78090ed6f.txt'), join(dir, '001.txt'));
  const original = planlint(['draft', '001.txt'], dir);
  assert.equal(encoded.code, 0, encoded.err);
  assert.equal(encoded.out, original.out);
});

test('draft --explain prints each number of the document with its role and why (pinned for two documents)', () => {
  for (const name of ['b02-lanjiang-logistics-3yr', 'c04-province-digital-midterm']) {
    const dir = join(repoRoot, 'test/fixtures/documents');
    const r = planlint(['draft', '--explain', `dev/${name}.txt`], dir);
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out, readFileSync(join(dir, `explain/${name}.explain.txt`), 'utf8'), name);
    assert.match(r.out, /\tbaseline: /);
    assert.match(r.out, /\ttarget: /);
  }
});
