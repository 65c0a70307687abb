// `npm run bench:draft`: drafts every document of three sets and scores each draft against the plan
// expected for it (score.mjs): the seeds (their hand-written plans), the development corpus
// (test/fixtures/documents/dev) and the blind corpus (test/fixtures/documents/blind), reported apart.
// Per set: recall of numbers, task leads and funding numbers; precision; wrong values by kind;
// forbidden findings; errors and warnings on drafts of consistent documents; planted
// inconsistencies that the draft's check finds. DRAFT_SET=dev limits it to one set; DRAFT_MISSES=1
// prints what was missed and what was wrong.
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { scoreDraft } from './score.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const core = await import(join(root, 'dist/core.mjs'));
const diskHost = { readFile: async uri => readFileSync(uri), realPath: async uri => realpathSync(uri) };
const FORBIDDEN = core.DRAFT_NEVER_GIVES;

/** The draft's own findings; those on a `# draft:` line (a placeholder or a reading to check) apart. */
async function checkDraft(docFile, text) {
  const dir = mkdtempSync(join(tmpdir(), 'planlint-draft-'));
  writeFileSync(join(dir, 'planlint.config.yaml'), 'rules: {}\n');
  copyFileSync(docFile, join(dir, basename(docFile)));
  const file = join(dir, `${basename(docFile)}.plan.yaml`);
  writeFileSync(file, text);
  const r = await new core.Project(diskHost, realpathSync(dir)).check(realpathSync(file));
  return (r.ok ? r.diagnostics : []).map(d => ({
    code: d.code,
    severity: d.severity,
    message: d.message,
  }));
}

/** The documents of a corpus folder: each `<id>.plan.yaml` with the document its `sources.main` names. */
function corpus(dir) {
  if (!existsSync(dir)) return [];
  const planted = readdirSync(dir)
    .filter(f => /^planted\..*\.json$/.test(f))
    .flatMap(f => JSON.parse(readFileSync(join(dir, f), 'utf8')));
  return readdirSync(dir)
    .filter(f => f.endsWith('.plan.yaml'))
    .sort()
    .map(f => {
      const file = join(dir, f),
        plan = parse(readFileSync(file, 'utf8'));
      const docFile = resolve(dir, plan.sources.main.path);
      const name = basename(docFile);
      return { file, plan, docId: 'main', docFile, planted: planted.filter(p => p.doc === name && p.code) };
    });
}

function seeds() {
  const plansDir = join(root, 'seeds/plans');
  return readdirSync(plansDir)
    .filter(f => f.endsWith('.plan.yaml'))
    .sort()
    .flatMap(f => {
      const file = join(plansDir, f),
        plan = parse(readFileSync(file, 'utf8'));
      return Object.entries(plan.sources ?? {})
        .filter(([, s]) => /\.(txt|md)$/.test(s.path))
        .map(([docId, s]) => ({ file, plan, docId, docFile: resolve(dirname(file), s.path), planted: undefined }));
    })
    .filter((e, i, all) => all.findIndex(x => x.docFile === e.docFile) === i);
}

const add = (a, b) => [a[0] + b[0], a[1] + b[1]];
const pct = ([a, b]) => (b ? `${a}/${b} ${((100 * a) / b).toFixed(0)}%` : '–');

