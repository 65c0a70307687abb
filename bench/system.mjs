// A plan system (issue 32): 1 national plan, 31 provincial plans that carry it down (`aligns`, must: meet)
// and split their totals (`allocated_to`) among 300 city plans. Measured: the CLI over the 332 files; in a
// fresh node server, the workspace indexed (every plan published), an edit to the national plan until each
// of the 31 provinces is published again with the new verdict, the national plan's own diagnostics after
// the edit, and hover, definition and references across plans. Two findings are planted, so every run
// checks that the work was real: one province weaker than the national figure, one shortfall.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { median, p95 } from './lsp.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const PROVINCES = 31;
export const CITIES = 300;
/** Binding national indicators each province carries down, totals each province splits, indicators of its own. */
const ALIGNED = 10,
  TOTALS = 4,
  OWN = 6;
const WEAK_PROVINCE = 7,
  SHORT_PROVINCE = 13;

const pad = n => String(n).padStart(2, '0');
const head = (id, title, region) =>
  `planlint: 1\nplan:\n  id: ${id}\n  title: ${title}\n  region: ${region}\n  period: [2021, 2025]\n` +
  '  baseline_year: 2020\n';
const org = name => `organizations:\n  发展改革委: { name: ${name}发展和改革委员会 }\n`;
/** An indicator; `extra` holds its links. Even ones rise to a value, odd ones fall by a change from the baseline. */
function indicator(id, name, k, target, extra = '') {
  const rising = k % 2 === 0;
  return (
    `  ${id}:\n    name: ${name}\n    unit: ${rising ? '"%"' : '吨标准煤/万元'}\n    type: binding\n` +
    `    direction: ${rising ? 'increase' : 'decrease'}\n` +
    `    baseline: { year: 2020, value: ${rising ? 20 + k : 0.5 + k / 100} }\n` +
    `    targets: [{ year: 2025, ${rising ? `value: ${target}` : `change: "-${target}%"`} }]\n` +
    `    responsible: [发展改革委]\n${extra}`
  );
}
const TOTAL_UNITS = ['万吨标准煤', '万亩', '亿元', '万人'];
/** A total or a city's part: the first a cap (控制在…以内), the others floors (不低于). */
const amount = (k, n) => (k === 0 ? `"控制在${n}以内"` : `">= ${n}"`);
function total(id, k, n, extra = '') {
  return (
    `  ${id}:\n    name: 分解指标${k}\n    unit: ${TOTAL_UNITS[k]}\n    type: binding\n    direction: increase\n` +
    `    targets: [{ year: 2025, value: ${amount(k, n)} }]\n    responsible: [发展改革委]\n${extra}`
  );
}
const goal = ids => `goals:\n  g: { title: 总体目标, indicators: [${ids.join(', ')}] }\n`;

/** Cities per province: 300 over 31, the first ones one more. */
const citiesOf = p => Math.floor(CITIES / PROVINCES) + (p < CITIES % PROVINCES ? 1 : 0);
const nationalTarget = k => (k % 2 === 0 ? 30 + k : 13.5);

