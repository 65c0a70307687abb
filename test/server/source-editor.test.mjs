// Reading a source document in the editor, on both bundles: `¶N` where each paragraph starts (on a document
// some plan cites, as anchors number its paragraphs), the paragraph "Go to ¶N" selects, CodeLenses naming
// the plan items that cite a paragraph, and all of it after a window reload: a document open before the
// plans are known gets its hints, lenses and marks once they are.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { repoRoot } from '../helpers.mjs';
import { BUNDLES, positionOf, startServer, uriOf } from './harness.mjs';

const seeds = join(repoRoot, 'seeds');
const DOC = join(seeds, 'sources/004_20b7e8ad50f7031c.txt');
const text = readFileSync(DOC, 'utf8');
/** ¶10, as the 13th plan's anchors (and its hovers) number it: cited by three indicators' baselines. */
const P10 = '我省信息产业实现收入952.9亿元';
const lines = (from, to) => ({ start: { line: from, character: 0 }, end: { line: to, character: 0 } });
const titlesAt = (lenses, line) => lenses.filter(l => l.range.start.line === line).map(l => l.command.title);

for (const bundle of BUNDLES) {
  describe(`${bundle} server: reading a source document`, () => {
    let client;
    before(async () => {
      client = await startServer(bundle, seeds);
      await client.indexed();
    });
    after(() => client.shutdown());

    test('¶N where each paragraph in view starts, as anchors number them; "Go to ¶N" gets its range', async () => {
      const { uri } = await client.open(DOC, 'plaintext');
      const line = positionOf(text, P10).line;
      const hints = await client.inlayHints(uri, lines(line - 4, line + 1));
      assert.deepEqual(
        hints.map(h => `${h.position.line}:${h.position.character} ${h.label}`),
        [`${line - 4}:0 ¶8`, `${line - 2}:0 ¶9`, `${line}:0 ¶10`],
        'only the paragraphs starting in the range, blank lines between them',
      );
      for (const h of hints) {
        const p = await client.conn.sendRequest('planlint/paragraph', { uri, para: Number(h.label.slice(1)) });
        assert.deepEqual(p.range.start, h.position);
        assert.equal(p.range.end.character, text.split('\n')[h.position.line].length, 'to the end of the line');
      }
      const none = await client.conn.sendRequest('planlint/paragraph', { uri, para: 999 });
      assert.deepEqual(none, { count: 161 }, 'no such paragraph: the count, for the input box to say');
      // Turned off with the other hints (once the uncited numbers' hints go, the settings are applied).
      await client.setSettings({ hints: { paragraphNumbers: false, uncitedNumbers: false } });
      try {
        await client.waitForDiagnostics(uri, p => !p.diagnostics.some(d => d.code === 'uncited-number'));
        assert.deepEqual(await client.inlayHints(uri, lines(line - 4, line + 1)), []);
      } finally {
        await client.setSettings({});
      }
      await client.close(uri);
    });

    test('a document no plan cites is not numbered, though "Go to ¶N" still finds its paragraphs', async () => {
      const path = join(seeds, 'sources/notes.txt');
      const second = '第二段，2020年达到5%。';
      const { uri } = await client.open(path, 'plaintext', uriOf(path), `第一段。\n\n${second}\n`);
      assert.deepEqual(await client.inlayHints(uri, lines(0, 3)), []);
      const p = await client.conn.sendRequest('planlint/paragraph', { uri, para: 2 });
      const end = { line: 2, character: second.length };
      assert.deepEqual(p, { count: 2, range: { start: { line: 2, character: 0 }, end } });
      await client.close(uri);
    });

    test('the CodeLenses of a cited paragraph: how many plan items cite it, then each by name', async () => {
      const { uri } = await client.open(DOC, 'plaintext');
      const lenses = await client.codeLens(uri);
      const at10 = lenses.filter(l => l.range.start.line === positionOf(text, P10).line);
      assert.deepEqual(
        at10.map(l => l.command.title),
        [
          'cited by 3 plan items',
          "'全省固定宽带家庭普及率'",
          "'全省信息产业主营业务收入'",
          "'电子信息制造业主营业务收入'",
        ],
      );
      // The count lists every anchor; a name, its item's.
      assert.deepEqual(
        at10.map(l => l.command.arguments[2].length),
        [3, 1, 1, 1],
      );
      assert.ok(at10.every(l => l.command.command === 'planlint.showCitations'));
      // Five items cite the paragraph on 两化 融合: three by name, and the rest counted.
      const line = positionOf(text, '“两化”深度融合成效明显').line;
      assert.deepEqual(titlesAt(lenses, line).slice(0, 1).concat(titlesAt(lenses, line).slice(4)), [
        'cited by 5 plan items',
        '+2 more',
      ]);
      assert.equal(titlesAt(lenses, line).length, 5);
      await client.setSettings({ locale: 'zh-cn' });
      try {
        await client.waitForDiagnostics(uri, p => p.diagnostics.some(d => /没有规划条目/.test(d.message)));
        const zh = await client.codeLens(uri);
        assert.deepEqual(titlesAt(zh, positionOf(text, P10).line).slice(0, 2), [
          '被3个规划条目引用',
          '“全省固定宽带家庭普及率”',
        ]);
        assert.equal(titlesAt(zh, line)[4], '另有2个');
      } finally {
        await client.setSettings({});
      }
      await client.close(uri);
    });
  });

  const reloaded = 'a source document open before the plans are indexed (a reloaded window) gets hints, lenses, ¶N';
  test(`${bundle} server: ${reloaded}`, async () => {
    let release;
    const held = new Promise(r => {
      release = r;
    });
    // VS Code reopens the document as soon as the server starts; the server indexes once it has the settings.
    const client = await startServer(bundle, seeds, {
      settingsHeld: held,
      workspaceCapabilities: { codeLens: { refreshSupport: true }, inlayHint: { refreshSupport: true } },
    });
    try {
      const { uri } = await client.open(DOC, 'plaintext');
      const cited = positionOf(text, P10, P10.indexOf('952.9'));
      const on952 = p =>
        p.diagnostics.some(d => d.range.start.line === cited.line && d.range.start.character === cited.character);
      const early = await client.waitForDiagnostics(uri);
      assert.ok(on952(early), 'before the plans are known, no number is cited: 952.9亿元 neither');
      assert.deepEqual(await client.codeLens(uri), []);
      release();
      await client.indexed();
      const hints = await client.waitForDiagnostics(uri, p => !on952(p));
      assert.ok(
        hints.diagnostics.some(d => d.code === 'uncited-number'),
        'what no plan cites is still hinted',
      );
      assert.ok(client.refreshes.codeLens > 0 && client.refreshes.inlayHint > 0, JSON.stringify(client.refreshes));
      // Asked again, as VS Code then asks.
      const line = positionOf(text, P10).line;
      assert.ok(titlesAt(await client.codeLens(uri), line).includes("'全省信息产业主营业务收入'"));
      const marks = await client.inlayHints(uri, lines(line, line + 1));
      assert.deepEqual(
        marks.map(m => m.label),
        ['¶10'],
      );
    } finally {
      await client.shutdown();
    }
  });
}

