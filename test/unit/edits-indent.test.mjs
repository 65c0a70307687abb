// Edits follow the file's indentation: on every rule fixture re-indented by four spaces, each completion item
// (applied as VS Code applies a snippet: its later lines take the cursor line's indentation) and each quick
// fix gives YAML that parses, with every line it adds indented by a multiple of four.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, parseDocument } from 'yaml';
import { core, diskHost, repoRoot } from '../helpers.mjs';

const src = join(repoRoot, 'test/fixtures/rules');
const dir = realpathSync(mkdtempSync(join(tmpdir(), 'planlint-indent4-')));
cpSync(src, dir, { recursive: true });
const four = text => text.replace(/^( +)/gm, s => s + s);
const parses = text => parseDocument(text, { uniqueKeys: false }).errors.length === 0;
const FIXTURES = readdirSync(dir)
  .filter(f => f.endsWith('.plan.yaml'))
  .sort()
  .filter(f => {
    const text = readFileSync(join(dir, f), 'utf8');
    if (!parses(text)) return false;
    const wide = four(text);
    // Only fixtures that mean the same at four spaces (a folded line's own spaces would change it).
    const same = () =>
      JSON.stringify(parse(wide, { uniqueKeys: false })) === JSON.stringify(parse(text, { uniqueKeys: false }));
    if (!parses(wide) || !same()) return false;
    writeFileSync(join(dir, f), wide);
    return true;
  });

const expand = s =>
  s
    .replace(/\$\{\d+\|([^,|}]*)[^}]*\|\}/g, '$1')
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\{?\d+\}?/g, '');
const indentOf = l => /^ */.exec(l)[0].length;
const offsetOf = (text, pos) => {
  const lines = text.split('\n');
  let o = 0;
  for (let i = 0; i < pos.line; i++) o += lines[i].length + 1;
  return o + pos.character;
};

for (const locale of ['en', 'zh-cn']) {
  test(`completions on four-space plans add lines indented four spaces a level, and parse (${locale})`, async () => {
    assert.ok(FIXTURES.length > 40, `fixtures: ${FIXTURES.length}`);
    const session = new core.Session(diskHost, { cwd: dir });
    session.applySettings({ locale, overrides: {} });
    const bad = [];
    let multiline = 0;
    for (const f of FIXTURES) {
      const uri = join(dir, f);
      const project = await session.projectFor(uri);
      const original = (await project.check(uri)).file.text;
      const lines = original.split('\n');
      // Where a drafter starts a new entry: a new line under each block key, at its entries' indentation.
      for (const [i, line] of lines.entries()) {
        if (!/^\s*[\w-]+:\s*$/.test(line) || i + 1 >= lines.length) continue;
        const lead = ' '.repeat(Math.max(indentOf(lines[i + 1]), indentOf(line) + 4));
        const text = [...lines.slice(0, i + 1), lead, ...lines.slice(i + 1)].join('\n');
        const at = lines.slice(0, i + 1).join('\n').length + 1 + lead.length;
        project.setOverlay(uri, text);
        const r = await project.completion(uri, at);
        for (const item of r.items) {
          const insert = item.snippet ? expand(item.insertText) : item.insertText;
          if (!insert.includes('\n')) continue;
          multiline++;
          // VS Code prefixes each later line of a snippet with the cursor line's indentation.
          const added = insert.split('\n').map((l, n) => (n ? lead + l : l));
          const edited = text.slice(0, r.replaceStart) + added.join('\n') + text.slice(at);
          const wrong = added.slice(1).filter(l => indentOf(l) % 4 !== 0);
          if (wrong.length || !parses(edited)) bad.push(`${f} '${item.label}': ${JSON.stringify(added.slice(0, 3))}`);
        }
      }
      project.clearOverlay(uri);
    }
    assert.ok(multiline > 20, `multi-line completions tried: ${multiline}`);
    assert.deepEqual(bad.slice(0, 20), []);
  });
}

test('a section snippet in a four-space plan nests its fields four spaces under the entry', async () => {
  const plan = join(dir, 'indent4.plan.yaml');
  const head = 'planlint: 1\nplan:\n    id: p\n    title: t\n    period: [2021, 2025]\nindicators:\n    ';
  writeFileSync(plan, `${head}\n`);
  const session = new core.Session(diskHost, { cwd: dir });
  const project = await session.projectFor(plan);
  const r = await project.completion(plan, head.length);
  const snippet = r.items.find(i => i.snippet && /^\$\{1:id\}:/.test(i.insertText));
  assert.ok(snippet, r.items.map(i => i.label).join(', '));
  const lines = expand(snippet.insertText).split('\n');
  assert.equal(lines[1], '    name: 指标名称');
  assert.ok(lines.includes('        - { year: 2025, value: 0, source: { doc: main, quote: "" } }'), lines.join('\n'));
  // The same snippet in a two-space plan: two spaces a level, as before.
  const two = join(dir, 'indent2.plan.yaml');
  writeFileSync(two, `${head.replace(/\n {4}/g, '\n  ')}\n`);
  const r2 = await project.completion(two, head.replace(/\n {4}/g, '\n  ').length);
  assert.equal(expand(r2.items.find(i => i.snippet).insertText).split('\n')[1], '  name: 指标名称');
});

