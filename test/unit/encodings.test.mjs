// The contract's *Text encodings*: UTF-8, UTF-16 with a byte-order mark and GB18030 are read as text;
// what is not text is one `encoding` error on a plan or registry, `source-missing` for a source.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkResult, check, core, diskHost, found, repoRoot } from '../helpers.mjs';

const dir = join(repoRoot, 'test/fixtures/encodings');
const bom = { le: Buffer.from([0xff, 0xfe]), be: Buffer.from([0xfe, 0xff]) };
const utf16le = s => Buffer.concat([bom.le, Buffer.from(s, 'utf16le')]);
const utf16be = s => {
  const b = Buffer.from(s, 'utf16le');
  b.swap16();
  return Buffer.concat([bom.be, b]);
};

/** A GB18030 encoder for the BMP, the inverse of TextDecoder's table (independent of the code under test's choices). */
const gbTable = (() => {
  const map = new Map();
  const d = new TextDecoder('gb18030', { fatal: true });
  const add = bytes => {
    let c;
    try {
      c = d.decode(Uint8Array.from(bytes));
    } catch {
      return;
    } // unassigned
    if (c.length === 1 && !map.has(c)) map.set(c, bytes);
  };
  for (let a = 0x81; a <= 0xfe; a++) for (let b = 0x40; b <= 0xfe; b++) if (b !== 0x7f) add([a, b]);
  for (let a = 0x81; a <= 0x84; a++)
    for (let b = 0x30; b <= 0x39; b++) {
      for (let c = 0x81; c <= 0xfe; c++) for (let e = 0x30; e <= 0x39; e++) add([a, b, c, e]);
    }
  return map;
})();
function gb18030(s) {
  const out = [];
  for (const ch of s) {
    if (ch.charCodeAt(0) < 0x80) {
      out.push(ch.charCodeAt(0));
      continue;
    }
    const b = gbTable.get(ch);
    if (!b) throw new Error(`no GB18030 bytes for U+${ch.codePointAt(0).toString(16)}`);
    out.push(...b);
  }
  return Buffer.from(out);
}

test('decodeText: UTF-8 first, then the byte-order mark, then GB18030; the encoding is kept', () => {
  const text = 'planlint: 1\n# 规划\t纲要\r\n\f';
  const cases = [
    [Buffer.from(text), 'utf-8'],
    [Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), 'utf-8'],
    [utf16le(text), 'utf-16le'],
    [utf16be(text), 'utf-16be'],
    [gb18030(text), 'gb18030'],
    [Buffer.concat([Buffer.from([0x84, 0x31, 0x95, 0x33]), gb18030(text)]), 'gb18030'], // GB18030's own mark
  ];
  for (const [bytes, encoding] of cases) assert.deepEqual(core.decodeText(bytes), { text, encoding }, encoding);
  assert.equal(core.decodeText(new Uint8Array()).text, '', 'an empty file is text');
});

test('decodeText: NUL, U+FFFD, control characters, broken marks and truncated sequences are not text', () => {
  const bad = [
    Buffer.from('a\u0000b'),
    Buffer.from('a\ufffdb'),
    Buffer.from('a\u000bb'),
    Buffer.from('a\u001b[2Jb'),
    Buffer.from('a\u007fb'),
    Buffer.from('a\u0085b'),
    gb18030('规划\u0001'),
    utf16le('规划\u0000'),
    Buffer.from([0xff, 0xfe, 0x41]), // UTF-16 mark, odd length
    Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]), // UTF-16 with a lone surrogate
    Buffer.from([0xef, 0xbb, 0xbf, 0xd6, 0xd0]), // a UTF-8 mark on GB18030 bytes
    Buffer.from([0x70, 0xe9, 0x0a]), // Latin-1
    Buffer.from([0xd6, 0xd0, 0xb9]), // GB18030 cut in the middle of a character
    Buffer.from('规划', 'utf16le'), // UTF-16 without a mark is not one of the encodings
  ];
  for (const b of bad) assert.equal(core.decodeText(b), undefined, b.toString('hex'));
});

/** What each plan of the fixture folder gives: `line:code`. The folder is its own root (its config is GB18030). */
const EXPECTED = {
  'binary.plan.yaml': ['1:encoding'],
  'gb18030-control.plan.yaml': ['1:encoding'],
  'include-not-text.plan.yaml': ['4:unknown-reference'],
  'not-text.orgs.yaml': ['1:encoding'],
  'plan-gb18030.plan.yaml': [],
  'plan-utf16be.plan.yaml': [],
  'plan-utf16le.plan.yaml': [],
  'registry-gb18030.orgs.yaml': [],
  'sources-encoded.plan.yaml': [],
  'sources-not-text.plan.yaml': ['5:source-missing', '6:source-missing', '7:source-missing'],
  'utf16-no-bom.plan.yaml': ['1:encoding'],
  'utf8-replacement.plan.yaml': ['1:encoding'],
};

