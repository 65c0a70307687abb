// A minimal LSP client for the protocol tests: drives the node bundle over stdio, or the browser
// bundle in a worker thread (answering its file reads like vscode.workspace.fs would).
import { spawn } from 'node:child_process';
import { Worker } from 'node:worker_threads';
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { URI } from 'vscode-uri';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  AbstractMessageReader,
  AbstractMessageWriter,
} from 'vscode-jsonrpc/node';
import { after } from 'node:test';
import { repoRoot } from '../helpers.mjs';
import { FILE_TYPE, serveRead } from '../../dist/test/serve-read.mjs';

// A protocol test file ends once its tests have reported, even if a server it started (a worker thread
// under load, a child) is slow to let go: the timer keeps nothing alive, and the runner has set the exit
// code by then. (A CI run once hung here for minutes after every test of a file had passed.)
after(() => {
  setTimeout(() => process.exit(), 5000).unref();
});

class WorkerReader extends AbstractMessageReader {
  constructor(worker) {
    super();
    this.worker = worker;
  }
  listen(cb) {
    const h = m => cb(m);
    this.worker.on('message', h);
    return { dispose: () => this.worker.off('message', h) };
  }
}
class WorkerWriter extends AbstractMessageWriter {
  constructor(worker) {
    super();
    this.worker = worker;
  }
  async write(msg) {
    this.worker.postMessage(msg);
  }
  end() {}
}

export const BUNDLES = ['node', 'browser'];

/** Answers to the requests a test sent raw (`client.raw`), by id; every other message goes to the connection. */
function tapped(reader, raw) {
  return {
    onError: reader.onError,
    onClose: reader.onClose,
    onPartialMessage: reader.onPartialMessage,
    dispose: () => reader.dispose(),
    listen: cb =>
      reader.listen(m => {
        const waiting = m.id !== undefined && !m.method ? raw.get(m.id) : undefined;
        if (!waiting) return cb(m);
        raw.delete(m.id);
        waiting(m);
      }),
  };
}
/** One LSP frame, as a stream carries it. */
const frame = m => {
  const body = JSON.stringify(m);
  return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
};

/** The disk as `vscode.workspace.fs` shows it: a link's type is its target's, with the SymbolicLink bit. */
const diskFs = {
  parse: uri => URI.parse(uri, true),
  withPath: (uri, path) => uri.with({ path }),
  async stat(uri) {
    const link = (await fs.lstat(uri.fsPath)).isSymbolicLink() ? FILE_TYPE.SymbolicLink : 0;
    const st = await fs.stat(uri.fsPath);
    const type = st.isFile() ? FILE_TYPE.File : st.isDirectory() ? FILE_TYPE.Directory : 0;
    return { type: type | link, size: st.size };
  },
  readFile: async uri => new Uint8Array(await fs.readFile(uri.fsPath)),
};
/** A file's URI as VS Code writes it (vscode-uri is VS Code's own URI code). */
export const uriOf = p => URI.file(p).toString();

async function listPlans(dir) {
  const out = [];
  for (const e of await fs.readdir(dir, { withFileTypes: true })) {
    if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
    const full = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await listPlans(full)));
    else if (/\.(plan\.ya?ml|orgs\.yaml)$/.test(e.name)) out.push(uriOf(full));
  }
  return out;
}