/** The blind set prints figures only: what it misses must not guide the drafter's development. */
async function runSet(label, entries, blind = label.startsWith('blind')) {
  const total = { num: [0, 0], lead: [0, 0], fund: [0, 0], precision: [0, 0], planted: [0, 0], clean: [0, 0] };
  const wrong = { value: 0, year: 0, role: 0, direction: 0, unmatched: 0 };
  const forbidden = [],
    noise = [],
    rows = [];
  for (const e of entries) {
    const name = basename(e.docFile);
    const bytes = readFileSync(e.docFile);
    const text = core.decodeText(bytes).text;
    const t0 = performance.now();
    const draft = core.draftPlan(text, { documentName: name, sourcePath: name });
    const ms = performance.now() - t0;
    const doc = new core.SourceDocument(name, text);
    const orgs = (e.plan.include ?? []).map(
      inc => parse(readFileSync(resolve(dirname(e.file), inc), 'utf8')).organizations,
    );
    const s = scoreDraft(core, { expected: e.plan, drafted: parse(draft.text), doc, docId: e.docId, orgs });
    const findings = await checkDraft(e.docFile, draft.text);
    for (const f of findings) if (FORBIDDEN.includes(f.code)) forbidden.push(`${name}: ${f.code} ${f.message}`);
    if (e.planted) {
      // As `planlint doc` reports them: at the document's paragraphs, the plan-file codes left out.
      const session = new core.Session(diskHost, { cwd: dirname(e.docFile) });
      const r = await (await session.projectFor(e.docFile)).documents.checkDocument(e.docFile);
      const docFindings = (r.findings ?? []).filter(f => /error|warning/.test(f.severity));
      const paraOf = p => doc.findQuote(p.quote, undefined, 2)[0]?.para;
      const hits = f => p =>
        p.code === f.code && [f.paragraph, ...(f.related ?? []).map(x => x.paragraph)].includes(paraOf(p));
      const found = e.planted.filter(p => docFindings.some(f => hits(f)(p))).length;
      if (process.env.DRAFT_MISSES && !blind)
        for (const p of e.planted.filter(p => !docFindings.some(f => hits(f)(p))))
          console.log(`  planted missed ${name.slice(0, 3)} ${p.code} ¶${paraOf(p)} ${p.quote}`);
      total.planted = add(total.planted, [found, e.planted.length]);
      const extra = docFindings.filter(f => !e.planted.some(hits(f)));
      noise.push(...extra.map(f => `${name}: ${f.code} ${f.message}`));
      if (!e.planted.length) total.clean = add(total.clean, [extra.length ? 0 : 1, 1]);
    }
    for (const k of ['num', 'lead', 'fund', 'precision']) total[k] = add(total[k], s[k]);
    for (const k of Object.keys(wrong)) wrong[k] += s.wrong[k];
    rows.push({ name, s, ms });
    if (process.env.DRAFT_MISSES && !blind)
      for (const w of s.wrongSample) console.log(`  ${label} ${name.slice(0, 3)} ${w}`);
  }
  console.log(`\n### ${label} (${entries.length} documents)\n`);
  console.log('| document | numbers | task leads | funding numbers | precision | ms |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const r of rows)
    console.log(
      `| ${r.name} | ${pct(r.s.num)} | ${pct(r.s.lead)} | ${pct(r.s.fund)} | ${pct(r.s.precision)} | ${r.ms.toFixed(0)} |`,
    );
  console.log(`| **all** | ${pct(total.num)} | ${pct(total.lead)} | ${pct(total.fund)} | ${pct(total.precision)} | |`);
  console.log(
    `\nwrong values: ${Object.entries(wrong)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
  );
  console.log(`forbidden findings: ${forbidden.length ? forbidden.join('; ') : 'none'}`);
  if (entries.some(e => e.planted)) {
    console.log(`planted inconsistencies found by planlint doc: ${pct(total.planted)}`);
    console.log(`consistent documents with no finding: ${pct(total.clean)}`);
    console.log(`other errors and warnings (planlint doc): ${noise.length}`);
    if (!blind) for (const n of noise.slice(0, Number(process.env.DRAFT_SAMPLE ?? 8))) console.log(`  ${n}`);
  }
  return total;
}

const only = process.env.DRAFT_SET;
const sets = [
  ['seeds', seeds],
  ['development set', () => corpus(join(root, 'test/fixtures/documents/dev'))],
  ['blind set', () => corpus(join(root, 'test/fixtures/documents/blind'))],
];
for (const [label, entries] of sets) if (!only || label.startsWith(only)) await runSet(label, entries());
