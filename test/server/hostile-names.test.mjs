// File names and document text built to break out of a hover's Markdown, on both server bundles:
// a plan and a source document named `…)(www.evil.example)**x**…`, a paragraph with lone CRs,
// U+2028. Every link target is percent-encoded, no line break survives.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUNDLES, startServer, positionOf } from './harness.mjs';

const EVIL = 'a)(www.evil.example)**x** #?%41';
// Control characters other than CR would make the document not text (contract: Text encodings), so
// the breakouts tried here are a lone CR, a CRLF and U+2028.
const PARAGRAPH = '目标达到60%以上\r# heading\r\n- item\u2028[x](command:y)';

function workspace() {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'planlint-names-')));
  writeFileSync(join(dir, 'planlint.config.yaml'), 'rules: {}\n');
  writeFileSync(join(dir, `${EVIL}.md`), `${PARAGRAPH}\n`);
  const plan = join(dir, `${EVIL}.plan.yaml`);
  writeFileSync(
    plan,
    `planlint: 1
plan: { id: p, title: t, period: [2016, 2020] }
sources:
  d: { path: "${EVIL}.md", title: "t" }
indicators:
  a: { name: n, unit: "%", direction: increase, targets: [{ year: 2020, value: ">= 60", source: { doc: d, quote: "目标达到60%以上" } }] }
goals:
  G: { title: g, indicators: [a] }
`,
  );
  return { dir, plan, doc: join(dir, `${EVIL}.md`) };
}

/** Every Markdown link: its target must be one percent-encoded URI, and nothing else may look like a link. */
function assertSafeMarkdown(md, links) {
  assert.doesNotMatch(
    md,
    /[\r\n\u0085\u2028\u2029][^\n]*$|[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/,
    `no stray break or control character: ${JSON.stringify(md)}`,
  );
  const targets = [...md.matchAll(/(?<!\\)\]\(([^)]*)\)/g)].map(m => m[1]);
  assert.equal(targets.length, links, `links: ${JSON.stringify(targets)} in ${JSON.stringify(md)}`);
  for (const t of targets) {
    assert.match(t, /^file:\/\/\/[A-Za-z0-9\-._/:=&,;@$+%]*(#L\d+(,\d+-L\d+,\d+)?)?$/, `a fully encoded target: ${t}`);
    assert.ok(
      decodeURIComponent(t.replace(/#L\d+(,\d+-L\d+,\d+)?$/, '')).endsWith(
        EVIL + (t.includes('.plan.yaml') ? '.plan.yaml' : '.md'),
      ),
      `the target is the file itself: ${t}`,
    );
  }
}

for (const bundle of BUNDLES) {
  describe(`${bundle} server: hostile file names and text in hovers`, () => {
    let client, ws;
    before(async () => {
      ws = workspace();
      client = await startServer(bundle, ws.dir);
    });
    after(() => client.shutdown());

    test('hover on an anchor: the paragraph escaped, one link to the document, fully encoded', async () => {
      const { uri, text } = await client.open(ws.plan);
      await client.waitForDiagnostics(uri);
      const at = positionOf(text, '目标达到60%以上', 2);
      const md = (await client.hover(uri, at.line, at.character)).contents.value;
      assertSafeMarkdown(md.replace(/\n/g, ' '), 1);
      assert.match(md, /\\\[x\\\]\\\(command\\:y\\\)/, "the paragraph's link shows as text");
      const ref = positionOf(text, 'doc: d', 5);
      assertSafeMarkdown((await client.hover(uri, ref.line, ref.character)).contents.value.replace(/\n/g, ' '), 1);
    });

    test('hover on the source document: links back to the hostile plan name, fully encoded', async () => {
      const { uri: docUri } = await client.open(ws.doc, 'markdown');
      const h = await client.hover(docUri, 0, 2);
      assert.ok(h, 'the paragraph is cited');
      assertSafeMarkdown(h.contents.value.replace(/\n/g, ' '), 1);
    });
  });
}