/** Starts a server bundle on a workspace folder and returns a client with helpers. */
/** `variant: 'fault'` starts the tests' own build with a rule that throws (dist/test/). */
/** `workspaceCapabilities`: more of the client's `workspace` capabilities (VS Code's `refreshSupport`s); */
/** `settingsHeld`: a promise the first settings request waits for (the server indexes only once it has them). */
/** `capabilities`: the client's capabilities over the harness's (a key given replaces the harness's); */
/** `beforeInitialize(conn)`: runs before `initialize` is sent; `initialized: false`: the test sends it (`client.initialized`). */
export async function startServer(
  kind,
  folder,
  {
    locale = 'en',
    settings = {},
    initializationOptions = {},
    folders = [folder],
    variant,
    workspaceCapabilities = {},
    settingsHeld,
    capabilities = {},
    beforeInitialize,
    initialized = true,
  } = {},
) {
  let conn, stop, exited, sendRaw;
  const raw = new Map();
  if (kind === 'node') {
    const bundle = variant ? `dist/test/server-node-${variant}.js` : 'dist/server-node.js';
    const proc = spawn(process.execPath, [join(repoRoot, bundle), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    conn = createMessageConnection(
      tapped(new StreamMessageReader(proc.stdout), raw),
      new StreamMessageWriter(proc.stdin),
    );
    sendRaw = messages => proc.stdin.write(messages.map(frame).join(''));
    stop = () => proc.kill();
    exited = new Promise(r => proc.on('exit', r));
  } else {
    const worker = new Worker(join(repoRoot, 'test/server/worker-bootstrap.cjs'), {
      workerData: {
        bundle: join(repoRoot, variant ? `dist/test/server-browser-${variant}.js` : 'dist/server-browser.js'),
      },
    });
    conn = createMessageConnection(tapped(new WorkerReader(worker), raw), new WorkerWriter(worker));
    // One message event for them all (worker-bootstrap.cjs hands them to the server one by one).
    sendRaw = messages => worker.postMessage({ planlintBatch: messages });
    stop = () => worker.terminate();
    exited = new Promise(r => worker.on('exit', r));
  }
  const diagnostics = new Map();
  const published = [];
  const waiters = [];
  const reads = [];
  /** The files whose bytes the client handed over (the browser bundle reads through it). */
  const served = [];
  const log = [];
  conn.onNotification('textDocument/publishDiagnostics', p => {
    diagnostics.set(p.uri, p);
    published.push(p);
    for (const w of [...waiters])
      if (w.uri === p.uri && w.pred(p)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(p);
      }
  });
  conn.onNotification('window/logMessage', p => log.push(p.message));
  let indexed;
  const indexedOnce = new Promise(r => {
    indexed = r;
  });
  conn.onNotification('planlint/status', p => {
    if (!p.indexing) indexed(p);
  });
  const state = { settings };
  conn.onRequest('workspace/configuration', async p => {
    await settingsHeld;
    return p.items.map(() => state.settings);
  });
  conn.onRequest('client/registerCapability', () => null);
  // The server's requests that the client ask again for what it shows, counted.
  const refreshes = { codeLens: 0, inlayHint: 0 };
  conn.onRequest('workspace/codeLens/refresh', () => {
    refreshes.codeLens++;
    return null;
  });
  conn.onRequest('workspace/inlayHint/refresh', () => {
    refreshes.inlayHint++;
    return null;
  });
  // Answered by the extension's own code, over the disk as vscode.workspace.fs shows it.
  conn.onRequest('planlint/readFile', async params => {
    reads.push(params.uri);
    const answer = await serveRead(
      params,
      diskFs,
      folders.map(f => URI.file(f)),
    );
    if (answer.base64 !== null) served.push(params.uri);
    return answer;
  });
  // What the server asked the client to show, and told the user.
  const shown = [];
  const messages = [];
  conn.onRequest('window/showDocument', p => {
    shown.push(p);
    return { success: true };
  });
  conn.onNotification('window/showMessage', p => messages.push(p));
  conn.onRequest('planlint/listFiles', async ({ folder: f }) => listPlans(fileURLToPath(f)));
  conn.listen();
  await beforeInitialize?.(conn);
  const initializeResult = await conn.sendRequest('initialize', {
    processId: process.pid,
    rootUri: uriOf(folder),
    workspaceFolders: folders.map((f, i) => ({ uri: uriOf(f), name: `ws${i}` })),
    capabilities: {
      workspace: {
        configuration: true,
        didChangeConfiguration: { dynamicRegistration: true },
        ...workspaceCapabilities,
      },
      textDocument: { publishDiagnostics: { versionSupport: true } },
      ...capabilities,
    },
    initializationOptions: { locale, ...initializationOptions },
  });
  if (initialized) await conn.sendNotification('initialized', {});
  const versions = new Map();
  const client = {
    conn,
    diagnostics,
    published,
    reads,
    served,
    log,
    refreshes,
    initializeResult,
    shown,
    messages,
    /** Resolves with the exit code of the node server (a number), or when the worker has ended. */
    exited,
    initialized: () => conn.sendNotification('initialized', {}),
    /**
     * Sends messages in one write (one message event in a worker), as a client may batch them: the server
     * receives them together. Requests need string ids; resolves with their answers (whole response messages).
     */
    raw(messages) {
      const answers = messages
        .filter(m => m.method && m.id !== undefined)
        .map(m => new Promise(resolve => raw.set(m.id, resolve)));
      sendRaw(messages);
      return Promise.all(answers);
    },
    /** Resolves once the server has checked every plan of the workspace folders. */
    indexed: () => indexedOnce,
    /** Changes the editor settings the way VS Code does: a notification, then the server pulls them. */
    async setSettings(s) {
      state.settings = s;
      await conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    },
    /** Resolves with the next diagnostics for `uri` that satisfy `pred` (or the current ones if they do). */
    waitForDiagnostics(uri, pred = () => true, ms = 10000) {
      const now = diagnostics.get(uri);
      if (now && pred(now)) return Promise.resolve(now);
      return new Promise((resolve, reject) => {
        const t = setTimeout(
          () =>
            reject(
              new Error(
                `no matching diagnostics for ${uri} in ${ms} ms; last: ${JSON.stringify(diagnostics.get(uri)?.diagnostics.map(d => d.code))}`,
              ),
            ),
          ms,
        );
        waiters.push({
          uri,
          pred,
          resolve: v => {
            clearTimeout(t);
            resolve(v);
          },
        });
      });
    },
    /** Opens a file as the editor does; without `text`, decoded as UTF-8 (VS Code's default). */
    async open(path, languageId = /\.txt$/.test(path) ? 'plaintext' : 'planlint', uri = uriOf(path), text = undefined) {
      text ??= await fs.readFile(path, 'utf8');
      versions.set(uri, 1);
      await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
      return { uri, text };
    },
    async change(uri, contentChanges) {
      const version = versions.get(uri) + 1;
      versions.set(uri, version);
      await conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
      return version;
    },
    close: uri => conn.sendNotification('textDocument/didClose', { textDocument: { uri } }),
    hover: (uri, line, character) =>
      conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character } }),
    definition: (uri, line, character) =>
      conn.sendRequest('textDocument/definition', { textDocument: { uri }, position: { line, character } }),
    codeLens: uri => conn.sendRequest('textDocument/codeLens', { textDocument: { uri } }),
    inlayHints: (uri, range) => conn.sendRequest('textDocument/inlayHint', { textDocument: { uri }, range }),
    async shutdown() {
      try {
        await conn.sendRequest('shutdown');
        await conn.sendNotification('exit');
      } catch {
        /* gone */
      }
      conn.dispose();
      stop();
    },
  };
  return client;
}

/** The 0-based position of the first occurrence of `needle` in `text` (plus `delta` characters). */
export function positionOf(text, needle, delta = 0) {
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`'${needle}' not in text`);
  const before = text.slice(0, i + delta).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

/** Applies LSP text edits to a text, as the editor would. */
export function applyEdits(text, edits) {
  const offset = p => {
    const lines = text.split('\n');
    let o = 0;
    for (let i = 0; i < p.line; i++) o += lines[i].length + 1;
    return o + p.character;
  };
  const sorted = edits
    .map(e => ({ s: offset(e.range.start), e: offset(e.range.end), t: e.newText }))
    .sort((a, b) => b.s - a.s);
  for (const x of sorted) text = text.slice(0, x.s) + x.t + text.slice(x.e);
  return text;
}
