// The example plan system (examples/plan-system/): the command line and both server bundles give exactly its two
// planted findings and no other error or warning; and the editor across plans, in both bundles: hover on an
// aligned indicator, go to definition, references from a national indicator, completion of a linked plan's ids,
// rename across plans, the inlay hint of a total's allocations.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { repoRoot } from '../helpers.mjs';
import { applyEdits, BUNDLES, positionOf, startServer, uriOf } from './harness.mjs';

const root = join(repoRoot, 'examples/plan-system');
const SEVERITY = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };
const PLANNED = [
  'province/eco-special.plan.yaml | 20 | warning | alignment-weaker',
  'province/master-14th.plan.yaml | 38 | error | allocation-shortfall',
];
const path = f => join(root, f);
const national = path('national/national-14th.plan.yaml');
const master = path('province/master-14th.plan.yaml');
const special = path('province/eco-special.plan.yaml');
const text = f => readFileSync(f, 'utf8');
/** Markdown as the reader sees it: escapes removed. */
const plain = md => md.replace(/\\(.)/g, '$1');

let cli;
before(() => {
  const r = spawnSync(process.execPath, [join(repoRoot, 'bin/planlint.js'), '--format', 'json', root], {
    cwd: root,
    encoding: 'utf8',
  });
  assert.equal(r.status, 1, r.stderr);
  cli = JSON.parse(r.stdout);
});

test('the command line gives exactly the two planted findings', () => {
  assert.deepEqual(cli.map(d => `${d.file} | ${d.line} | ${d.severity} | ${d.code}`).sort(), PLANNED);
});

for (const bundle of BUNDLES) {
  describe(`${bundle} server: the plan system`, () => {
    let client;
    before(async () => {
      client = await startServer(bundle, root);
      await client.indexed();
    });
    after(() => client.shutdown());

    test('the same two findings as the command line, and no other error or warning', () => {
      const got = [];
      for (const p of client.diagnostics.values()) {
        const file = relative(root, fileURLToPath(p.uri)).split('\\').join('/');
        for (const d of p.diagnostics)
          if (d.severity <= 2) got.push({ file, line: d.range.start.line + 1, sev: SEVERITY[d.severity], d });
      }
      assert.deepEqual(got.map(g => `${g.file} | ${g.line} | ${g.sev} | ${g.d.code}`).sort(), PLANNED);
      for (const g of got) {
        const c = cli.find(x => x.file === g.file && x.code === g.d.code);
        assert.equal(g.d.message, c.message);
        assert.equal(g.d.range.start.character + 1, c.column);
      }
    });

    test("hover on an aligned indicator shows the other plan's target per year, and why it is held to it", async () => {
      const { uri, text: t } = await client.open(special);
      const on = positionOf(t, 'indicator: forestCover', 'indicator: '.length + 2);
      const h = await client.hover(uri, on.line, on.character);
      const md = plain(h.contents.value);
      assert.match(md, /Carries down '森林覆盖率' of master-14th\.plan\.yaml/);
      assert.match(md, /- 2025: 26%/);
      assert.match(md, /binding there, both plans of 示例省/);
      // The indicator's own key shows the same, below its own hover.
      const key = positionOf(t, '  forestCover:', 3);
      assert.match(plain((await client.hover(uri, key.line, key.character)).contents.value), /- 2025: 26%/);
    });

    test('a link held by must: meet says so in its hover, with the target the change gives', async () => {
      const { uri, text: t } = await client.open(master);
      const on = positionOf(t, 'indicator: energyIntensity, must', 'indicator: '.length + 2);
      const md = plain((await client.hover(uri, on.line, on.character)).contents.value);
      assert.match(md, /Held to it: the link says must: meet/);
      assert.match(md, /- 2025: '-13\.5%' \(→ 0\.4758吨标准煤\/万元\)/);
      assert.doesNotMatch(md, /Not compared/);
    });

    test('go to definition on a link opens the indicator in the other plan', async () => {
      const { uri, text: t } = await client.open(master);
      const on = positionOf(t, 'indicator: forestCover, must', 'indicator: '.length + 2);
      const locs = await client.definition(uri, on.line, on.character);
      assert.equal(locs.length, 1);
      assert.equal(locs[0].uri, uriOf(national));
      assert.equal(locs[0].range.start.line, positionOf(text(national), '  forestCover:').line);
    });

    test('references on a national indicator list the plans that carry it down', async () => {
      const { uri, text: t } = await client.open(national);
      const on = positionOf(t, '  forestCover:', 3);
      const refs = await client.conn.sendRequest('textDocument/references', {
        textDocument: { uri },
        position: on,
        context: { includeDeclaration: false },
      });
      assert.deepEqual(
        refs.map(r => relative(root, fileURLToPath(r.uri))),
        ['national/national-14th.plan.yaml', 'province/master-14th.plan.yaml'],
      );
      const fromMaster = refs.find(r => r.uri === uriOf(master));
      assert.equal(fromMaster.range.start.line, positionOf(text(master), 'indicator: forestCover, must').line);
    });

    test("completion in a link's indicator offers the linked plan's indicators", async () => {
      const { uri, text: t } = await client.open(special);
      const at = positionOf(t, 'indicator: forestCover }', 'indicator: '.length);
      const edited = `${t.slice(0, t.indexOf('indicator: forestCover }') + 'indicator: '.length)}${t.slice(
        t.indexOf('indicator: forestCover }') + 'indicator: forestCover'.length,
      )}`;
      await client.change(uri, [{ text: edited }]);
      const r = await client.conn.sendRequest('textDocument/completion', { textDocument: { uri }, position: at });
      const labels = (Array.isArray(r) ? r : r.items).map(i => i.label).sort();
      assert.deepEqual(labels, ['arableLand', 'energyIntensity', 'energyTotal', 'forestCover']);
      await client.change(uri, [{ text: text(special) }]);
    });

    test('rename of an indicator id updates the links to it in other plans', async () => {
      const { uri, text: t } = await client.open(national);
      const on = positionOf(t, '  forestCover:', 3);
      const edit = await client.conn.sendRequest('textDocument/rename', {
        textDocument: { uri },
        position: on,
        newName: 'forestRate',
      });
      const changes = edit.changes ?? Object.fromEntries(edit.documentChanges.map(c => [c.textDocument.uri, c.edits]));
      assert.deepEqual(Object.keys(changes).sort(), [uriOf(national), uriOf(master)].sort());
      const renamed = applyEdits(text(master), changes[uriOf(master)]);
      assert.match(renamed, /indicator: forestRate, must: meet/);
      assert.match(renamed, /^ {2}forestCover:/m, "the master plan's own id is not the national one");
    });

    test('an inlay hint on a total shows the sum of its allocations', async () => {
      const { uri } = await client.open(master);
      const hints = await client.inlayHints(uri, { start: { line: 0, character: 0 }, end: { line: 80, character: 0 } });
      const sums = hints.filter(h => /Σ/.test(typeof h.label === 'string' ? h.label : h.label[0].value));
      const label = h => (typeof h.label === 'string' ? h.label : h.label.map(p => p.value).join(''));
      assert.deepEqual(
        sums.map(h => [h.position.line + 1, label(h).trim()]),
        [
          [38, 'Σ 5750万亩'],
          [49, 'Σ 10100万吨标准煤'],
        ],
      );
      assert.match(String(sums[0].tooltip?.value ?? sums[0].tooltip), /short by 50万亩/);
    });
  });
}
