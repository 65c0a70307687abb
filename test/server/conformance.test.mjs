// LSP conformance, on both bundles, for clients other than VS Code (docs/editors.md): the capabilities the
// server declares are the ones it serves; the position encoding is negotiated and positions are converted
// for non-ASCII text; the lifecycle (`initialize` first, `shutdown`, `exit`); requests before `initialized`;
// documents the client never opens; the extension's commands over plain LSP (`window/showDocument`).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../helpers.mjs';
import { BUNDLES, startServer, positionOf, uriOf } from './harness.mjs';

const seeds = join(repoRoot, 'seeds');
const plan = join(seeds, 'plans/sx-industry-13th.plan.yaml');
const doc004 = join(seeds, 'sources/004_20b7e8ad50f7031c.txt');
const doc004Lines = readFileSync(doc004, 'utf8').split('\n');
const planText = readFileSync(plan, 'utf8');
const QUOTE = '非煤产业占全部工业增加值比重达到60%以上';
const bytes = s => Buffer.byteLength(s);
/** A position as a UTF-8 client counts it. */
const utf8 = (text, p) => ({ line: p.line, character: bytes(text.split('\n')[p.line].slice(0, p.character)) });
const rejection = p =>
  p.then(
    () => undefined,
    e => e.code,
  );

