// Source documents as they come (issue 27): reading a 2 MB Word file and a 100-page PDF, made by code as
// the tests make theirs (test/documents.mjs) from the generated plan's paragraphs and generated prose, and
// the time from opening a plan that cites the document, in a fresh language server, to its first
// diagnostics (the same plan over the same text as a .txt for comparison).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { docxOf, pdfOf } from '../test/documents.mjs';
import { generate } from './generate.mjs';
import { median } from './lsp.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const core = await import(join(root, 'dist/core.mjs'));
const LIMIT = 16 * 1024 * 1024;

/**
 * Prose after the plan's paragraphs: sentences of a plan's kind, each with a clause of random ideographs so
 * that the file compresses about as a real document's text does (else a 2 MB Word file would unpack past the
 * 16 MiB limit).
 */
function prose(count, seed = 7) {
  let s = seed;
  const r = () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return s / 2 ** 32;
  };
  const pick = a => a[Math.floor(r() * a.length)];
  const words = n => String.fromCharCode(...Array.from({ length: n }, () => 0x4e00 + Math.floor(r() * 0x51a5)));
  const places = ['太原', '大同', '朔州', '忻州', '吕梁', '晋中', '阳泉', '长治', '晋城', '临汾', '运城'];
  const fields = ['数字经济', '新型基础设施', '智能制造', '现代物流', '文化旅游', '绿色能源', '生态环境', '公共服务'];
  const verbs = ['加快', '推进', '完善', '健全', '深化', '支持', '培育', '打造', '提升', '强化'];
  const things = ['示范园区', '公共平台', '重点项目', '龙头企业', '创新中心', '应用场景', '标准体系', '服务网络'];
  const units = ['亿元', '万户', '个', '家', '%', '万人', '公里'];
  return Array.from({ length: count }, () => {
    const n = (r() * 1000).toFixed(r() < 0.5 ? 0 : 1);
    return (
      `${pick(verbs)}${pick(places)}${pick(fields)}${pick(things)}建设，${pick(verbs)}${pick(fields)}与${pick(fields)}融合，` +
      `到${2021 + Math.floor(r() * 5)}年${pick(places)}${pick(fields)}${pick(things)}达到${n}${pick(units)}，` +
      `围绕${words(12)}，${pick(verbs)}${pick(things)}${Math.floor(r() * 90) + 10}个。`
    );
  });
}

/** A workspace: the generated plan citing `source.<form>`, its registry, and the document. */
function workspace(form, plan, orgs, bytes) {
  const dir = mkdtempSync(join(tmpdir(), `planlint-bench-${form}-`));
  writeFileSync(join(dir, 'planlint.config.yaml'), 'rules: {}\n');
  writeFileSync(join(dir, 'bench.plan.yaml'), plan.replace('path: source.txt', `path: source.${form}`));
  writeFileSync(join(dir, 'orgs.orgs.yaml'), orgs);
  writeFileSync(join(dir, `source.${form}`), bytes);
  return dir;
}

/** Opens the plan in a fresh node server; the time from didOpen to its first diagnostics, and their codes. */
async function firstDiagnostics(dir) {
  const proc = spawn(process.execPath, [join(root, 'dist/server-node.js'), '--stdio'], {
    stdio: ['pipe', 'pipe', 'ignore'],
  });
  const conn = createMessageConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
  const uri = pathToFileURL(join(dir, 'bench.plan.yaml')).href;
  const published = new Promise(resolve =>
    conn.onNotification('textDocument/publishDiagnostics', p => {
      if (p.uri === uri) resolve(p);
    }),
  );
  conn.onRequest('workspace/configuration', p => p.items.map(() => null));
  conn.onRequest('client/registerCapability', () => null);
  conn.onRequest('planlint/listFiles', () => [uri]);
  conn.onNotification(() => {});
  conn.listen();
  const folder = pathToFileURL(dir).href;
  await conn.sendRequest('initialize', {
    processId: process.pid,
    rootUri: folder,
    workspaceFolders: [{ uri: folder, name: 'bench' }],
    capabilities: { workspace: { configuration: true } },
  });
  await conn.sendNotification('initialized', {});
  const text = readFileSync(join(dir, 'bench.plan.yaml'), 'utf8');
  const t = performance.now();
  await conn.sendNotification('textDocument/didOpen', {
    textDocument: { uri, languageId: 'planlint', version: 1, text },
  });
  const p = await published;
  const ms = performance.now() - t;
  await conn.sendRequest('shutdown').catch(() => undefined);
  conn.dispose();
  proc.kill();
  return { ms, codes: [...new Set(p.diagnostics.map(d => d.code))] };
}

