// `npm run bench`: PlanLint against yaml-language-server (schema checks only) and the parse floor,
// for N = 200, 2,000 and 10,000 indicators, plus the CLI on 1,000 plan files, plus reading a 2 MB Word
// file and a 100-page PDF, plus a plan system of 1 national, 31 provincial and 300 city plans (system.mjs).
// Prints one table and writes bench/results/latest.json. Ratios, not absolute times, are what the budgets
// compare. `BENCH_PARTS=documents` (or `plans`, `cli`, `system`, comma-separated) runs only those parts,
// and writes bench/results/latest-<parts>.json. BENCH_BEFORE names an earlier build to measure beside this one.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir, cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseDocument } from 'yaml';
import { writeWorkspace } from './generate.mjs';
import { measure, median, p95 } from './lsp.mjs';
import { benchDocuments, documentTable } from './documents.mjs';
import { benchSystem, systemBudgets, systemReport } from './system.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ALL_PARTS = ['plans', 'cli', 'documents', 'system'];
const parts = (process.env.BENCH_PARTS ?? ALL_PARTS.join(',')).split(',');
const sizes = parts.includes('plans') ? (process.env.BENCH_SIZES ?? '200,2000,10000').split(',').map(Number) : [];
const schemaUri = pathToFileURL(join(root, 'schemas/plan.schema.json')).href;
const ours = {
  name: 'planlint',
  command: process.execPath,
  args: [join(root, 'dist/server-node.js'), '--stdio'],
  languageId: 'planlint',
};
// `BENCH_BEFORE=<an earlier build's dist/server-node.js>`: that build measured too, in the same run.
const before = process.env.BENCH_BEFORE && { ...ours, name: 'before', args: [process.env.BENCH_BEFORE, '--stdio'] };
const yamlls = {
  name: 'yaml-language-server',
  command: process.execPath,
  args: [join(root, 'node_modules/yaml-language-server/bin/yaml-language-server'), '--stdio'],
  languageId: 'yaml',
  settings: {
    yaml: {
      validate: true,
      hover: true,
      completion: true,
      schemas: { [schemaUri]: ['*.plan.yaml'] },
      schemaStore: { enable: false },
    },
  },
};

function floorMs(text, runs) {
  const ts = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    parseDocument(text);
    ts.push(performance.now() - t);
  }
  return median(ts);
}

const results = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, model: cpus()[0]?.model, node: process.version },
  sizes: [],
};
for (const n of sizes) {
  const big = n >= 10000;
  const dir = mkdtempSync(join(tmpdir(), `planlint-bench-${n}-`));
  const file = writeWorkspace(dir, n);
  // One misspelt field in the middle: both servers must report it, so a publication is real work.
  const mid = `  ind${Math.floor(n / 2)}:\n    name:`;
  writeFileSync(
    file,
    readFileSync(file, 'utf8').replace(mid, `${mid.replace('    name:', '    categroy: 类别\n    name:')}`),
  );
  const text = readFileSync(file, 'utf8');
  const opts = {
    folder: dir,
    file,
    edits: big ? 3 : 20,
    burst: big ? 5 : 20,
    hovers: big ? 10 : 30,
    completions: 20, // 20 at every size: a p95 of 5 requests was their slowest one
  };
  const floor = floorMs(text, big ? 3 : 7);
  process.stderr.write(`N=${n}: ${(text.length / 1024).toFixed(0)} KB, parse floor ${floor.toFixed(0)} ms; planlint…`);
  const a = await measure(ours, opts);
  if (before) process.stderr.write(' the earlier build…');
  const earlier = before ? await measure(before, opts) : undefined;
  process.stderr.write(' yaml-language-server…');
  const b = await measure(yamlls, opts);
  process.stderr.write(' done\n');
  results.sizes.push({
    n,
    bytes: text.length,
    floorMs: floor,
    planlint: a,
    yamlls: b,
    ...(earlier ? { before: earlier } : {}),
  });
  rmSync(dir, { recursive: true, force: true });
}