export function writeSystem(dir) {
  writeFileSync(join(dir, 'planlint.config.yaml'), 'rules: {}\n');
  mkdirSync(join(dir, 'national'));
  mkdirSync(join(dir, 'provinces'));
  const n = Array.from({ length: ALIGNED }, (_, k) => indicator(`n${k}`, `全国指标${k}`, k, nationalTarget(k)));
  writeFileSync(
    join(dir, 'national/national.plan.yaml'),
    `${head('bench-national', '全国规划（基准）', '全国')}${org('国家')}indicators:\n${n.join('')}` +
      goal(n.map((_, k) => `n${k}`)),
  );
  for (let p = 0; p < PROVINCES; p++) {
    const name = `省${pad(p)}`,
      cities = citiesOf(p);
    mkdirSync(join(dir, 'cities', pad(p)), { recursive: true });
    const ids = [],
      body = [];
    for (let k = 0; k < ALIGNED; k++) {
      // Meets the national figure (a higher value, a deeper cut), but for one planted weaker province.
      const mine = k % 2 === 0 ? nationalTarget(k) + (p === WEAK_PROVINCE && k === 0 ? -1 : 1) : 14;
      const link = `    aligns: { plan: ../national/national.plan.yaml, indicator: n${k}, must: meet }\n`;
      body.push(indicator(`a${k}`, `${name}指标${k}`, k, mine, link));
      ids.push(`a${k}`);
    }
    for (let k = 0; k < TOTALS; k++) {
      const parts = Array.from(
        { length: cities },
        (_, c) => `      - { plan: ../cities/${pad(p)}/c${pad(c)}.plan.yaml, indicator: k${k} }\n`,
      );
      // Each city takes 100; the planted shortfall asks one province's cities for 1 more than they give.
      const sum = cities * 100 + (p === SHORT_PROVINCE && k === 1 ? 1 : 0);
      body.push(total(`t${k}`, k, sum, `    allocated_to:\n${parts.join('')}`));
      ids.push(`t${k}`);
    }
    for (let k = 0; k < OWN; k++) {
      body.push(indicator(`o${k}`, `${name}自有指标${k}`, k, k % 2 === 0 ? 40 + k : 10));
      ids.push(`o${k}`);
    }
    writeFileSync(
      join(dir, 'provinces', `p${pad(p)}.plan.yaml`),
      `${head(`bench-p${pad(p)}`, `${name}规划（基准）`, name)}${org(name)}indicators:\n${body.join('')}${goal(ids)}`,
    );
    for (let c = 0; c < cities; c++) {
      const city = `${name}市${pad(c)}`;
      const parts = Array.from({ length: TOTALS }, (_, k) => total(`k${k}`, k, 100));
      const own = Array.from({ length: 16 }, (_, k) => indicator(`m${k}`, `${city}指标${k}`, k, k % 2 === 0 ? 50 : 12));
      const ids = [...parts.map((_, k) => `k${k}`), ...own.map((_, k) => `m${k}`)];
      writeFileSync(
        join(dir, 'cities', pad(p), `c${pad(c)}.plan.yaml`),
        `${head(`bench-p${pad(p)}-c${pad(c)}`, `${city}规划（基准）`, city)}${org(city)}indicators:\n` +
          `${[...parts, ...own].join('')}${goal(ids)}`,
      );
    }
  }
  return {
    national: join(dir, 'national/national.plan.yaml'),
    provinces: Array.from({ length: PROVINCES }, (_, p) => join(dir, 'provinces', `p${pad(p)}.plan.yaml`)),
    files: 1 + PROVINCES + CITIES,
  };
}

