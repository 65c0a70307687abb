// Drafting in the editor, on both bundles: `planlint/draft` (a plan drafted from the text the client
// holds, clean where it will be opened), "Cite selection" reading a passage through the draft extractor,
// and "Add to plan…" on an uncited number: a WorkspaceEdit the client applies, after which the plan is
// checked like any other and the document's coverage goes up.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { parse } from 'yaml';
import { repoRoot } from '../helpers.mjs';
import { BUNDLES, applyEdits, startServer, positionOf, uriOf } from './harness.mjs';

// The seeds, copied, with the 13th-plan file leaving out ¶135's 1.5% target: a commitment to add.
const seeds = realpathSync(mkdtempSync(join(tmpdir(), 'planlint-draft-seeds-')));
cpSync(join(repoRoot, 'seeds'), seeds, { recursive: true });
{
  const file = join(seeds, 'plans/sx-industry-13th.plan.yaml');
  const text = readFileSync(file, 'utf8')
    .replace(/\n {2}soeRdIntensity:\n(?: {4}.*\n)*/, '\n')
    .replace(/soeRdIntensity, |, soeRdIntensity/g, '');
  writeFileSync(file, text);
}
const DOC = join(seeds, 'sources/004_20b7e8ad50f7031c.txt');
const PLAN = join(seeds, 'plans/sx-industry-13th.plan.yaml');
const DRAFT_PATH = join(seeds, 'sources/004_20b7e8ad50f7031c.plan.yaml');
/** What a draft must never have (docs/draft.md). */
const BANNED = new Set(['yaml-syntax', 'schema', 'encoding', 'unknown-reference', 'source-anchor', 'source-ambiguous']);
const FOOD = '到2020年，全省食品行业规模以上企业主营业务收入达到1200亿元，年均增长13%';