// The CLI on 1,000 plan files (20 indicators each) against their parse floor (the sum of each checked
// file's in-process `yaml` parse), then with --cache: a run that fills it, and one with one file changed.
if (parts.includes('cli')) {
  const dir = mkdtempSync(join(tmpdir(), 'planlint-bench-cli-'));
  writeWorkspace(dir, 20, 1000);
  const floorPass = () => {
    let ms = 0;
    for (let k = 0; k < 1000; k++)
      for (const name of ['bench.plan.yaml', 'orgs.orgs.yaml']) {
        const text = readFileSync(join(dir, `p${String(k).padStart(4, '0')}`, name), 'utf8');
        const t = performance.now();
        parseDocument(text);
        ms += performance.now() - t;
      }
    return ms;
  };
  const run = (...extra) => {
    const t = performance.now();
    const r = spawnSync(process.execPath, [join(root, 'bin/planlint.js'), '--format', 'json', ...extra, '.'], {
      cwd: dir,
      encoding: 'utf8',
      maxBuffer: 1 << 28,
      env: { ...process.env, PLANLINT_DEBUG_CACHE: '1', LANG: 'C', LC_ALL: '' },
    });
    // How many files the run checked (the rest came from the cache), as PLANLINT_DEBUG_CACHE says it.
    const checked = /cache: (\d+) checked/.exec(r.stderr);
    return { ms: performance.now() - t, code: r.status, checked: checked ? Number(checked[1]) : undefined };
  };
  // Three rounds, each the floor then a cold run, so that the machine's drift touches both; the round of
  // the median ratio is the one reported (single rounds on the shared 2-core machine ranged 1.27–1.50×).
  const rounds = [0, 1, 2].map(() => {
    const floorMs = floorPass();
    const { ms, code } = run();
    return { floorMs, coldMs: ms, code };
  });
  const byRatio = [...rounds].sort((a, b) => a.coldMs / a.floorMs - b.coldMs / b.floorMs);
  const { floorMs } = byRatio[1];
  const cold = { ms: byRatio[1].coldMs, code: byRatio[1].code };
  const serial = run('--concurrency', 'off');
  const filled = run('--cache');
  const f = join(dir, 'p0500/bench.plan.yaml');
  writeFileSync(f, readFileSync(f, 'utf8').replace('title: 目标0', 'title: 目标零'));
  const changed = run();
  const cachedChanged = run('--cache');
  results.cli = {
    files: 1000,
    floorMs,
    coldMs: cold.ms,
    rounds: rounds.map(r => ({ floorMs: Math.round(r.floorMs), coldMs: Math.round(r.coldMs) })),
    serialMs: serial.ms,
    cacheFillMs: filled.ms,
    oneChangedMs: changed.ms,
    cachedOneChangedMs: cachedChanged.ms,
    cachedOneChangedChecked: cachedChanged.checked,
    exitCodes: [...rounds.map(r => r.code), serial.code, filled.code, changed.code, cachedChanged.code],
  };
  rmSync(dir, { recursive: true, force: true });
}

// Source documents as they come: reading them, and a plan citing one opened in a fresh server.
if (parts.includes('documents')) results.documents = await benchDocuments();

// A plan system across files: 1 national, 31 provincial and 300 city plans (bench/system.mjs).
if (parts.includes('system')) results.system = await benchSystem();

// The budgets of the performance issue, as ratios measured in this run.
const budgets = [];
for (const s of results.sizes) {
  const a = s.planlint,
    b = s.yamlls;
  const check = (what, value, limit, unit = '') =>
    budgets.push({ n: s.n, what, value: +value.toFixed(2), limit: +limit.toFixed(2), unit, ok: value <= limit });
  // Issue 30's targets where it sets them (2,000 and 10,000 indicators); the earlier budgets elsewhere.
  const strict = s.n >= 2000;
  check('open→diagnostics / parse floor', a.openMs / s.floorMs, 1.5, '×');
  check('open→diagnostics / yaml-ls', a.openMs / b.openMs, s.n === 2000 ? 0.25 : 0.5, '×');
  check('edit p95 / yaml-ls edit p95', p95(a.editMs) / p95(b.editMs), strict ? 0.1 : 1 / 3, '×');
  if (s.n === 200) check('edit p95 (debounce included)', p95(a.editMs), 50, 'ms');
  check('hover p95', p95(a.hoverMs), 10, 'ms');
  check('completion p95', p95(a.completionMs), 10, 'ms');
  if (s.n === 2000) check('peak memory / yaml-ls', a.peakMemoryMB / b.peakMemoryMB, 0.4, '×');
}
if (results.cli) {
  const c = results.cli;
  const check = (what, value, limit, unit) =>
    budgets.push({ n: 'cli', what, value: +value.toFixed(2), limit, unit, ok: value <= limit });
  check(`${c.files} files, cold / their parse floor`, c.coldMs / c.floorMs, 1.2, '×');
  check(
    `--cache, one of ${c.files} files changed (${c.cachedOneChangedChecked} checked)`,
    c.cachedOneChangedMs,
    1000,
    'ms',
  );
}
if (results.system) budgets.push(...systemBudgets(results.system));
results.budgets = budgets;
mkdirSync(join(root, 'bench/results'), { recursive: true });
const written = ALL_PARTS.every(p => parts.includes(p)) ? 'latest.json' : `latest-${parts.join('-')}.json`;
writeFileSync(join(root, 'bench/results', written), `${JSON.stringify(results, null, 2)}\n`);

