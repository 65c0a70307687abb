// The output formats on hostile and huge input, without running rules: any number of diagnostics,
// file names and messages holding terminal escapes, workflow commands, XML-invalid characters,
// SARIF embedded links. And stderr, whose messages name files from the repository.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../helpers.mjs';

const { REPORTERS } = createRequire(import.meta.url)(join(repoRoot, 'dist/cli.js'));
const ctx = { color: false, toolVersion: '0.0.0', cwd: '/ws/a b#c', locale: 'en' };
const diag = (message, line = 0, code = 'unit-unknown', severity = 'warning') => ({
  message,
  code,
  severity,
  range: { start: { line, character: 0 }, end: { line, character: 1 } },
});
const report = (file, diagnostics) => ({ file, diagnostics, suppressed: [], source: 'x: 1\n' });

const ESC = '\x1b]52;c;ZXZpbA==\x07\x1b[2J\x9b31m';
const HOSTILE_FILE = `::error title=X::Y${ESC}.plan.yaml`;
const HOSTILE_MSG = `a\u0000b${ESC}c\uffff\ud800d[x](command:workbench.action.terminal.new)\r\n::warning::e\u2028`;

test('stylish handles 130,000 diagnostics in one file (it used to overflow the stack), the others 20,000', () => {
  const many = Array.from({ length: 130_000 }, (_, i) => diag(`m${i}`, i));
  assert.match(
    REPORTERS.stylish([report('big.plan.yaml', many)], ctx),
    /✖ 130000 problems \(0 errors, 130000 warnings\) in 1 file\n$/,
  );
  // No reporter spreads diagnostics into arguments; this keeps npm test fast (SARIF is the slowest).
  for (const [name, reporter] of Object.entries(REPORTERS)) {
    assert.ok(reporter([report('big.plan.yaml', many.slice(0, 20_000))], ctx).includes('m19999'), name);
  }
});

test('stylish and github: no control character reaches the terminal, no line starts with repository text', () => {
  const reports = [report(HOSTILE_FILE, [diag(HOSTILE_MSG)])];
  for (const name of ['stylish', 'github']) {
    const out = REPORTERS[name](reports, ctx);
    assert.doesNotMatch(
      out.replace(/\n/g, ''),
      /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/,
      `${name}: ${JSON.stringify(out)}`,
    );
    assert.ok(out.includes('\\u001b]52;c;ZXZpbA==\\u0007'), `${name} shows the escape as text`);
    const commands = out.split('\n').filter(l => /^\s*::/.test(l));
    if (name === 'stylish') assert.deepEqual(commands, [], 'stylish: no line is a workflow command');
    else assert.equal(commands.length, 1, 'github: exactly the one command it means');
  }
  const gh = REPORTERS.github(reports, ctx);
  assert.match(gh, /^::warning file=%3A%3Aerror title=X%3A%3AY\\u001b\]52;c;ZXZpbA==\\u0007/);
  assert.match(gh, /%0D%0A:\\u003awarning:\\u003ae\\u2028\n$/, 'line breaks stay inside the command; `::` broken');
});

/** A strict XML 1.0 well-formedness check: legal characters, tags that nest, quoted attributes, known references. */
function assertWellFormedXml(xml) {
  assert.doesNotMatch(xml, /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\ud800-\udfff]/u, 'an XML-invalid character');
  assert.ok(!/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(xml), 'a lone surrogate');
  const body = xml.replace(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n/, '');
  const stack = [];
  let rest = body,
    roots = 0;
  const tag = /^<(\/?)([A-Za-z_][\w.-]*)((?:\s+[A-Za-z_][\w.:-]*="[^"<]*")*)\s*(\/?)>/;
  while (rest.length) {
    const lt = rest.indexOf('<');
    const text = lt < 0 ? rest : rest.slice(0, lt);
    for (const m of text.matchAll(/&([^;]*);|&/g))
      assert.match(m[0], /^&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);$/, `bad reference ${m[0]}`);
    if (!stack.length) assert.match(text, /^\s*$/, 'text outside the root');
    if (lt < 0) break;
    const m = tag.exec(rest.slice(lt));
    assert.ok(m, `not a tag: ${rest.slice(lt, lt + 60)}`);
    for (const a of m[3].matchAll(/="([^"]*)"/g))
      for (const r of a[1].matchAll(/&([^;]*);|&/g))
        assert.match(r[0], /^&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);$/);
    if (m[1]) assert.equal(stack.pop(), m[2], 'tags nest');
    else if (!m[4]) {
      if (!stack.length) roots++;
      stack.push(m[2]);
    } else if (!stack.length) roots++;
    rest = rest.slice(lt + m[0].length);
  }
  assert.deepEqual(stack, []);
  assert.equal(roots, 1);
}