/** The CLI over the whole system: time, exit code and the findings by code. */
function cliRun(dir) {
  const t = performance.now();
  const r = spawnSync(process.execPath, [join(root, 'bin/planlint.js'), '--format', 'json', '.'], {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const ms = performance.now() - t;
  const codes = {};
  for (const d of JSON.parse(r.stdout || '[]')) codes[d.code] = (codes[d.code] ?? 0) + 1;
  return { ms, code: r.status, codes };
}

/** A node server over stdio with the system as its workspace; publications recorded by URI. */
async function startServer(dir) {
  const proc = spawn(process.execPath, [join(root, 'dist/server-node.js'), '--stdio'], {
    stdio: ['pipe', 'pipe', 'ignore'],
  });
  const conn = createMessageConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
  const latest = new Map();
  let listeners = [];
  conn.onNotification('textDocument/publishDiagnostics', p => {
    latest.set(p.uri, { at: performance.now(), ...p });
    listeners = listeners.filter(l => !l());
  });
  conn.onRequest('workspace/configuration', p => p.items.map(() => null));
  conn.onRequest('client/registerCapability', () => null);
  conn.onRequest('window/workDoneProgress/create', () => null);
  conn.onNotification(() => {});
  conn.listen();
  /** Resolves once `done()` holds after a publication (or at once), within ten minutes. */
  const until = done =>
    new Promise((resolve, reject) => {
      if (done()) return resolve();
      const timer = setTimeout(() => reject(new Error('timed out waiting for diagnostics')), 600000);
      listeners.push(() => {
        if (!done()) return false;
        clearTimeout(timer);
        resolve();
        return true;
      });
    });
  const folder = pathToFileURL(dir).href;
  await conn.sendRequest('initialize', {
    processId: process.pid,
    rootUri: folder,
    workspaceFolders: [{ uri: folder, name: 'system' }],
    capabilities: {
      workspace: { configuration: true },
      textDocument: { publishDiagnostics: { versionSupport: true }, hover: { contentFormat: ['markdown'] } },
    },
  });
  return { proc, conn, latest, until };
}

const peakMemoryMB = pid => {
  try {
    return Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;
  } catch {
    return NaN;
  }
};

export async function benchSystem({ edits = 10, queries = 20 } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'planlint-bench-system-'));
  const sys = writeSystem(dir);
  const out = { files: sys.files, provinces: PROVINCES, cities: CITIES };
  process.stderr.write(`plan system (${sys.files} plans): CLI…`);
  out.cli = cliRun(dir);
  process.stderr.write(' server…');
  const { proc, conn, latest, until } = await startServer(dir);
  const uri = f => pathToFileURL(f).href;
  const nationalUri = uri(sys.national),
    provinceUris = sys.provinces.map(uri);
  const weakerIn = u => (latest.get(u)?.diagnostics ?? []).some(d => d.code === 'alignment-weaker');

  // Indexing: from `initialized` until every plan of the workspace is published.
  let t0 = performance.now();
  await conn.sendNotification('initialized', {});
  await until(() => latest.size >= sys.files);
  out.indexMs = performance.now() - t0;
  out.indexed = latest.size;
  out.planted = [...latest.values()].flatMap(p => p.diagnostics.map(d => d.code)).sort();

  // The national plan opened, then edited: its first target raised past every province's and back.
  let text = readFileSync(sys.national, 'utf8');
  t0 = performance.now();
  await conn.sendNotification('textDocument/didOpen', {
    textDocument: { uri: nationalUri, languageId: 'planlint', version: 1, text },
  });
  await until(() => latest.get(nationalUri)?.version === 1);
  out.openNationalMs = performance.now() - t0;
  const from = `value: ${nationalTarget(0)} }`,
    raised = `value: ${nationalTarget(0) + 5} }`;
  out.ownMs = [];
  out.dependentsMs = [];
  for (let v = 2; v < 2 + edits; v++) {
    const raise = v % 2 === 0;
    text = raise ? text.replace(from, raised) : text.replace(raised, from);
    const before = performance.now();
    const fresh = u => (latest.get(u)?.at ?? 0) > before;
    // Every province after the edit: weaker once the figure is raised, and (but the planted one) not once it is back.
    const settled = () => provinceUris.every((u, p) => fresh(u) && weakerIn(u) === (raise || p === WEAK_PROVINCE));
    await conn.sendNotification('textDocument/didChange', {
      textDocument: { uri: nationalUri, version: v },
      contentChanges: [{ text }],
    });
    await until(() => latest.get(nationalUri)?.version === v);
    out.ownMs.push(performance.now() - before);
    await until(settled);
    out.dependentsMs.push(performance.now() - before);
    await new Promise(r => setTimeout(r, 50));
  }

  // Across plans, in an open province: hover and definition on its first aligns link, references on the
  // national indicator it names (every province carries it down).
  const province = readFileSync(sys.provinces[0], 'utf8');
  const lines = province.split('\n');
  const linkLine = lines.findIndex(l => l.includes('aligns: { plan: ../national/'));
  const at = { line: linkLine, character: lines[linkLine].indexOf('indicator: n0') + 'indicator: '.length };
  await conn.sendNotification('textDocument/didOpen', {
    textDocument: { uri: provinceUris[0], languageId: 'planlint', version: 1, text: province },
  });
  await until(() => latest.get(provinceUris[0])?.version === 1);
  const nLines = text.split('\n');
  const n0 = { line: nLines.indexOf('  n0:'), character: 3 };
  const timed = async (method, params) => {
    const ms = [];
    let last;
    for (let i = 0; i < queries; i++) {
      const t = performance.now();
      last = await conn.sendRequest(method, params);
      ms.push(performance.now() - t);
    }
    return { ms, last };
  };
  const hover = await timed('textDocument/hover', { textDocument: { uri: provinceUris[0] }, position: at });
  const definition = await timed('textDocument/definition', { textDocument: { uri: provinceUris[0] }, position: at });
  const references = await timed('textDocument/references', {
    textDocument: { uri: nationalUri },
    position: n0,
    context: { includeDeclaration: false },
  });
  out.hoverMs = hover.ms;
  out.definitionMs = definition.ms;
  out.referencesMs = references.ms;
  out.hoverShowsTarget = JSON.stringify(hover.last ?? '').includes('2025');
  out.definitionUri = [definition.last].flat()[0]?.uri === nationalUri;
  out.references = new Set((references.last ?? []).map(l => l.uri)).size;
  out.peakMemoryMB = peakMemoryMB(proc.pid);
  await Promise.race([conn.sendRequest('shutdown'), new Promise(r => setTimeout(r, 2000))]).catch(() => undefined);
  conn.dispose();
  proc.kill();
  rmSync(dir, { recursive: true, force: true });
  process.stderr.write(' done\n');
  return out;
}