for (const bundle of BUNDLES) {
  describe(`${bundle} server: drafting from a source document`, () => {
    let client;
    before(async () => {
      client = await startServer(bundle, seeds);
      await client.indexed();
    });
    after(() => client.shutdown());

    test('planlint/draft: the draft parses, goes beside the document, and checks clean there', async () => {
      // The client's text wins over the file's: a paragraph typed into the open document is drafted too.
      const file = await client.open(DOC, 'plaintext');
      const added = '到2025年，全省机器人产业主营业务收入达到300亿元。';
      await client.change(file.uri, [
        { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: `${added}\n` },
      ]);
      const r = await client.conn.sendRequest('planlint/draft', { uri: file.uri });
      assert.equal(r.suggestedUri, uriOf(DRAFT_PATH));
      const plan = parse(r.text);
      assert.equal(plan.sources.main.path, '004_20b7e8ad50f7031c.txt');
      assert.ok(Object.keys(plan.indicators).length > 20);
      assert.ok(
        Object.values(plan.indicators).some(i => i.name === '全省机器人产业主营业务收入'),
        'the buffer is drafted',
      );
      // Opened where the client opens it: unsaved (untitled:) at <document>.plan.yaml, and as that file.
      for (const uri of [uriOf(DRAFT_PATH).replace(/^file:/, 'untitled:'), uriOf(DRAFT_PATH)]) {
        await client.open(DRAFT_PATH, 'planlint', uri, r.text);
        const p = await client.waitForDiagnostics(uri, () => true, 20000);
        const bad = p.diagnostics.filter(d => BANNED.has(d.code));
        assert.deepEqual(
          bad.map(d => `${d.code}: ${d.message}`),
          [],
          uri,
        );
        await client.close(uri);
      }
      const firstLine = { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } };
      await client.change(file.uri, [{ range: firstLine, text: '' }]);
    });

    test('a draft opened empty and then filled (as the client does) is checked only once it has its text', async () => {
      const r = await client.conn.sendRequest('planlint/draft', { uri: uriOf(DOC) });
      const uri = uriOf(DRAFT_PATH).replace(/^file:/, 'untitled:');
      const before = client.published.length;
      await client.open(DRAFT_PATH, 'planlint', uri, '');
      // A round trip and a pause: an empty plan's check (an error) would have been published by now.
      await client.hover(uri, 0, 0);
      await new Promise(res => setTimeout(res, 500));
      const early = client.published.slice(before).filter(p => p.uri === uri && p.diagnostics.length);
      assert.deepEqual(early, [], 'no diagnostics on the empty buffer');
      const version = await client.change(uri, [{ text: r.text }]);
      const p = await client.waitForDiagnostics(uri, x => x.version === version, 20000);
      assert.deepEqual(
        p.diagnostics.filter(d => d.severity === 1).map(d => d.message),
        [],
        'the filled draft has no errors',
      );
      await client.close(uri);
    });

    test('cite selection offers what the extractor reads: the 2020 target 1200亿元 and the growth 13%', async () => {
      const { uri, text } = await client.open(DOC, 'plaintext');
      const start = positionOf(text, FOOD),
        end = positionOf(text, FOOD, FOOD.length);
      const r = await client.conn.sendRequest('planlint/citeSelection', { uri, range: { start, end } });
      const anchor = `{ doc: main, quote: "${FOOD}" }`;
      assert.equal(r.anchor, anchor);
      assert.deepEqual(r.entries, [
        { kind: 'target', text: `- { year: 2020, value: "达到1200亿元", source: ${anchor} }` },
        { kind: 'growth', text: `growth: { value: "年均增长13%", source: ${anchor} }` },
      ]);
      assert.equal(r.entry, `{ year: 2020, value: "达到1200亿元", source: ${anchor} }`);
      // Each entry is the plan's YAML: it parses, and the numbers read are the sentence's.
      assert.equal(parse(r.entries[0].text)[0].value, '达到1200亿元');
      assert.equal(parse(r.entries[1].text).growth.value, '年均增长13%');
    });

    test('add to plan: an edit into the citing plan, checked once applied; coverage goes up by one', async () => {
      const doc = await client.open(DOC, 'plaintext');
      const plan = await client.open(PLAN, 'planlint');
      await client.waitForDiagnostics(plan.uri);
      const before = (await client.conn.sendRequest('planlint/coverage', { uri: doc.uri })).numbers;
      const sentence = '省属重点国有企业研发投入占主营业务收入的比重达到1.5%以上';
      const line = positionOf(doc.text, sentence).line;
      const hints = await client.waitForDiagnostics(doc.uri, p => p.diagnostics.some(d => d.range.start.line === line));
      const at = positionOf(doc.text, sentence, sentence.indexOf('1.5%'));
      const hint = hints.diagnostics.find(
        d =>
          d.code === 'uncited-number' &&
          d.range.start.line === line &&
          d.range.start.character <= at.character &&
          at.character < d.range.end.character,
      );
      assert.ok(hint, 'the number 1.5% is hinted as uncited');
      const actions = await client.conn.sendRequest('textDocument/codeAction', {
        textDocument: { uri: doc.uri },
        range: hint.range,
        context: { diagnostics: [hint] },
      });
      const add = actions.find(a => a.title.startsWith('Add to plan sx-industry-13th.plan.yaml'));
      assert.ok(add, actions.map(a => a.title).join('; '));
      assert.ok(
        actions.some(a => a.command?.command === 'planlint.draftPlan' && a.command.arguments[0] === doc.uri),
        'a new plan: the draft command',
      );
      const edits = add.edit.changes[plan.uri];
      assert.ok(edits?.length, 'the edit is on the plan, and only there');
      assert.deepEqual(Object.keys(add.edit.changes), [plan.uri]);
      const inserted = edits.map(e => e.newText).join('');
      assert.match(inserted, /^ {2}\w+:\r?\n {4}name: 省属重点国有企业研发投入占主营业务收入的比重\r?\n/m);
      assert.match(inserted, /source: \{ doc: main, quote: "[^"]*1\.5%[^"]*" \}/);
      // Applied as the editor applies a WorkspaceEdit: the last edit first, each a content change.
      const sorted = [...edits].sort(
        (a, b) => b.range.start.line - a.range.start.line || b.range.start.character - a.range.start.character,
      );
      let version;
      for (const e of sorted) version = await client.change(plan.uri, [{ range: e.range, text: e.newText }]);
      const p = await client.waitForDiagnostics(plan.uri, x => x.version === version, 20000);
      const bad = p.diagnostics.filter(d => BANNED.has(d.code) || d.code === 'duplicate-id');
      assert.deepEqual(
        bad.map(d => `${d.code}: ${d.message}`),
        [],
      );
      const now = (await client.conn.sendRequest('planlint/coverage', { uri: doc.uri })).numbers;
      assert.deepEqual(now, { total: before.total, cited: before.cited + 1 });
      const again = await client.waitForDiagnostics(
        doc.uri,
        x =>
          !x.diagnostics.some(
            d =>
              d.code === 'uncited-number' &&
              d.range.start.line === hint.range.start.line &&
              d.range.start.character === hint.range.start.character,
          ),
      );
      assert.ok(again, 'the hint on the number is gone');
      await client.close(plan.uri);
    });
  });
}