/** Reads the document in this process, `runs` times: the median, and what the reader gave. */
async function readTimes(name, bytes, runs) {
  const ts = [];
  let r;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    r = await core.readDocument(name, bytes, LIMIT);
    ts.push(performance.now() - t);
  }
  if (!r.ok) throw new Error(`${name} is not read: ${r.code}`);
  return { ms: median(ts), paragraphs: r.value.text.split('\n').filter(l => l.trim()).length };
}

const pageCount = bytes => (bytes.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;

/** Grows a document until `enough` says so: `make(k)` with k prose paragraphs, k scaled by `progress`. */
async function grow(make, progress, k) {
  let bytes = await make(k);
  for (let i = 0; i < 4 && Math.abs(progress(bytes) - 1) > 0.03; i++) {
    k = Math.max(1, Math.round(k / progress(bytes)));
    bytes = await make(k);
  }
  return bytes;
}

export async function benchDocuments() {
  const g = generate(200);
  const paragraphs = g.source.split('\n').filter(l => l.trim());
  const rows = [];
  const cases = [
    {
      form: 'docx',
      what: '2 MB Word file',
      make: k => docxOf([...paragraphs, ...prose(k)]),
      progress: b => b.length / (2 * 1024 * 1024),
      start: 20000,
      runs: 3,
    },
    {
      form: 'pdf',
      what: '100-page PDF',
      make: k => pdfOf([...paragraphs, ...prose(k)].map(p => p.replace(/^[\s\u3000]+/, ''))),
      progress: b => pageCount(b) / 100,
      start: 1500,
      runs: 1,
    },
  ];
  for (const c of cases) {
    process.stderr.write(`${c.what}: making…`);
    const bytes = await grow(c.make, c.progress, c.start);
    process.stderr.write(' reading…');
    const read = await readTimes(`source.${c.form}`, bytes, c.runs);
    process.stderr.write(' opening its plan…');
    const dir = workspace(c.form, g.plan, g.orgs, bytes);
    const open = await firstDiagnostics(dir);
    // The same plan over the same paragraphs as a .txt: what the form's reading adds.
    const text = (await core.readDocument(`source.${c.form}`, bytes, LIMIT)).value.text;
    const txtDir = workspace('txt', g.plan, g.orgs, text);
    const txt = await firstDiagnostics(txtDir);
    process.stderr.write(' done\n');
    rows.push({
      form: c.form,
      what: c.what,
      bytes: bytes.length,
      pages: c.form === 'pdf' ? pageCount(bytes) : undefined,
      paragraphs: read.paragraphs,
      readMs: read.ms,
      firstDiagnosticMs: open.ms,
      txtFirstDiagnosticMs: txt.ms,
      codes: open.codes,
    });
    rmSync(dir, { recursive: true, force: true });
    rmSync(txtDir, { recursive: true, force: true });
  }
  return rows;
}

/** The table `npm run bench` prints. */
export function documentTable(rows) {
  const f = x => (Number.isFinite(x) ? x.toFixed(0) : '—');
  const table = [['document', 'KB', 'pages', 'paragraphs', 'read ms', 'first diagnostic ms', 'as .txt ms', 'codes']];
  for (const r of rows)
    table.push([
      r.what,
      f(r.bytes / 1024),
      f(r.pages),
      String(r.paragraphs),
      f(r.readMs),
      f(r.firstDiagnosticMs),
      f(r.txtFirstDiagnosticMs),
      r.codes.join(' ') || '(none)',
    ]);
  const widths = table[0].map((_, i) => Math.max(...table.map(r => r[i].length)));
  return table.map(r => r.map((c, i) => c.padStart(widths[i])).join('  ')).join('\n');
}