/** The budgets of this scenario (docs/performance.md says why these). */
export function systemBudgets(s) {
  const rows = [];
  const check = (what, value, limit, unit) =>
    rows.push({ n: 'system', what, value: +value.toFixed(2), limit, unit, ok: value <= limit });
  check('national edit → its own diagnostics, p95', p95(s.ownMs), 50, 'ms');
  check('national edit → all 31 provinces re-published, p95', p95(s.dependentsMs), 1000, 'ms');
  check('indexing 332 plans / CLI on them', s.indexMs / s.cli.ms, 1, '×');
  check('hover on an aligns link, p95', p95(s.hoverMs), 10, 'ms');
  check('definition on an aligns link, p95', p95(s.definitionMs), 10, 'ms');
  check('references to a national indicator, p95', p95(s.referencesMs), 100, 'ms');
  return rows;
}

/** What `npm run bench` prints for the scenario. */
export function systemReport(s) {
  const f = (x, d = 0) => (Number.isFinite(x) ? x.toFixed(d) : '—');
  const codes = Object.entries(s.cli.codes)
    .map(([c, n]) => `${c} ×${n}`)
    .join(', ');
  return [
    `plan system: 1 national + ${s.provinces} provincial + ${s.cities} city plans (${s.files} files)`,
    `  CLI: ${f(s.cli.ms)} ms, exit ${s.cli.code}, findings: ${codes || '(none)'}`,
    `  server: indexed ${s.indexed} plans in ${f(s.indexMs)} ms (findings: ${s.planted.join(', ') || '(none)'});` +
      ` national plan opened → diagnostics ${f(s.openNationalMs)} ms`,
    `  national edit → its own diagnostics: median ${f(median(s.ownMs), 1)} ms, p95 ${f(p95(s.ownMs), 1)} ms`,
    `  national edit → all ${s.provinces} provinces re-published with the new verdict: median ` +
      `${f(median(s.dependentsMs))} ms, p95 ${f(p95(s.dependentsMs))} ms (${s.dependentsMs.length} edits)`,
    `  across plans: hover p95 ${f(p95(s.hoverMs), 1)} ms (shows the target: ${s.hoverShowsTarget}),` +
      ` definition p95 ${f(p95(s.definitionMs), 1)} ms (opens the national plan: ${s.definitionUri}),` +
      ` references p95 ${f(p95(s.referencesMs), 1)} ms (${s.references} plans)`,
    `  peak memory ${f(s.peakMemoryMB)} MB`,
  ].join('\n');
}
