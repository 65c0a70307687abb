// Edits that stay valid: every completion item and every quick fix offered on the rule fixtures, applied,
// gives YAML that parses, in both locales.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { core, diskHost, repoRoot } from '../helpers.mjs';

const dir = join(repoRoot, 'test/fixtures/rules');
const FIXTURES = readdirSync(dir)
  .filter(f => f.endsWith('.plan.yaml'))
  .sort();

/** A snippet as the editor inserts it: each `${n:default}` its default, each `${n|a,b|}` its first choice, `$n` nothing. */
const expand = s =>
  s
    .replace(/\$\{\d+\|([^,|}]*)[^}]*\|\}/g, '$1')
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\{?\d+\}?/g, '');
const parses = text => parseDocument(text, { uniqueKeys: false }).errors.map(e => e.message.split('\n')[0]);
const offsetOf = (text, pos) => {
  const lines = text.split('\n');
  let o = 0;
  for (let i = 0; i < pos.line; i++) o += lines[i].length + 1;
  return o + pos.character;
};
const applyEdits = (text, edits) =>
  [...edits]
    .map(e => ({ start: offsetOf(text, e.range.start), end: offsetOf(text, e.range.end), newText: e.newText }))
    .sort((a, b) => b.start - a.start)
    .reduce((t, e) => t.slice(0, e.start) + e.newText + t.slice(e.end), text);

/**
 * Where a user asks for completion, at the end of what they are typing: the end of each line (after a
 * value, after an empty `key: ` or `- `). A comment's text is not YAML to complete.
 */
function places(text) {
  const out = [];
  let o = 0;
  for (const line of text.split('\n')) {
    const code = line.replace(/\s+#.*$/, '');
    if (!/^\s*#/.test(line)) out.push(o + code.length);
    o += line.length + 1;
  }
  return [...new Set(out)];
}

for (const locale of ['en', 'zh-cn']) {
  test(`every completion item and every quick fix on the rule fixtures gives YAML that parses (${locale})`, async () => {
    const session = new core.Session(diskHost, { cwd: dir });
    session.applySettings({ locale, overrides: {} });
    const bad = [];
    let completions = 0,
      fixes = 0;
    for (const f of FIXTURES) {
      const uri = join(dir, f);
      const project = await session.projectFor(uri);
      const checked = await project.check(uri);
      assert.ok(checked.ok, f);
      const text = checked.file.text;
      if (parses(text).length) continue; // a yaml-syntax fixture: its fixes are tried below on their own
      for (const at of places(text)) {
        const r = await project.completion(uri, at);
        const seen = new Set();
        for (const item of r.items) {
          const insert = item.snippet ? expand(item.insertText) : item.insertText;
          if (seen.has(insert)) continue;
          seen.add(insert);
          completions++;
          const edited = text.slice(0, r.replaceStart) + insert + text.slice(at);
          const errors = parses(edited);
          if (errors.length)
            bad.push(`${f} @${at} completion '${item.label}' → ${JSON.stringify(insert)}: ${errors[0]}`);
        }
      }
    }
    for (const f of FIXTURES) {
      const uri = join(dir, f);
      const project = await session.projectFor(uri);
      const checked = await project.check(uri);
      const text = checked.file.text;
      const before = parses(text).length;
      const quick = await project.codeActions(uri, checked.diagnostics);
      for (const q of quick) {
        fixes++;
        const edited = applyEdits(text, q.edits);
        const errors = parses(edited);
        if (errors.length > (before ? before - 1 : 0))
          bad.push(`${f} fix '${q.title}': ${errors[0]}\n${edited.split('\n').slice(0, 0).join('')}`);
      }
    }
    assert.ok(completions > 1000, `completions tried: ${completions}`);
    assert.ok(fixes > 20, `fixes tried: ${fixes}`);
    assert.deepEqual(bad.slice(0, 40), []);
  });
}

test('a `%` is completed quoted, and an unquoted one is fixed by quoting it, never by silencing the syntax error', async () => {
  const { mkdtempSync, writeFileSync, realpathSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const d = realpathSync(mkdtempSync(join(tmpdir(), 'planlint-pct-')));
  const head =
    'planlint: 1\nplan: { id: p, title: t, period: [2016, 2020] }\nindicators:\n  a:\n    name: n\n    unit: ';
  const file = join(d, 'p.plan.yaml');
  writeFileSync(file, `${head}\n`);
  const session = new core.Session(diskHost, { cwd: d });
  const project = await session.projectFor(file);
  const r = await project.completion(file, head.length);
  assert.equal(r.items.find(i => i.label === '%').insertText, '"%"');
  assert.equal(r.items.find(i => i.label === '亿元').insertText, '亿元', 'a plain value stays plain');
  writeFileSync(file, `${head}%\n`);
  project.invalidate(file);
  const checked = await project.check(file);
  assert.deepEqual(
    checked.diagnostics.map(x => x.code),
    ['yaml-syntax'],
  );
  const fixes = await project.codeActions(file, checked.diagnostics);
  assert.deepEqual(
    fixes.map(f => [f.title, f.edits[0].newText]),
    [['Quote the value: "%"', '"%"']],
  );
});