test('the encodings fixtures: each encoding is read; what is not text fires', async () => {
  const plans = readdirSync(dir)
    .filter(f => /\.(plan|orgs)\.yaml$/.test(f))
    .sort();
  assert.deepEqual(plans, Object.keys(EXPECTED).sort(), 'every fixture has an expectation');
  for (const f of plans) assert.deepEqual(found(await check(join(dir, f), { root: dir })), EXPECTED[f], f);
  const [d] = await check(join(dir, 'binary.plan.yaml'), { root: dir, locale: 'zh-cn' });
  const start = { line: 0, character: 0 };
  assert.deepEqual([d.severity, d.range], ['error', { start, end: start }]);
  assert.match(
    d.message,
    /不是 UTF-8、UTF-16（带字节顺序标记）或GB18030编码的文本，不予检查：其字节在这些编码中均无效$/,
  );
  // Where it decodes, the message says what to look for and where.
  const why = async f => (await check(join(dir, f), { root: dir }))[0].message;
  assert.match(await why('gb18030-control.plan.yaml'), /: it holds U\+000B on line 5$/);
  assert.match(await why('utf8-replacement.plan.yaml'), /: it holds U\+FFFD on line 5$/);
  assert.match(await why('binary.plan.yaml'), /: its bytes are not valid in any of these encodings$/);
});

test('encoding is configurable like any rule, and a config saved as UTF-16 or GB18030 is read', async () => {
  const d = realpathSync(mkdtempSync(join(tmpdir(), 'planlint-enc-')));
  writeFileSync(join(d, 'planlint.config.yaml'), utf16le('# 配置\nrules: { encoding: warning }\n'));
  writeFileSync(join(d, 'bin.plan.yaml'), Buffer.from([0, 1, 2, 3]));
  const session = new core.Session(diskHost, { cwd: d });
  const r = await (await session.projectFor(join(d, 'bin.plan.yaml'))).check(join(d, 'bin.plan.yaml'));
  assert.deepEqual(r.config.problems, []);
  assert.deepEqual(
    r.diagnostics.map(x => [x.code, x.severity]),
    [['encoding', 'warning']],
  );
  writeFileSync(join(d, 'planlint.config.yaml'), gb18030('# 配置\nrules: { encoding: off }\n'));
  assert.deepEqual((await new core.Project(diskHost, d).check(join(d, 'bin.plan.yaml'))).diagnostics, []);
});

test('every seed anchor resolves, and every seed gives the same diagnostics, saved as GB18030 or UTF-16', async () => {
  const files = new Map();
  const walk = rel => {
    for (const e of readdirSync(join(repoRoot, rel), { withFileTypes: true })) {
      if (e.isDirectory()) walk(`${rel}/${e.name}`);
      else files.set(`/ws/${rel}/${e.name}`, readFileSync(join(repoRoot, rel, e.name), 'utf8'));
    }
  };
  walk('seeds');
  const plans = [...files.keys()].filter(k => k.endsWith('.plan.yaml'));
  const run = async encode => {
    const host = {
      async readFile(uri) {
        if (!files.has(uri)) throw new Error('not found');
        return encode(files.get(uri));
      },
    };
    const out = [];
    for (const p of plans) {
      const r = await checkResult(host, '/ws/seeds', p);
      for (const d of r.diagnostics) {
        out.push([p, d.range.start.line, d.range.start.character, d.code, d.message].join());
      }
    }
    return out;
  };
  const utf8 = await run(t => Buffer.from(t));
  assert.equal(utf8.filter(x => /source-(anchor|missing)/.test(x)).length, 0, 'the seed anchors resolve');
  for (const [name, encode] of [
    ['gb18030', gb18030],
    ['utf-16le', utf16le],
    ['utf-16be', utf16be],
  ]) {
    assert.deepEqual(await run(encode), utf8, name);
  }
});