/** A plan indented by four spaces, naming 省工信厅 by a registry-style id and alias, with `tasks: {}`. */
const SMALL_PLAN = `planlint: 1
plan:
    id: p
    title: 测试
    period: [2020, 2022]
    baseline_year: 2019
sources:
    digital:
        path: ../sources/002_2ea8478a7288cd88.txt
organizations:
    gxt: { name: 山西省工业和信息化厅, aliases: [省工信厅] }
tasks: {}
`;

for (const bundle of BUNDLES) {
  describe(`${bundle} server: add to plan, a task from a 责任单位 clause`, () => {
    let client, ws;
    before(async () => {
      ws = realpathSync(mkdtempSync(join(tmpdir(), 'planlint-addtoplan-')));
      mkdirSync(join(ws, 'sources'));
      mkdirSync(join(ws, 'plans'));
      mkdirSync(join(ws, '.git'));
      cpSync(join(seeds, 'sources/002_2ea8478a7288cd88.txt'), join(ws, 'sources/002_2ea8478a7288cd88.txt'));
      writeFileSync(join(ws, 'plans/p.plan.yaml'), SMALL_PLAN);
      client = await startServer(bundle, ws);
      await client.indexed();
    });
    after(async () => {
      await client.shutdown();
      rmSync(ws, { recursive: true, force: true });
    });

    test("the task joins the plan's organizations by alias, adds the others, keeps 4-space indents", async () => {
      const doc = await client.open(join(ws, 'sources/002_2ea8478a7288cd88.txt'), 'plaintext');
      const plan = await client.open(join(ws, 'plans/p.plan.yaml'), 'planlint');
      const hints = await client.waitForDiagnostics(doc.uri, p => p.diagnostics.some(d => d.code === 'uncited-clause'));
      const hint = hints.diagnostics.find(d => d.code === 'uncited-clause');
      const actions = await client.conn.sendRequest('textDocument/codeAction', {
        textDocument: { uri: doc.uri },
        range: hint.range,
        context: { diagnostics: [hint] },
      });
      const add = actions.find(a => a.edit);
      assert.equal(add?.title, 'Add to plan p.plan.yaml: T1 夯实基础网络服务能力');
      const after = applyEdits(plan.text, add.edit.changes[plan.uri]);
      assert.equal(
        after,
        SMALL_PLAN.replace('tasks: {}\n', '').replace(
          '[省工信厅] }\n',
          `[省工信厅] }
    省通信管理局: { name: 省通信管理局 }
    各市人民政府: { name: 各市人民政府 }
    山西综改示范区管委会: { name: 山西综改示范区管委会 }
tasks:
    T1:
        title: 夯实基础网络服务能力
        lead: [省通信管理局, gxt, 各市人民政府, 山西综改示范区管委会]
        source: { doc: digital, quote: "夯实基础网络服务能力" }
`,
        ),
      );
      const version = await client.change(plan.uri, [{ text: after }]);
      const p = await client.waitForDiagnostics(plan.uri, x => x.version === version, 20000);
      assert.deepEqual(
        p.diagnostics.filter(d => BANNED.has(d.code)).map(d => `${d.code}: ${d.message}`),
        [],
      );
    });
  });
}
