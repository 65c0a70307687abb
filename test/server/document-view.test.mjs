// A Word file, web page or PDF in the editor, on both bundles: the client that shows paragraph views
// (`documentViews`) opens `planlint-doc:` documents whose text the server gives, the document's paragraphs
// one a line, and every source feature works on them as on a .txt: ¶N, lenses, uncited-number hints,
// Go to ¶N, Cite selection, Draft. A plan's definitions land in the view at the paragraph; its hovers link
// to the file marked for the view (`?planlint-view=…`), which the extension opens there.
// A client without views keeps the file's own URI.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { URI } from 'vscode-uri';
import { repoRoot } from '../helpers.mjs';
import { docxOf } from '../documents.mjs';
import { BUNDLES, positionOf, startServer, uriOf } from './harness.mjs';

const seeds = join(repoRoot, 'seeds');
const PLAN = 'sx-informatization-12th.plan.yaml';
const DOC = '001_9b1133b78090ed6f';
const txt = readFileSync(join(seeds, `sources/${DOC}.txt`), 'utf8');
const paragraphs = txt.split(/\r?\n/).filter(l => l.trim());
/** A paragraph the plan quotes (its 名牌产品 target), and its number as the .txt numbers it. */
const QUOTE = '到“十二五”末，培育一批具有自主知识产权的名牌产品';
const QUOTED_PARA = paragraphs.findIndex(p => p.includes(QUOTE)) + 1;

/** The seed plan citing a .docx made from its document's paragraphs, and a web page beside it. */
async function workspace() {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'planlint-view-')));
  cpSync(join(seeds, 'planlint.config.yaml'), join(dir, 'planlint.config.yaml'));
  cpSync(join(seeds, 'orgs'), join(dir, 'orgs'), { recursive: true });
  mkdirSync(join(dir, 'plans'));
  const plan = join(dir, 'plans', PLAN);
  writeFileSync(plan, readFileSync(join(seeds, 'plans', PLAN), 'utf8').replaceAll(`${DOC}.txt`, `${DOC}.docx`));
  mkdirSync(join(dir, 'sources'));
  const doc = join(dir, 'sources', `${DOC}.docx`);
  writeFileSync(doc, await docxOf(paragraphs));
  const page = join(dir, 'sources', 'page.html');
  const markup = '<p>第一段<b>粗体</b><script>document.write("脚本")</script></p><p>第二段，2025年达到80%。</p>';
  writeFileSync(page, `<!DOCTYPE html><html><head><title>标题</title></head><body>${markup}</body></html>`);
  return { dir, plan, doc, page };
}

/** The view of a file, built as the extension builds it. */
const viewOf = path => URI.from({ scheme: 'planlint-doc', path: URI.file(path).path, query: uriOf(path) }).toString();
/** Into an anchor's quote: its hover shows the paragraph and links to it. */
const ANCHOR_QUOTE = 'source: { doc: info12, quote: "'.length + 2;
const whole = { start: { line: 0, character: 0 }, end: { line: 100000, character: 0 } };