for (const bundle of BUNDLES) {
  describe(`${bundle} server: conformance`, () => {
    test('declares what it serves, and serves what it declares', async () => {
      const client = await startServer(bundle, seeds);
      try {
        const caps = client.initializeResult.capabilities;
        assert.deepEqual(Object.keys(caps).sort(), [
          'codeActionProvider',
          'codeLensProvider',
          'completionProvider',
          'definitionProvider',
          'documentSymbolProvider',
          'executeCommandProvider',
          'hoverProvider',
          'inlayHintProvider',
          'positionEncoding',
          'referencesProvider',
          'renameProvider',
          'textDocumentSync',
          'workspace',
          'workspaceSymbolProvider',
        ]);
        assert.equal(caps.positionEncoding, 'utf-16', 'a client that offers no encoding gets UTF-16');
        assert.deepEqual(caps.executeCommandProvider.commands, ['planlint.showCitations', 'planlint.goToParagraph']);
        const { uri } = await client.open(plan);
        const at = { textDocument: { uri }, position: { line: 0, character: 0 } };
        const range = { start: at.position, end: at.position };
        const declared = {
          'textDocument/hover': at,
          'textDocument/definition': at,
          'textDocument/codeLens': { textDocument: at.textDocument },
          'textDocument/completion': at,
          'textDocument/codeAction': { textDocument: at.textDocument, range, context: { diagnostics: [] } },
          'textDocument/references': { ...at, context: { includeDeclaration: true } },
          'textDocument/prepareRename': at,
          'textDocument/documentSymbol': { textDocument: at.textDocument },
          'workspace/symbol': { query: '' },
          'textDocument/inlayHint': { textDocument: at.textDocument, range },
        };
        for (const [method, params] of Object.entries(declared))
          assert.equal(await rejection(client.conn.sendRequest(method, params)), undefined, `${method} is served`);
        for (const method of [
          'textDocument/formatting',
          'textDocument/documentHighlight',
          'textDocument/signatureHelp',
        ])
          assert.equal(await rejection(client.conn.sendRequest(method, at)), -32601, `${method} is not declared`);
      } finally {
        await client.shutdown();
      }
    });

    test('the extension runs its own commands: the server then declares none', async () => {
      const clientCommands = ['planlint.showCitations', 'planlint.goToParagraph'];
      const client = await startServer(bundle, seeds, { initializationOptions: { clientCommands } });
      assert.equal(client.initializeResult.capabilities.executeCommandProvider, undefined);
      await client.shutdown();
    });

    for (const [offered, agreed] of [
      [['utf-8', 'utf-16'], 'utf-8'],
      [['utf-32'], 'utf-32'],
      [['utf-16', 'utf-8'], 'utf-16'],
      [['latin-1'], 'utf-16'],
    ])
      test(`positionEncoding: offered ${offered.join(', ')}, agreed ${agreed}`, async () => {
        const client = await startServer(bundle, seeds, { capabilities: { general: { positionEncodings: offered } } });
        assert.equal(client.initializeResult.capabilities.positionEncoding, agreed);
        await client.shutdown();
      });

    test('UTF-8: every position in and out counts bytes, in open documents and in files never opened', async () => {
      const client = await startServer(bundle, seeds, { capabilities: { general: { positionEncodings: ['utf-8'] } } });
      try {
        const { uri, text } = await client.open(plan);
        await client.waitForDiagnostics(uri);
        // In: a position after Chinese text, in bytes (UTF-16 would point elsewhere on the line).
        const org = positionOf(text, 'lead: [省经信委]', 9);
        const h = await client.hover(uri, org.line, utf8(text, org).character);
        assert.match(h.contents.value, /\*\*山西省经济和信息化委员会\*\*/);
        // Out, into a document the client never opened: the quoted text, in bytes.
        const q = positionOf(text, QUOTE, 3);
        const [loc] = await client.definition(uri, q.line, utf8(text, q).character);
        assert.equal(loc.uri, uriOf(doc004));
        const line = doc004Lines[loc.range.start.line];
        const lineBytes = Buffer.from(line);
        assert.equal(lineBytes.subarray(loc.range.start.character, loc.range.end.character).toString(), QUOTE);
        // An edit's range in bytes; the new diagnostic's range in bytes.
        const six = positionOf(text, `比重达到60%以上"`, 4);
        const start = utf8(text, six);
        await client.change(uri, [{ range: { start, end: { ...start, character: start.character + 1 } }, text: '7' }]);
        const edited = text.replace(`比重达到60%以上"`, `比重达到70%以上"`);
        const p = await client.waitForDiagnostics(uri, x => x.diagnostics.some(d => d.code === 'source-anchor'));
        const d = p.diagnostics.find(x => x.code === 'source-anchor');
        const quoted = `"${QUOTE.replace('60', '70')}"`;
        assert.deepEqual(d.range, {
          start: utf8(edited, positionOf(edited, quoted)),
          end: utf8(edited, positionOf(edited, quoted, quoted.length)),
        });
        // Edits back out, in bytes: the quick fix replaces exactly the quote (after Chinese text on its line).
        const actions = await client.conn.sendRequest('textDocument/codeAction', {
          textDocument: { uri },
          range: d.range,
          context: { diagnostics: [d] },
        });
        const fix = actions.find(a => /closest passage/.test(a.title));
        assert.ok(fix, actions.map(a => a.title).join(' | '));
        const [edit] = fix.edit.changes[uri];
        const quoteLine = Buffer.from(edited.split('\n')[edit.range.start.line]);
        assert.equal(quoteLine.subarray(edit.range.start.character, edit.range.end.character).toString(), quoted);
      } finally {
        await client.shutdown();
      }
    });

    test('a request before initialize is refused; after shutdown, requests are refused and exit ends it', async () => {
      let early;
      const client = await startServer(bundle, seeds, {
        beforeInitialize: async conn => {
          early = await rejection(conn.sendRequest('workspace/symbol', { query: '' }));
        },
      });
      assert.equal(early, -32002, 'ServerNotInitialized');
      assert.equal(await client.conn.sendRequest('shutdown'), null);
      assert.equal(await rejection(client.conn.sendRequest('workspace/symbol', { query: '' })), -32600);
      await client.conn.sendNotification('exit');
      const code = await client.exited;
      if (bundle === 'node') assert.equal(code, 0, 'exit after shutdown: 0');
      client.conn.dispose();
    });

    if (bundle === 'node')
      test('exit without shutdown ends the process with 1', async () => {
        const client = await startServer(bundle, seeds);
        await client.conn.sendNotification('exit');
        assert.equal(await client.exited, 1);
        client.conn.dispose();
      });

    test('requests before initialized get answers; the settings that come with initialized apply', async () => {
      const client = await startServer(bundle, seeds, {
        initialized: false,
        settings: { rules: { 'growth-mismatch': 'off' } },
      });
      try {
        const { uri, text } = await client.open(plan);
        const first = await client.waitForDiagnostics(uri);
        assert.ok(
          first.diagnostics.some(d => d.code === 'growth-mismatch'),
          'checked with what it had',
        );
        const pos = positionOf(text, 'value: 952.9', 8);
        assert.match((await client.hover(uri, pos.line, pos.character)).contents.value, /¶10/);
        await client.initialized();
        await client.waitForDiagnostics(uri, p => !p.diagnostics.some(d => d.code === 'growth-mismatch'));
      } finally {
        await client.shutdown();
      }
    });

    test('settings: initializationOptions, then didChangeConfiguration, without workspace/configuration', async () => {
      const client = await startServer(bundle, seeds, {
        capabilities: { workspace: {} },
        initializationOptions: { planlint: { rules: { 'growth-mismatch': 'off' }, locale: 'zh-cn' } },
      });
      try {
        const { uri } = await client.open(join(seeds, 'plans/shaanxi-informatization-12th.plan.yaml'));
        const p = await client.waitForDiagnostics(uri);
        assert.ok(
          p.diagnostics.some(d => d.code === 'binding-without-owner' && /未明确责任单位/.test(d.message)),
          'zh-cn',
        );
        const { uri: other } = await client.open(plan);
        const q = await client.waitForDiagnostics(other);
        assert.deepEqual(
          q.diagnostics.map(d => d.code),
          [],
          'growth-mismatch is off',
        );
        // Such a client pushes changed settings with the notification.
        await client.conn.sendNotification('workspace/didChangeConfiguration', {
          settings: { planlint: { rules: { 'growth-mismatch': 'warning' } } },
        });
        await client.waitForDiagnostics(other, p => p.diagnostics.some(d => d.code === 'growth-mismatch'));
      } finally {
        await client.shutdown();
      }
    });

    test('lenses and Go to ¶N over plain LSP: executeCommand, then window/showDocument', async () => {
      const client = await startServer(bundle, seeds, {
        capabilities: { window: { showDocument: { support: true } } },
      });
      try {
        const { uri: docUri } = await client.open(doc004, 'plaintext');
        await client.indexed();
        const lens = (await client.codeLens(docUri)).find(l => doc004Lines[l.range.start.line].includes(QUOTE));
        const where = await client.conn.sendRequest('workspace/executeCommand', lens.command);
        assert.deepEqual(client.shown, [{ uri: uriOf(plan), selection: where.range, takeFocus: true }]);
        assert.match(planText.split('\n')[where.range.start.line], /非煤产业/);
        const p10 = await client.conn.sendRequest('workspace/executeCommand', {
          command: 'planlint.goToParagraph',
          arguments: [docUri, 10],
        });
        assert.equal(client.shown[1].uri, docUri);
        assert.match(doc004Lines[p10.range.start.line], /我省信息产业实现收入952\.9亿元/);
        assert.equal(
          await client.conn.sendRequest('workspace/executeCommand', {
            command: 'planlint.goToParagraph',
            arguments: [docUri, 9999],
          }),
          null,
        );
        assert.match(
          client.messages.at(-1).message,
          /There is no ¶9999 in this document: its paragraphs are ¶1 to ¶\d+/,
        );
      } finally {
        await client.shutdown();
      }
    });

    test('a client that cannot show documents is told where the place is', async () => {
      const client = await startServer(bundle, seeds);
      try {
        const { uri: docUri } = await client.open(doc004, 'plaintext');
        const where = await client.conn.sendRequest('workspace/executeCommand', {
          command: 'planlint.goToParagraph',
          arguments: [docUri, 10],
        });
        assert.deepEqual(client.shown, []);
        assert.deepEqual(client.messages.at(-1), {
          type: 3,
          message: `004_20b7e8ad50f7031c.txt, line ${where.range.start.line + 1}`,
        });
      } finally {
        await client.shutdown();
      }
    });
  });
}