test("the hover on a source anchor names the document's encoding when it is not UTF-8", async () => {
  const project = new core.Project(diskHost, realpathSync(dir));
  const plan = join(realpathSync(dir), 'sources-encoded.plan.yaml');
  const text = readFileSync(plan, 'utf8');
  const hover = async quote => (await project.hover(plan, text.indexOf(quote) + 1)).markdown;
  assert.match(await hover('重点扶持30个信息产业化项目'), /GB18030 副本.*· ¶\d+ · GB18030 text/);
  assert.match(await hover('30个信息基础设施建设项目"'), /· UTF-16LE text/);
  assert.match(await hover('从中选择20～30户企业'), /· UTF-16BE text/);
  assert.match(await hover('sources/001.utf16be.txt'), /· \d+ paragraphs · UTF-16BE text/);
  // While the document is open in the editor (an overlay), its file's encoding is still named.
  const doc = join(realpathSync(dir), 'sources/001.gb18030.txt');
  project.setOverlay(doc, new TextDecoder('gb18030').decode(readFileSync(doc)));
  assert.match(await hover('重点扶持30个信息产业化项目'), /· GB18030 text/);
  project.settings = { locale: 'zh-cn', overrides: {} };
  assert.match(await hover('重点扶持30个信息产业化项目'), /· GB18030 编码/);
  const seeds = new core.Project(diskHost, join(repoRoot, 'seeds'));
  const seedPlan = join(repoRoot, 'seeds/plans/sx-informatization-12th.plan.yaml');
  const h = await seeds.hover(seedPlan, readFileSync(seedPlan, 'utf8').indexOf('重点扶持30个信息产业化项目') + 1);
  assert.doesNotMatch(h.markdown, /UTF-8|GB18030|UTF-16/, 'a UTF-8 document: nothing to say');
});

test('editor: a plan buffer decoded in the wrong encoding: one encoding error saying how to reopen it', async () => {
  const root = realpathSync(dir);
  const project = new core.Project(diskHost, root);
  const cases = [
    ['plan-gb18030.plan.yaml', 'Simplified Chinese (GB18030)'],
    ['plan-utf16le.plan.yaml', 'UTF-16 LE'],
    ['plan-utf16be.plan.yaml', 'UTF-16 BE'],
  ];
  for (const [f, name] of cases) {
    const uri = join(root, f);
    project.setOverlay(uri, readFileSync(uri).toString('utf8')); // what an editor shows when it assumes UTF-8
    const r = await project.check(uri);
    assert.deepEqual(
      r.diagnostics.map(d => [d.range.start.line, d.code]),
      [[0, 'encoding']],
      f,
    );
    assert.ok(r.diagnostics[0].message.includes(`'Reopen with Encoding', then '${name}'`), r.diagnostics[0].message);
    assert.equal(await project.hover(uri, 10), undefined, 'no hovers on a wrong decoding');
  }
  project.settings = { locale: 'zh-cn', overrides: {} };
  const gb = join(root, 'plan-gb18030.plan.yaml');
  assert.match(
    (await project.check(gb)).diagnostics[0].message,
    /“通过编码重新打开”，再选择“Simplified Chinese \(GB18030\)”/,
  );
  // Near-misses: the buffer decoded right is checked as usual; a UTF-8 plan holding U+FFFD is simply not text.
  project.setOverlay(gb, new TextDecoder('gb18030').decode(readFileSync(gb)));
  assert.deepEqual((await project.check(gb)).diagnostics, []);
  const u8 = join(root, 'sources-encoded.plan.yaml');
  project.setOverlay(u8, readFileSync(u8, 'utf8').replace('编码副本', '编码\ufffd'));
  const r = await project.check(u8);
  assert.deepEqual(
    r.diagnostics.map(d => d.code),
    ['encoding'],
  );
  assert.doesNotMatch(r.diagnostics[0].message, /Reopen|通过编码/);
});

test('editor: a source open in the wrong encoding is read from its file, so anchors still resolve', async () => {
  const root = realpathSync(dir);
  const project = new core.Project(diskHost, root);
  for (const f of ['001.gb18030.txt', '001.utf16le.txt', '001.utf16be.txt']) {
    const doc = join(root, 'sources', f);
    project.setOverlay(doc, readFileSync(doc).toString('utf8'));
  }
  assert.deepEqual((await project.check(join(root, 'sources-encoded.plan.yaml'))).diagnostics, []);
  // No marks or citations on a buffer whose positions are not the file's; decoded right, they are back.
  const gb = join(root, 'sources/001.gb18030.txt');
  assert.deepEqual((await project.documents.citations(gb)).paragraphs, []);
  assert.equal(await project.documents.cite(gb, 0, 4), undefined);
  project.setOverlay(gb, new TextDecoder('gb18030').decode(readFileSync(gb)));
  assert.equal((await project.documents.citations(gb)).paragraphs.length, 1);
  assert.ok(await project.documents.cite(gb, 0, 4));
});
