// The server's request handlers and its diagnostics scheduling, driven as a client drives them, on both
// bundles (issue 30, "the server in small parts"): a request cancelled with `$/cancelRequest` is answered
// RequestCancelled; a handler that throws is answered with an error, logged, and the server answers on; a
// burst of edits is checked once and never publishes an older version after a newer one, not even across a
// close and a reopen whose versions start again at 1; a check still running when a newer version comes is
// dropped (that test fails when diagnostics.ts publishes a stale job). `client.raw` sends a batch in one write, as the
// server may receive it from any client, so that the outcome does not depend on timing.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUNDLES, startServer } from './harness.mjs';
import { generate } from '../../bench/generate.mjs';

const REQUEST_CANCELLED = -32800;
const INTERNAL_ERROR = -32603;
const PLAN = `planlint: 1
plan: { id: t, title: 测试规划, period: [2016, 2020], baseline_year: 2015 }
indicators:
  telecom:
    name: 电信业务收入
    unit: 亿元
    direction: increase
    baseline: { year: 2015, value: 243 }
    targets: [{ year: 2020, value: 380 }]
`;
/** The same plan broken: a YAML syntax error the checker reports as `yaml-syntax`. */
const BROKEN = `${PLAN}goals: [\n`;
const codes = p => p.diagnostics.map(d => d.code);
const settle = ms => new Promise(r => setTimeout(r, ms));
/** The first log line that starts with `prefix`, once it has come (the log is a notification of its own). */
async function logged(client, prefix) {
  const deadline = Date.now() + 5000;
  for (;;) {
    const line = client.log.find(m => m.startsWith(prefix));
    if (line) return line;
    assert.ok(Date.now() < deadline, `'${prefix}…' in the log: ${client.log.slice(-3).join(' | ')}`);
    await settle(20);
  }
}

