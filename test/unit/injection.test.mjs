// Text from source documents and plans is shown as text: no Markdown links or command: URIs in
// hovers, no HTML in the report, no control sequences in the terminal.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { core, diskHost, repoRoot } from '../helpers.mjs';

// A raw control character makes a file not text (the contract's *Text encodings*), so escape codes reach
// values only through YAML's own escapes ("\e", "\u001b"), and documents hold none.
const EVIL =
  '目标 60%以上 [click](command:workbench.action.terminal.new?%22rm%22) <img src=x onerror=alert(1)> **bold** `code` ![i](http://evil.example/x.png)';

function workspace() {
  const d = mkdtempSync(join(tmpdir(), 'planlint-inj-'));
  writeFileSync(join(d, 'planlint.config.yaml'), 'rules: {}\n');
  writeFileSync(join(d, 'doc.txt'), `${EVIL}\n`);
  writeFileSync(
    join(d, 'p.plan.yaml'),
    `planlint: 1
plan: { id: "x\\u001b[2J", title: t, period: [2016, 2020] }
sources:
  doc: { path: doc.txt, title: "[t](command:evil)" }
indicators:
  "a\\e[31m":
    name: "<b>n</b>"
    unit: "%"
    direction: increase
    targets: [{ year: 2020, value: ">= 60", source: { doc: doc, quote: "目标 60%以上" } }]
goals:
  G1: { title: g, indicators: ["nothing\\e[2J"] }
`,
  );
  return d;
}

test('hovers escape Markdown, links and HTML from the documents, and carry no command link', async () => {
  const d = workspace();
  const svc = new core.Project(diskHost, d);
  const file = join(d, 'p.plan.yaml');
  const text = (await import('node:fs')).readFileSync(file, 'utf8');
  const h = await svc.hover(file, text.indexOf('目标 60%以上'));
  const md = h.markdown;
  assert.doesNotMatch(md, /\]\(command:/, md);
  assert.doesNotMatch(md, /(^|[^\\])<|\u001b/, 'no unescaped HTML, no escape sequences');
  assert.match(md, /\\\[click\\\]\\\(command\\:workbench/, 'the link shows as text');
  assert.match(md, /\\\*\\\*bold\\\*\\\*/);
  assert.ok(
    !/\[[^\]]*\]\((?!file:|\/)/.test(md.replace(/\\\[|\\\]|\\\(|\\\)/g, '')),
    'the only link is to the document itself',
  );
});

test('the terminal never receives control sequences from a plan', () => {
  const d = workspace();
  const r = spawnSync(process.execPath, [join(repoRoot, 'bin/planlint.js'), 'p.plan.yaml', '--color'], {
    cwd: d,
    encoding: 'utf8',
  });
  const withoutOurColors = r.stdout.replace(/\u001b\[[0-9;]*m(?=)/g, m =>
    [
      '\u001b[0m',
      '\u001b[2m',
      '\u001b[4m',
      '\u001b[31m',
      '\u001b[33m',
      '\u001b[36m',
      '\u001b[90m',
      '\u001b[31;1m',
      '\u001b[33;1m',
      '\u001b[32m',
    ].includes(m)
      ? ''
      : m,
  );
  assert.doesNotMatch(r.stdout, /\u001b\[2J/);
  assert.match(r.stdout, /\\u001b/, 'escapes are shown, not sent');
  assert.doesNotMatch(withoutOurColors, /\u001b/, 'only our own colour codes reach the terminal');
  assert.notEqual(withoutOurColors, r.stdout, 'colours were on, so there were codes to remove');
});

test('a plan or a source document holding raw escape codes is not text: one finding, its bytes never shown', () => {
  const d = workspace();
  writeFileSync(join(d, 'raw.plan.yaml'), 'planlint: 1\nplan: { id: "x\u001b[2J", title: t, period: [2016, 2020] }\n');
  writeFileSync(join(d, 'doc.txt'), '\u001b[31mred\u001b[0m\n');
  const args = ['--format', 'json', 'raw.plan.yaml', 'p.plan.yaml'];
  const r = spawnSync(process.execPath, [join(repoRoot, 'bin/planlint.js'), ...args], { cwd: d, encoding: 'utf8' });
  const out = JSON.parse(r.stdout);
  assert.deepEqual(
    out.filter(x => x.file === 'raw.plan.yaml').map(x => [x.line, x.code]),
    [[1, 'encoding']],
  );
  assert.deepEqual(
    out.filter(x => x.file === 'p.plan.yaml' && x.code === 'source-missing').map(x => x.line),
    [4],
  );
  assert.doesNotMatch(r.stdout, /\u001b/);
});