test('junit: well-formed XML whatever the file names and messages hold', () => {
  const xml = REPORTERS.junit([report(HOSTILE_FILE, [diag(HOSTILE_MSG), diag('<&>"\'', 1, 'x"y<z>')])], ctx);
  assertWellFormedXml(xml);
  assert.ok(xml.includes('\\uffff') && xml.includes('\\ud800'), 'invalid characters show as text');
  assert.throws(() => assertWellFormedXml('<a>\uffff</a>'), 'the check itself rejects U+FFFF');
  assert.throws(() => assertWellFormedXml('<a b="&c"></a>'), 'and a bad reference');
});

/** Every string in a parsed JSON value: well-formed Unicode and no noncharacter U+FFFE/U+FFFF. */
function assertCleanStrings(v, where = '') {
  if (typeof v === 'string') {
    assert.ok(v.isWellFormed(), `lone surrogate at ${where}`);
    assert.doesNotMatch(v, /[\ufffe\uffff]/, `noncharacter at ${where}`);
  } else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) assertCleanStrings(x, `${where}.${k}`);
}

test('sarif and gitlab: well-formed JSON text; SARIF escapes embedded links and percent-encodes artifact URIs', () => {
  const reports = [report('dir #1/a b?c%中.plan.yaml', [diag(HOSTILE_MSG)])];
  for (const name of ['sarif', 'gitlab']) {
    const out = REPORTERS[name](reports, ctx);
    assertCleanStrings(JSON.parse(out));
  }
  const run = JSON.parse(REPORTERS.sarif(reports, ctx)).runs[0];
  const result = run.results[0];
  assert.equal(result.locations[0].physicalLocation.artifactLocation.uri, 'dir%20%231/a%20b%3Fc%25%E4%B8%AD.plan.yaml');
  assert.equal(run.originalUriBaseIds['%SRCROOT%'].uri, 'file:///ws/a%20b%23c/');
  assert.ok(result.message.text.includes('\\[x\\](command:workbench.action.terminal.new)'), result.message.text);
  assert.doesNotMatch(result.message.text.replace(/\\[[\]]/g, ''), /[[\]]/, 'no bracket left unescaped');
});

test('stderr: a file name holding escape sequences is shown escaped', () => {
  const dir = mkdtempSync(join(tmpdir(), 'planlint-stderr-'));
  writeFileSync(join(dir, 'planlint.config.yaml'), 'rules: {}\n');
  const name = `missing${ESC}.plan.yaml`;
  const r = spawnSync(process.execPath, [join(repoRoot, 'bin/planlint.js'), name, `--format=${ESC}`], {
    cwd: dir,
    encoding: 'utf8',
  });
  assert.equal(r.status, 2);
  assert.doesNotMatch(r.stderr.replace(/\n/g, ''), /[\u0000-\u001f\u007f-\u009f]/, JSON.stringify(r.stderr));
  assert.match(r.stderr, /unknown format '\\u001b\]52;c;ZXZpbA'/);
  const r2 = spawnSync(process.execPath, [join(repoRoot, 'bin/planlint.js'), name], { cwd: dir, encoding: 'utf8' });
  assert.equal(r2.status, 2);
  assert.match(r2.stderr, /missing\\u001b\]52;c;ZXZpbA==\\u0007/);
  assert.doesNotMatch(r2.stderr.replace(/\n/g, ''), /[\u0000-\u001f\u007f-\u009f]/, JSON.stringify(r2.stderr));
});
