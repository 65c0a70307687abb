// An LSP driver for the benchmark: starts a language server over stdio and measures what a
// drafter feels: open → diagnostics, edit → diagnostics (paced and in a burst), hover, completion,
// and the server's peak memory (VmHWM).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

export const median = a => {
  const s = [...a].sort((x, y) => x - y);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN;
};
export const p95 = a => {
  const s = [...a].sort((x, y) => x - y);
  return s.length ? s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)] : NaN;
};

function peakMemoryMB(pid) {
  try {
    return Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;
  } catch {
    return NaN;
  }
}

/** `server`: { command, args, languageId, settings, initializationOptions }. */
export async function measure(
  server,
  { folder, file, edits = 20, burst = 20, hovers = 30, completions = 20, timeoutMs = 600000 },
) {
  const proc = spawn(server.command, server.args, { stdio: ['pipe', 'pipe', 'ignore'] });
  const conn = createMessageConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
  const uri = pathToFileURL(file).href;
  let waiter;
  conn.onNotification('textDocument/publishDiagnostics', p => {
    if (p.uri === uri && waiter && waiter.pred(p)) {
      const w = waiter;
      waiter = undefined;
      w.resolve(p);
    }
  });
  conn.onRequest('workspace/configuration', p =>
    p.items.map(i => server.settings?.[i.section ?? ''] ?? server.settings?.[(i.section ?? '').split('.')[0]] ?? null),
  );
  conn.onRequest('client/registerCapability', () => null);
  conn.onRequest('window/workDoneProgress/create', () => null);
  conn.onNotification(() => {});
  conn.listen();
  const wait = pred =>
    new Promise((resolve, reject) => {
      const t = setTimeout(() => reject(new Error('timed out waiting for diagnostics')), timeoutMs);
      waiter = {
        pred,
        resolve: v => {
          clearTimeout(t);
          resolve(v);
        },
      };
    });
  const folderUri = pathToFileURL(folder).href;
  await conn.sendRequest('initialize', {
    processId: process.pid,
    rootUri: folderUri,
    workspaceFolders: [{ uri: folderUri, name: 'bench' }],
    capabilities: {
      workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
      textDocument: {
        publishDiagnostics: { versionSupport: true },
        hover: { contentFormat: ['markdown'] },
        completion: { completionItem: { snippetSupport: true } },
      },
    },
    initializationOptions: server.initializationOptions ?? {},
  });
  await conn.sendNotification('initialized', {});
  if (server.settings) await conn.sendNotification('workspace/didChangeConfiguration', { settings: server.settings });
  let text = readFileSync(file, 'utf8');
  const lines = text.split('\n');
  let version = 1;
  const result = {};

  // Open twice: first in the fresh process (cold), then, closed and changed by a comment so no
  // cache can answer, on the running server (what every later open costs).
  let t0 = performance.now();
  // Only a publication that holds the planted schema error counts: some servers publish empty first.
  const real = p => p.diagnostics.length > 0;
  const first = wait(real);
  await conn.sendNotification('textDocument/didOpen', {
    textDocument: { uri, languageId: server.languageId, version, text },
  });
  // A server that versions its publications is held to the version it was sent: after the close, the
  // plan's check from disk (unversioned) is not the reopened document's.
  const versions = (await first).version !== undefined;
  result.coldOpenMs = performance.now() - t0;
  await conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  await new Promise(r => setTimeout(r, 200));
  text = `# reopened\n${text}`;
  lines.unshift('# reopened');
  version = 1000; // a version not seen before: a server may cache parses by document version
  t0 = performance.now();
  const again = wait(p => real(p) && (versions ? p.version === 1000 : p.version === undefined || p.version === 1000));
  await conn.sendNotification('textDocument/didOpen', {
    textDocument: { uri, languageId: server.languageId, version, text },
  });
  const firstDiags = await again;
  result.openMs = performance.now() - t0;
  result.diagnostics = firstDiags.diagnostics.length;

  // An edit: one character of a name in the middle of the file, replaced.
  const nameLines = lines.map((l, i) => (/^ {4}name: /.test(l) ? i : -1)).filter(i => i >= 0);
  const editAt = i => {
    const line = nameLines[(Math.floor(nameLines.length / 2) + i) % nameLines.length];
    return { line, character: lines[line].length - 1 };
  };
  const change = async i => {
    const at = editAt(i);
    version++;
    const ch = String.fromCharCode(0x4e00 + (version % 500));
    await conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: at, end: { line: at.line, character: at.character + 1 } }, text: ch }],
    });
    lines[at.line] = lines[at.line].slice(0, at.character) + ch;
  };
  const versioned = v => p => real(p) && (p.version === undefined ? true : p.version >= v);
  result.editMs = [];
  for (let i = 0; i < edits; i++) {
    await new Promise(r => setTimeout(r, 30));
    t0 = performance.now();
    const w = wait(versioned(version + 1));
    await change(i);
    await w;
    result.editMs.push(performance.now() - t0);
  }
  if (burst) {
    await new Promise(r => setTimeout(r, 50));
    for (let i = 0; i < burst - 1; i++) await change(i);
    t0 = performance.now();
    const w = wait(versioned(version + 1));
    await change(burst);
    await w;
    result.burstMs = performance.now() - t0;
  }
  // Hovers on numbers and ids; completions where an organization is expected.
  const valueLines = lines.map((l, i) => (/^ {4}baseline: \{ year: \d+, value: /.test(l) ? i : -1)).filter(i => i >= 0);
  result.hoverMs = [];
  for (let i = 0; i < hovers && valueLines.length; i++) {
    const line = valueLines[(i * 7919) % valueLines.length];
    t0 = performance.now();
    await conn.sendRequest('textDocument/hover', {
      textDocument: { uri },
      position: { line, character: lines[line].indexOf('value: ') + 8 },
    });
    result.hoverMs.push(performance.now() - t0);
  }
  const respLines = lines.map((l, i) => (/^ {4}responsible: \[/.test(l) ? i : -1)).filter(i => i >= 0);
  result.completionMs = [];
  for (let i = 0; i < completions && respLines.length; i++) {
    const line = respLines[(i * 104729) % respLines.length];
    t0 = performance.now();
    await conn.sendRequest('textDocument/completion', {
      textDocument: { uri },
      position: { line, character: lines[line].indexOf('[') + 1 },
    });
    result.completionMs.push(performance.now() - t0);
  }
  result.peakMemoryMB = peakMemoryMB(proc.pid);
  try {
    await Promise.race([conn.sendRequest('shutdown'), new Promise(r => setTimeout(r, 2000))]);
    await conn.sendNotification('exit');
  } catch {
    /* gone */
  }
  conn.dispose();
  proc.kill();
  return result;
}