const f = (x, d = 0) => (Number.isFinite(x) ? x.toFixed(d) : '—');
const rows = [
  [
    'N',
    'KB',
    'floor ms',
    'server',
    'cold open',
    'open ms',
    'edit med',
    'edit p95',
    'burst ms',
    'hover med',
    'hover p95',
    'compl p95',
    'peak MB',
  ],
];
for (const s of results.sizes)
  for (const [name, r] of [
    ['planlint', s.planlint],
    ...(s.before ? [['before', s.before]] : []),
    ['yaml-ls', s.yamlls],
  ]) {
    rows.push([
      String(s.n),
      f(s.bytes / 1024),
      f(s.floorMs),
      name,
      f(r.coldOpenMs),
      f(r.openMs),
      f(median(r.editMs), 1),
      f(p95(r.editMs), 1),
      f(r.burstMs),
      f(median(r.hoverMs), 1),
      f(p95(r.hoverMs), 1),
      f(p95(r.completionMs), 1),
      f(r.peakMemoryMB),
    ]);
  }
const widths = rows[0].map((_, i) => Math.max(...rows.map(r => r[i].length)));
if (results.sizes.length) console.log(rows.map(r => r.map((c, i) => c.padStart(widths[i])).join('  ')).join('\n'));
if (results.sizes.length) console.log(`\nratios (PlanLint / reference, measured in this run):`);
for (const s of results.sizes) {
  console.log(
    `  N=${s.n}: open ${f(s.planlint.openMs / s.floorMs, 2)}× parse floor (cold, in a fresh process: ${f(s.planlint.coldOpenMs / s.floorMs, 2)}×, yaml-ls ${f(s.yamlls.coldOpenMs / s.floorMs, 2)}×), ${f(s.planlint.openMs / s.yamlls.openMs, 2)}× yaml-ls; edit p95 ${f(p95(s.planlint.editMs) / p95(s.yamlls.editMs), 2)}× yaml-ls; hover p95 ${f(p95(s.planlint.hoverMs) / p95(s.yamlls.hoverMs), 2)}× yaml-ls; memory ${f(s.planlint.peakMemoryMB / s.yamlls.peakMemoryMB, 2)}× yaml-ls`,
  );
}
const issueRatios = (r, s) =>
  `open ${f(r.openMs / s.yamlls.openMs, 2)}×, edit p95 ${f(p95(r.editMs) / p95(s.yamlls.editMs), 2)}×, ` +
  `peak memory ${f(r.peakMemoryMB / s.yamlls.peakMemoryMB, 2)}× yaml-ls; ` +
  `hover p95 ${f(p95(r.hoverMs), 1)} ms, completion p95 ${f(p95(r.completionMs), 1)} ms`;
if (results.sizes.some(s => s.before))
  console.log('\nbefore → after (the earlier build and this one, against yaml-ls in this run):');
for (const s of results.sizes.filter(x => x.before))
  console.log(
    `  N=${s.n}: before ${issueRatios(s.before, s)}\n  ${' '.repeat(String(s.n).length + 2)}  after ${issueRatios(s.planlint, s)}`,
  );
if (results.cli)
  console.log(
    [
      `\nCLI: ${results.cli.files} plan files (and their registries) in ${f(results.cli.coldMs)} ms cold`,
      `(${f(results.cli.coldMs / results.cli.floorMs, 2)}× their parse floor of ${f(results.cli.floorMs)} ms; target ≤ 1.2×;`,
      `the median of 3 rounds: ${results.cli.rounds.map(r => `${f(r.coldMs / r.floorMs, 2)}×`).join(', ')});`,
      `in one thread ${f(results.cli.serialMs)} ms; filling --cache ${f(results.cli.cacheFillMs)} ms;`,
      `one file changed: ${f(results.cli.oneChangedMs)} ms without the cache,`,
      `${f(results.cli.cachedOneChangedMs)} ms with --cache, ${results.cli.cachedOneChangedChecked} file checked`,
      '(target ≤ 1000 ms)',
    ].join(' '),
  );
if (results.documents) {
  console.log('\nsource documents (a plan of 200 indicators citing each; times from opening it in a fresh server):');
  console.log(documentTable(results.documents));
}
if (results.system) console.log(`\n${systemReport(results.system)}`);
if (budgets.length) console.log('\nbudgets:');
for (const b of budgets)
  console.log(`  ${b.ok ? 'ok  ' : 'MISS'} N=${b.n} ${b.what}: ${b.value}${b.unit} (budget ≤ ${b.limit}${b.unit})`);
console.log(`\nwritten: bench/results/${written}`);