for (const bundle of BUNDLES) {
  describe(`${bundle} server: the paragraph view of a Word file`, () => {
    let client, ws, view, text, planText;
    before(async () => {
      ws = await workspace();
      client = await startServer(bundle, ws.dir, { initializationOptions: { documentViews: true } });
      await client.indexed();
      view = viewOf(ws.doc);
      const r = await client.conn.sendRequest('planlint/documentText', { uri: view });
      text = r.text;
      await client.open(ws.doc, 'plaintext', view, text);
      planText = readFileSync(ws.plan, 'utf8');
    });
    after(() => client.shutdown());

    test('its text: the paragraphs, one a line, as the .txt numbers them', () => {
      const lines = text.split('\n').filter(l => l.trim());
      assert.equal(lines.length, paragraphs.length);
      assert.deepEqual(
        lines.map(l => l.trim()),
        paragraphs.map(p => p.trim()),
      );
    });

    test('¶N where each paragraph starts; Go to ¶N selects the paragraph', async () => {
      const marks = await client.inlayHints(view, whole);
      assert.equal(marks.length, paragraphs.length);
      const line = positionOf(text, QUOTE).line;
      assert.deepEqual(
        marks.filter(m => m.position.line === line).map(m => m.label),
        [`¶${QUOTED_PARA}`],
      );
      const p = await client.conn.sendRequest('planlint/paragraph', { uri: view, para: QUOTED_PARA });
      assert.deepEqual(p.range, {
        start: { line, character: 0 },
        end: { line, character: text.split('\n')[line].length },
      });
      assert.equal(p.count, paragraphs.length);
    });

    test('lenses name the plan items citing a paragraph; numbers no item cites are hinted, on the view', async () => {
      const line = positionOf(text, QUOTE).line;
      const titles = (await client.codeLens(view)).filter(l => l.range.start.line === line).map(l => l.command.title);
      assert.match(titles[0], /^cited by \d+ plan items?$/);
      assert.ok(titles.length > 1, JSON.stringify(titles));
      const hints = await client.waitForDiagnostics(view, p => p.diagnostics.some(d => d.code === 'uncited-number'));
      const lines = text.split('\n');
      for (const d of hints.diagnostics.filter(x => x.code === 'uncited-number')) {
        const shown = lines[d.range.start.line].slice(d.range.start.character, d.range.end.character);
        assert.match(shown, /[\d一二两三四五六七八九十百千万]/, 'the hint lies on a number of the view');
      }
      assert.equal(client.diagnostics.get(uriOf(ws.doc)), undefined, 'nothing is published on the file itself');
      const hover = await client.hover(view, line, 2);
      assert.match(hover.contents.value, new RegExp(`¶${QUOTED_PARA} is cited by`));
    });

    test('Cite selection and Draft work on the view, for the file', async () => {
      const start = positionOf(text, '重点扶持30个信息产业化项目');
      const end = positionOf(text, '重点扶持30个信息产业化项目', '重点扶持30个信息产业化项目'.length);
      const cite = await client.conn.sendRequest('planlint/citeSelection', { uri: view, range: { start, end } });
      assert.match(cite.anchor, /^\{ doc: info12, quote: "重点扶持30个信息产业化项目" \}$/);
      const draft = await client.conn.sendRequest('planlint/draft', { uri: view });
      assert.equal(draft.suggestedUri, uriOf(join(ws.dir, 'sources', `${DOC}.plan.yaml`)));
      assert.match(draft.text, new RegExp(`path: "${DOC}\\.docx"`));
      assert.match(draft.text, /重点扶持30个信息产业化项目/);
    });

    test("a plan's hover and go to definition on an anchor land in the view, at the paragraph", async () => {
      const plan = await client.open(ws.plan);
      const at = positionOf(planText, `source: { doc: info12, quote: "${QUOTE}"`, ANCHOR_QUOTE);
      const h = await client.hover(plan.uri, at.line, at.character);
      // VS Code renders a hover's links to files only: the link names the file, marked for its view.
      const link = /\[[^\]]*\]\((file:[^)]+)\)/.exec(h.contents.value);
      assert.ok(link, h.contents.value);
      const target = URI.parse(link[1]);
      assert.equal(target.with({ query: '', fragment: '' }).toString(), uriOf(ws.doc));
      const line = positionOf(text, QUOTE).line;
      const column = text.split('\n')[line].indexOf(QUOTE) + 1;
      const place = `L${line + 1},${column}-L${line + 1},${column + QUOTE.length}`;
      assert.equal(target.query, `planlint-view=${place}`, 'the view opens there');
      assert.equal(target.fragment, place, 'the quoted span');
      assert.ok(!/\.docx(#|\))/.test(h.contents.value), 'no link to the Word file alone');
      const defs = await client.definition(plan.uri, at.line, at.character);
      assert.equal(defs[0].uri, view);
      assert.equal(defs[0].range.start.line, line);
      await client.close(plan.uri);
    });

    test("a web page's view is its text, no markup, no script", async () => {
      const r = await client.conn.sendRequest('planlint/documentText', { uri: viewOf(ws.page) });
      assert.equal(r.text, '第一段粗体\n第二段，2025年达到80%。');
    });

    test('a document that cannot be read says why; a file outside the workspace is refused', async () => {
      const broken = join(ws.dir, 'sources', 'broken.docx');
      writeFileSync(broken, 'not a zip');
      const r = await client.conn.sendRequest('planlint/documentText', { uri: viewOf(broken) });
      assert.equal(r.text, null);
      assert.match(r.error, /broken\.docx.*not a valid \.docx file/);
      await assert.rejects(
        client.conn.sendRequest('planlint/documentText', { uri: viewOf('/etc/x.docx') }),
        /not a document of the workspace/,
      );
    });

    test('the view follows its file: read again when the client says it changed', async () => {
      const changed = paragraphs.slice(0, 3);
      writeFileSync(ws.doc, await docxOf(changed));
      const r = await client.conn.sendRequest('planlint/documentText', { uri: view, reload: true });
      assert.equal(r.text.split('\n').filter(l => l.trim()).length, 3);
      writeFileSync(ws.doc, await docxOf(paragraphs));
      const back = await client.conn.sendRequest('planlint/documentText', { uri: view, reload: true });
      assert.equal(back.text, text);
    });
  });

  test(`${bundle} server: a client without paragraph views keeps the Word file's own URI`, async () => {
    const ws = await workspace();
    const client = await startServer(bundle, ws.dir);
    try {
      await client.indexed();
      const planText = readFileSync(ws.plan, 'utf8');
      const plan = await client.open(ws.plan);
      const at = positionOf(planText, `source: { doc: info12, quote: "${QUOTE}"`, ANCHOR_QUOTE);
      const h = await client.hover(plan.uri, at.line, at.character);
      assert.match(h.contents.value, /\]\(file:\/\/[^)]*\.docx#L/);
      assert.equal((await client.definition(plan.uri, at.line, at.character))[0].uri, uriOf(ws.doc));
    } finally {
      await client.shutdown();
    }
  });
}
