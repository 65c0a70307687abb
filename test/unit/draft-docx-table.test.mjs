// Drafting a Word file with a 主要指标 table gives at least what drafting its .txt gives (the contract's
// *Source documents*, issue 27): a development-corpus document whose table the .txt flattens into TAB lines
// is made into a .docx with a real Word table (a two-row header, the category cells merged down their
// rows), and the table's indicators drafted from both carry the same numbers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { core, diskHost, repoRoot } from '../helpers.mjs';
import { docxOf } from '../documents.mjs';

const NAME = 'a01-jiangchuan-digital-14th';
const txt = readFileSync(join(repoRoot, 'test/fixtures/documents/dev', `${NAME}.txt`), 'utf8');
const lines = txt.split('\n').filter(l => l.trim());

/** The .txt's lines as Word blocks: its TAB rows one table, the category cell merged down its group. */
function wordBlocks() {
  const first = lines.findIndex(l => l.startsWith('类别\t'));
  let end = first;
  while (end < lines.length && lines[end].includes('\t')) end++;
  const [head, sub, ...rows] = lines.slice(first, end).map(l => l.split('\t'));
  assert.equal(head.length, 7, 'the header names seven columns');
  const table = [
    // 类别, 指标 and 单位 span both header rows; the second row names what the year columns hold.
    head.map((c, i) => (i < 3 ? { text: c, merge: 'restart' } : c)),
    [...[0, 1, 2].map(() => ({ merge: 'continue' })), ...sub],
    // A row of seven cells opens a category; one of six continues it.
    ...rows.map(r =>
      r.length === 7 ? [{ text: r[0], merge: 'restart' }, ...r.slice(1)] : [{ merge: 'continue' }, ...r],
    ),
  ];
  return { blocks: [...lines.slice(0, first), { table }, ...lines.slice(end)], rows };
}

/** The plan drafted from a document, as the editor's "Draft a plan" and `planlint draft` draft it. */
async function drafted(dir, file) {
  const session = new core.Session(diskHost, { folders: [dir] });
  const project = await session.projectFor(join(dir, file));
  const d = await project.documents.draft(join(dir, file));
  return { text: d.text, plan: parse(d.text), project, planUri: d.planUri };
}

/** What a drafted indicator states: its unit, category, type, baseline, targets and growth. */
const numbers = ind => ({
  unit: ind.unit,
  category: ind.category,
  type: ind.type,
  baseline: ind.baseline && [ind.baseline.year, String(ind.baseline.value)],
  targets: (ind.targets ?? []).map(t => [t.year, String(t.value ?? t.change ?? t.text)]),
  growth: ind.growth && String(ind.growth.value ?? ind.growth),
});

test('a .docx whose 主要指标 table is a Word table drafts the table as its .txt does', async () => {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'planlint-docx-table-')));
  const { blocks, rows } = wordBlocks();
  writeFileSync(join(dir, `${NAME}.txt`), txt);
  writeFileSync(join(dir, `${NAME}.docx`), await docxOf(blocks));
  const fromTxt = await drafted(dir, `${NAME}.txt`);
  const fromDocx = await drafted(dir, `${NAME}.docx`);
  const byName = plan => new Map(Object.values(plan.indicators ?? {}).map(i => [i.name, i]));
  const [t, w] = [byName(fromTxt.plan), byName(fromDocx.plan)];
  const names = rows.map(r => r.at(-6));
  assert.equal(names.length, 11);
  for (const name of names) {
    assert.ok(t.has(name), `the .txt draft reads '${name}'`);
    assert.ok(w.has(name), `the .docx draft reads '${name}'`);
    assert.deepEqual(numbers(w.get(name)), numbers(t.get(name)), name);
  }
  // Nor does the rest of the document lose anything: each indicator the .txt draft reads, the .docx's reads alike.
  for (const [name, ind] of t) assert.deepEqual(numbers(w.get(name) ?? {}), numbers(ind), name);
  // Every number of the table is there: its base and target years' values.
  for (const r of rows) {
    const [base, target] = r.slice(-4, -2);
    const ind = numbers(w.get(r.at(-6)));
    assert.match(ind.baseline?.[1] ?? '', new RegExp(base.replace('.', '\\.')), r.join(' '));
    assert.match(ind.targets.at(-1)[1], new RegExp(target.replace('.', '\\.')), r.join(' '));
  }
  // The .docx draft, saved beside it, resolves every anchor into the Word file.
  const planPath = fromDocx.planUri;
  writeFileSync(planPath, fromDocx.text);
  const checked = await fromDocx.project.check(planPath);
  const anchors = checked.diagnostics.filter(d => /^source-(anchor|missing)$/.test(d.code));
  assert.deepEqual(
    anchors.map(d => d.message),
    [],
  );
});
