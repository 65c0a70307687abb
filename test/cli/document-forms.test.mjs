// A seed plan whose source is switched from its .txt to a .docx, .html or .pdf made from the same
// paragraphs gives the same diagnostics, hovers and coverage: the readers number paragraphs as the
// .txt does, so every anchor resolves unchanged. The documents are made by code (test/documents.mjs).
import { describe, test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { core, diskHost, repoRoot } from '../helpers.mjs';
import { docxOf, htmlOf, pdfOf } from '../documents.mjs';

const seeds = join(repoRoot, 'seeds');
const PLAN = 'sx-informatization-12th.plan.yaml';
const DOC = '001_9b1133b78090ed6f';
const paragraphs = readFileSync(join(seeds, `sources/${DOC}.txt`), 'utf8')
  .split(/\r?\n/)
  .filter(l => l.trim());

const MAKERS = {
  txt: async () => readFileSync(join(seeds, `sources/${DOC}.txt`)),
  docx: () => docxOf(paragraphs),
  html: async () => Buffer.from(htmlOf(paragraphs)),
  pdf: () => pdfOf(paragraphs.map(p => p.replace(/^[\s\u3000]+/, ''))),
};

/** A copy of the seed workspace where the plan cites the document in one form. */
async function workspace(form) {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), `planlint-forms-${form}-`)));
  cpSync(join(seeds, 'planlint.config.yaml'), join(dir, 'planlint.config.yaml'));
  cpSync(join(seeds, 'orgs'), join(dir, 'orgs'), { recursive: true });
  cpSync(join(seeds, 'plans', PLAN), join(dir, 'plans', PLAN), { recursive: true });
  const plan = join(dir, 'plans', PLAN);
  writeFileSync(plan, readFileSync(plan, 'utf8').replaceAll(`${DOC}.txt`, `${DOC}.${form}`));
  mkdirSync(join(dir, 'sources'));
  writeFileSync(join(dir, 'sources', `${DOC}.${form}`), await MAKERS[form]());
  return { dir, plan, doc: join(dir, 'sources', `${DOC}.${form}`) };
}

/** Diagnostics, hovers on every anchor and the document's coverage, with the form's extension and blanks taken out. */
async function observe(form) {
  const { dir, plan, doc } = await workspace(form);
  const session = new core.Session(diskHost, { folders: [dir] });
  const project = await session.projectFor(plan);
  // The file's name and folder differ by form, and so do columns where a form drops leading blanks.
  const same = s =>
    s
      .replaceAll(dir, 'DIR')
      .replaceAll(`.${form}`, '.EXT')
      .replace(/#L\d+,\d+-L\d+,\d+/g, '')
      .replace(/[\s\u3000]+/g, '');
  const checked = await project.check(plan);
  const diagnostics = checked.diagnostics.map(
    d => `${d.range.start.line}:${d.range.start.character} ${d.code} ${same(d.message)}`,
  );
  const text = readFileSync(plan, 'utf8');
  const hovers = [];
  for (const m of text.matchAll(/source: (\{ doc|info12#)/g)) {
    const h = await project.hover(plan, m.index + 9);
    hovers.push(h ? same(h.markdown) : '');
  }
  const coverage = await project.documents.coverage(doc);
  const cli = spawnSync(process.execPath, [join(repoRoot, 'bin/planlint.js'), '--format', 'json', plan], {
    cwd: dir,
    encoding: 'utf8',
  });
  return {
    diagnostics,
    hovers,
    numbers: coverage.numbers,
    clauses: coverage.clauses,
    uncited: coverage.uncited.map(u => `${u.kind} ¶${u.para} ${u.text}`),
    cli: JSON.parse(cli.stdout).flatMap(f => f.messages ?? f.diagnostics ?? []).length,
  };
}

describe('a seed plan gives the same results whatever form its source document takes', () => {
  let txt;
  before(async () => {
    txt = await observe('txt');
  });
  test('the .txt itself is cited and hovered (the comparison has something to compare)', () => {
    assert.ok(txt.hovers.length >= 10, `${txt.hovers.length} hovers`);
    assert.ok(txt.hovers.filter(Boolean).length >= 10);
    assert.ok(txt.numbers.total > 10 && txt.numbers.cited >= 2, JSON.stringify(txt.numbers));
    assert.ok(!txt.diagnostics.some(d => / source-(missing|anchor) /.test(d)), txt.diagnostics.join('\n'));
  });
  for (const form of ['docx', 'html', 'pdf']) {
    test(`.${form}: the same diagnostics, hovers and coverage as the .txt`, async () => {
      const got = await observe(form);
      assert.deepEqual(got.diagnostics, txt.diagnostics);
      assert.deepEqual(got.hovers, txt.hovers);
      assert.deepEqual(got.numbers, txt.numbers);
      assert.deepEqual(got.clauses, txt.clauses);
      assert.deepEqual(got.uncited, txt.uncited);
      assert.equal(got.cli, txt.cli);
    });
  }
});