for (const locale of ['en', 'zh-cn']) {
  test(`quick fixes on four-space plans keep the indentation of the line they edit, and parse (${locale})`, async () => {
    const session = new core.Session(diskHost, { cwd: dir });
    session.applySettings({ locale, overrides: {} });
    const bad = [];
    let fixes = 0;
    for (const f of FIXTURES) {
      const uri = join(dir, f);
      const project = await session.projectFor(uri);
      const checked = await project.check(uri);
      for (const q of await project.codeActions(uri, checked.diagnostics)) {
        fixes++;
        const edited = [...q.edits]
          .map(e => ({
            s: offsetOf(checked.file.text, e.range.start),
            e: offsetOf(checked.file.text, e.range.end),
            t: e.newText,
          }))
          .sort((a, b) => b.s - a.s)
          .reduce((t, e) => t.slice(0, e.s) + e.t + t.slice(e.e), checked.file.text);
        const added = q.edits.flatMap(e =>
          e.range.start.character === 0 ? e.newText.split('\n').filter(Boolean) : [],
        );
        if (added.some(l => indentOf(l) % 4 !== 0) || !parses(edited)) bad.push(`${f} '${q.title}'`);
      }
    }
    assert.ok(fixes > 20, `fixes tried: ${fixes}`);
    assert.deepEqual(bad.slice(0, 20), []);
  });
}

for (const locale of ['en', 'zh-cn']) {
  test(`"Add to plan…" writes an indicator into a four-space plan at four spaces a level (${locale})`, async () => {
    const { mkdirSync } = await import('node:fs');
    const ws = realpathSync(mkdtempSync(join(tmpdir(), 'planlint-add4-')));
    mkdirSync(join(ws, 'sources'));
    mkdirSync(join(ws, '.git'));
    const docName = 'c02-city-agri-modernization.txt';
    const docText = readFileSync(join(repoRoot, 'test/fixtures/documents/dev', docName), 'utf8');
    writeFileSync(join(ws, 'sources', docName), docText);
    const plan = join(ws, 'p.plan.yaml');
    const text = [
      'planlint: 1',
      'plan:',
      '    id: p',
      '    title: 测试',
      '    period: [2021, 2025]',
      'sources:',
      '    doc:',
      `        path: sources/${docName}`,
      'indicators:',
      '    first:',
      '        name: 已有指标',
      '        unit: 亿元',
      '        direction: increase',
      '',
    ].join('\n');
    writeFileSync(plan, text);
    // An indicator the drafter reads with targets: the number of its first target.
    const drafted = core.draftPlan(docText, { documentName: docName, sourcePath: docName });
    const ind = drafted.model.indicators.find(i => i.targets.length && i.unit);
    const quote = ind.targets[0].anchor.quote;
    const end = docText.indexOf(quote) + quote.length;
    const session = new core.Session(diskHost, { cwd: ws });
    session.applySettings({ locale, overrides: {} });
    const project = await session.projectFor(plan);
    await project.check(plan);
    const adds = await project.documents.additions(join(ws, 'sources', docName), { start: end - 1, end });
    const add = adds.find(a => a.id.startsWith('I'));
    assert.ok(add, JSON.stringify(adds.map(a => a.id)));
    const inserted = add.edits.flatMap(e => e.newText.split('\n')).filter(l => l.trim());
    assert.ok(inserted.length > 4, inserted.join('\n'));
    for (const l of inserted) assert.equal(indentOf(l) % 4, 0, l);
    assert.ok(
      inserted.some(l => /^ {8}targets:$/.test(l) || /^ {8}targets: \[/.test(l)),
      inserted.join('\n'),
    );
    const edited = [...add.edits]
      .map(e => ({ s: offsetOf(text, e.range.start), e: offsetOf(text, e.range.end), t: e.newText }))
      .sort((a, b) => b.s - a.s)
      .reduce((t, e) => t.slice(0, e.s) + e.t + t.slice(e.e), text);
    assert.ok(parses(edited), edited);
    assert.ok(parse(edited).indicators[add.id].name, 'the entry is an indicator of the plan');
  });
}