for (const bundle of BUNDLES) {
  test(`${bundle} server: lenses and marks are asked for again only when what they show changes`, async () => {
    const client = await startServer(bundle, seeds, {
      workspaceCapabilities: { codeLens: { refreshSupport: true }, inlayHint: { refreshSupport: true } },
    });
    try {
      await client.indexed();
      const doc = await client.open(DOC, 'plaintext');
      await client.waitForDiagnostics(doc.uri);
      const plan = await client.open(join(seeds, 'plans/sx-industry-13th.plan.yaml'));
      await client.waitForDiagnostics(plan.uri);
      const settle = () => new Promise(r => setTimeout(r, 600)); // past the 200 ms pause after typing
      await settle();
      const before = { ...client.refreshes };
      // A comment typed into the plan: no paragraph gains or loses a citing item.
      let version = await client.change(plan.uri, [{ range: lines(0, 0), text: '# a note\n' }]);
      await client.waitForDiagnostics(plan.uri, p => p.version === version, 20000);
      await settle();
      assert.deepEqual(client.refreshes, before, 'nothing the lenses show changed');
      // The 2015 baseline's quote removed: ¶10 loses a citing item.
      const line = plan.text.split('\n').findIndex(l => l.includes('quote: "我省信息产业实现收入952.9亿元"'));
      assert.ok(line > 0);
      // One line lower now, under the typed comment.
      version = await client.change(plan.uri, [{ range: lines(line + 1, line + 2), text: '' }]);
      await client.waitForDiagnostics(plan.uri, p => p.version === version, 20000);
      await settle();
      assert.ok(client.refreshes.codeLens > before.codeLens, 'the lenses changed: the client is asked again');
    } finally {
      await client.shutdown();
    }
  });
}