for (const bundle of BUNDLES) {
  describe(`${bundle} server: cancellation, handler errors, debounced diagnostics`, () => {
    let client, ws, uri;
    before(async () => {
      ws = mkdtempSync(join(tmpdir(), 'planlint-handlers-'));
      mkdirSync(join(ws, '.git'));
      writeFileSync(join(ws, 'a.plan.yaml'), PLAN);
      client = await startServer(bundle, ws);
      await client.indexed();
      ({ uri } = await client.open(join(ws, 'a.plan.yaml')));
      await client.waitForDiagnostics(uri, p => p.version === 1, 20000);
    });
    after(async () => {
      await client.shutdown();
      rmSync(ws, { recursive: true, force: true });
    });
    const at = { line: 4, character: 6 };
    const hover = () => client.hover(uri, at.line, at.character);
    const didChange = (version, text) => ({
      jsonrpc: '2.0',
      method: 'textDocument/didChange',
      params: { textDocument: { uri, version }, contentChanges: [{ text }] },
    });
    /** The versions of the plan published since `from` publications, in order. */
    const versionsSince = from =>
      client.published
        .slice(from)
        .filter(p => p.uri === uri)
        .map(p => p.version);

    test('a request cancelled right after it is sent is answered RequestCancelled', async () => {
      assert.ok(await hover(), 'uncancelled, the hover answers');
      let n = 0;
      for (const method of ['textDocument/hover', 'textDocument/completion']) {
        const id = `cancelled-${bundle}-${n++}`;
        const [answer] = await client.raw([
          { jsonrpc: '2.0', id, method, params: { textDocument: { uri }, position: at } },
          { jsonrpc: '2.0', method: '$/cancelRequest', params: { id } },
        ]);
        assert.equal(answer.error?.code, REQUEST_CANCELLED, `${method}: ${JSON.stringify(answer).slice(0, 200)}`);
        assert.equal(answer.result, undefined);
      }
      assert.ok(await hover(), 'the server answers on');
    });

    test('a handler that throws is answered with an error, logged, and the server answers on', async () => {
      // No position: the handler fails reading it (a TypeError, not a refusal it means).
      const [answer] = await client.raw([
        { jsonrpc: '2.0', id: `throws-${bundle}`, method: 'textDocument/hover', params: { textDocument: { uri } } },
      ]);
      assert.equal(answer.error?.code, INTERNAL_ERROR);
      assert.match(answer.error.message, /^planlint could not answer textDocument\/hover: /);
      assert.match(
        await logged(client, 'planlint: textDocument/hover failed: TypeError'),
        /\n\s+at /,
        'with its stack',
      );
      // A notification handler that throws (no `changes` to walk) is logged, and takes nothing down.
      await client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: null });
      assert.ok(await hover(), 'the server answers on');
      await logged(client, 'planlint: workspace/didChangeWatchedFiles failed: ');
    });

    test('a burst of edits publishes the last version, never an older one after a newer', async () => {
      const from = client.published.length;
      const edits = [];
      for (let v = 2; v <= 11; v++) edits.push(didChange(v, v === 11 ? BROKEN : `${PLAN}#${v}\n`));
      await client.raw(edits);
      const last = await client.waitForDiagnostics(uri, p => p.version === 11, 20000);
      assert.ok(codes(last).includes('yaml-syntax'), 'the last version is the one checked');
      await settle(300);
      const versions = versionsSince(from);
      assert.deepEqual(
        versions,
        [...versions].sort((a, b) => a - b),
        'never an older version after a newer',
      );
      assert.equal(versions.at(-1), 11, 'the last published is the last version');
      // Debounced: checked fewer times than edited (a check of a version already edited again is dropped).
      assert.ok(versions.length < edits.length, `published ${versions.join(', ')} for ${edits.length} edits`);
    });

    test('a check still running when a newer version comes is not published', async () => {
      // A large plan takes a while to check: timed once in a document of its own, in a folder of its own (the
      // plan's check then reads its registry afresh, and the server reads messages while the file is read).
      const big = generate(2000).plan;
      mkdirSync(join(ws, 'timing'));
      const t0 = performance.now();
      const other = await client.open(join(ws, 'timing/timing.plan.yaml'), 'planlint', undefined, big);
      await client.waitForDiagnostics(other.uri, p => p.version === 1, 60000);
      const checkMs = performance.now() - t0;
      // Version 20 of the plan is the large text; version 21 comes while it is being checked.
      const from = client.published.length;
      await client.raw([didChange(20, big)]);
      await settle(Math.min(100, checkMs / 4));
      await client.raw([didChange(21, PLAN)]);
      await client.waitForDiagnostics(uri, p => p.version === 21, 60000);
      await settle(2 * checkMs + 500); // the large check has ended by now
      const versions = versionsSince(from);
      assert.deepEqual(versions, [21], `checked in ${Math.round(checkMs)} ms; published ${versions.join(', ')}`);
    });

    test('closed and reopened (versions start again at 1): no older check is published after it', async () => {
      const from = client.published.length;
      const burst = [];
      for (let v = 12; v <= 16; v++) burst.push(didChange(v, BROKEN));
      await client.raw([
        ...burst,
        { jsonrpc: '2.0', method: 'textDocument/didClose', params: { textDocument: { uri } } },
        {
          jsonrpc: '2.0',
          method: 'textDocument/didOpen',
          params: { textDocument: { uri, languageId: 'planlint', version: 1, text: PLAN } },
        },
      ]);
      const reopened = await client.waitForDiagnostics(uri, p => p.version === 1, 20000);
      assert.ok(!codes(reopened).includes('yaml-syntax'), 'the reopened text is the one checked');
      await settle(300);
      const seen = client.published.slice(from).filter(p => p.uri === uri);
      assert.ok(seen.length >= 1);
      assert.deepEqual(
        seen.filter(p => p.version !== 1 || codes(p).includes('yaml-syntax')).map(p => p.version),
        [],
        'nothing of the closed document is published once it was opened again',
      );
      assert.ok(!codes(client.diagnostics.get(uri)).includes('yaml-syntax'));
    });
  });
}
