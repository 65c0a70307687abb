// `npm run bench:draft`: drafts each seed document and compares the draft with the seed plan written
// by hand. Prints recall (anchored numbers, task leads, funding numbers), the drafted items the seed
// plan lacks (with a sample to read), the draft's own findings by code, and the time per document.
import { mkdtempSync, readFileSync, readdirSync, realpathSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const core = await import(join(root, 'dist/core.mjs'));
const diskHost = { readFile: async uri => readFileSync(uri), realPath: async uri => realpathSync(uri) };
const BANNED = ['yaml-syntax', 'schema', 'encoding', 'unknown-reference', 'source-anchor', 'source-ambiguous'];
const SAMPLE = Number(process.env.DRAFT_SAMPLE ?? 6);

/** The span an anchor resolves to in a document (a paragraph anchor: the whole paragraph). */
function span(doc, src, docId) {
  if (!src) return undefined;
  if (typeof src === 'string') {
    const m = /^(.+)#p(\d+)$/.exec(src);
    if (!m || m[1] !== docId) return undefined;
    const p = doc.paragraph(Number(m[2]));
    return p && { para: p.index, start: p.start, end: p.end };
  }
  if (src.doc !== docId) return undefined;
  if (src.quote === undefined) {
    const p = doc.paragraph(src.para);
    return p && { para: p.index, start: p.start, end: p.end };
  }
  const hit = doc.findQuote(src.quote, src.para, 2)[0];
  return hit && { para: hit.para, start: hit.start, end: hit.end };
}
const overlaps = (a, b) => a && b && a.para === b.para && a.start < b.end && b.start < a.end;
const num = (v, field = 'value') => {
  if (typeof v === 'number') return Math.abs(v);
  const r = core.parseQuantity(String(v), field);
  return r.ok ? Math.abs(r.quantity.number) : undefined;
};

function anchoredNumbers(plan, doc, docId) {
  const out = [];
  for (const [id, ind] of Object.entries(plan.indicators ?? {})) {
    const add = (v, field, src) => {
      const s = span(doc, src, docId),
        n = num(v, field);
      if (s && n !== undefined) out.push({ id, n, s });
    };
    if (ind.baseline) add(ind.baseline.value, 'value', ind.baseline.source);
    for (const t of ind.targets ?? []) {
      if (t.value !== undefined) add(t.value, 'value', t.source);
      else if (t.change !== undefined) add(t.change, 'change', t.source);
    }
    if (ind.growth && typeof ind.growth === 'object') add(ind.growth.value, 'growth', ind.growth.source);
  }
  return out;
}

function fundingNumbers(clause) {
  const out = [];
  const add = (v, field = 'funding') => {
    const r = typeof v === 'string' ? core.parseQuantity(v, field) : undefined;
    if (r?.ok && r.quantity.hi !== undefined) out.push(Math.abs(r.quantity.hi)); // a range: both ends
    const n = num(v, field);
    if (n !== undefined) out.push(n);
  };
  for (const k of ['rate', 'threshold']) if (clause[k] !== undefined) add(clause[k]);
  if (clause.amount !== undefined) {
    if (typeof clause.amount === 'object') {
      add(clause.amount.min);
      if (clause.amount.max !== undefined) add(clause.amount.max);
    } else add(clause.amount);
  }
  for (const c of [clause.cap ?? []].flat()) add(c.amount);
  for (const t of clause.tiers ?? []) add(t.amount);
  if (clause.duration_years !== undefined) out.push(clause.duration_years);
  for (const v of Object.values(clause.cost_share ?? {})) add(v);
  return out;
}

/** Each seed organization id with the names that may stand for it (its id, registry name and aliases). */
function orgNames(plan, planFile) {
  const names = new Map();
  const addAll = orgs => {
    for (const [id, o] of Object.entries(orgs ?? {}))
      names.set(id, new Set([id, ...(o?.name ? [o.name] : []), ...(o?.aliases ?? [])]));
  };
  for (const inc of plan.include ?? [])
    addAll(parse(readFileSync(resolve(dirname(planFile), inc), 'utf8')).organizations);
  addAll(plan.organizations);
  return id => names.get(id) ?? new Set([id]);
}

const CLAUSE = /[（(]\s*(?:责任单位|牵头单位|主要责任单位)\s*[：:][^（()）]*[）)]/g;
/**
 * The clause a task anchor belongs to: the first 责任单位 / 牵头单位 clause of its paragraph that ends
 * after the anchor starts (a title anchor, the sentence the clause closes, or the clause itself all
 * give the same clause). A paragraph without such a clause is one clause.
 */
function clauseOf(doc, s) {
  if (!s) return undefined;
  const p = doc.paragraph(s.para);
  const text = doc.text.slice(p.start, p.end);
  let k = 0;
  for (const m of text.matchAll(CLAUSE)) {
    if (p.start + m.index + m[0].length > s.start) return `${s.para}:${k}`;
    k++;
  }
  return `${s.para}:${k}`;
}

async function checkDraft(docFile, text) {
  const dir = mkdtempSync(join(tmpdir(), 'planlint-draft-'));
  writeFileSync(join(dir, 'planlint.config.yaml'), 'rules: {}\n');
  copyFileSync(docFile, join(dir, basename(docFile)));
  const file = join(dir, `${basename(docFile)}.plan.yaml`);
  writeFileSync(file, text);
  const ws = new core.Workspace(diskHost, realpathSync(dir));
  const r = await core.checkUri(ws, realpathSync(file), {});
  const codes = {};
  for (const d of r.ok ? r.diagnostics : []) codes[d.code] = (codes[d.code] ?? 0) + 1;
  return codes;
}

const plansDir = join(root, 'seeds/plans'),
  sourcesDir = join(root, 'seeds/sources');
const plans = readdirSync(plansDir)
  .filter(f => f.endsWith('.plan.yaml'))
  .map(f => {
    const file = join(plansDir, f),
      plan = parse(readFileSync(file, 'utf8'));
    return { file, plan };
  });
const rows = [],
  extrasSample = [],
  totals = { num: [0, 0], lead: [0, 0], fund: [0, 0], extra: [0, 0] };
for (const name of readdirSync(sourcesDir)
  .filter(f => /\.(txt|md)$/.test(f))
  .sort()) {
  const docFile = join(sourcesDir, name);
  const text = core.decodeText(readFileSync(docFile)).text;
  const t0 = performance.now();
  const draft = core.draftPlan(text, { documentName: name, sourcePath: name });
  const ms = performance.now() - t0;
  const doc = new core.SourceDocument(name, text);
  const seed = plans.find(p =>
    Object.entries(p.plan.sources ?? {}).some(([, s]) => resolve(dirname(p.file), s.path) === docFile),
  );
  const drafted = parse(draft.text);
  const findings = await checkDraft(docFile, draft.text);
  const row = { name, ms, findings, items: 0 };
  rows.push(row);
  if (!seed) continue;
  const docId = Object.entries(seed.plan.sources).find(([, s]) => resolve(dirname(seed.file), s.path) === docFile)[0];
  row.plan = basename(seed.file);
  // Anchored numbers: the same number, anchored to overlapping text.
  const mine = anchoredNumbers(drafted, doc, 'main');
  const theirs = anchoredNumbers(seed.plan, doc, docId);
  const hits = theirs.filter(t => mine.some(m => m.n === t.n && overlaps(m.s, t.s)));
  row.num = [hits.length, theirs.length];
  if (process.env.DRAFT_MISSES)
    for (const t of theirs.filter(x => !hits.includes(x))) console.log(`miss ${name.slice(0, 3)} ${t.id} ${t.n}`);
  // Task leads: a drafted task closed by the same clause whose lead names the same bodies (in any
  // order), a drafted name standing for a seed organization through its id, registry name or alias.
  const names = orgNames(seed.plan, seed.file);
  const dTasks = Object.values(drafted.tasks ?? {}).map(t => ({ ...t, c: clauseOf(doc, span(doc, t.source, 'main')) }));
  const sTasks = Object.values(seed.plan.tasks ?? {})
    .map(t => ({ ...t, s: span(doc, t.source, docId) }))
    .filter(t => t.s)
    .map(t => ({ ...t, c: clauseOf(doc, t.s) }));
  const sameLead = (d, s) =>
    d.lead.length === s.lead.length &&
    s.lead.every(id => d.lead.some(n => names(id).has(n))) &&
    d.lead.every(n => s.lead.some(id => names(id).has(n)));
  const leadHits = sTasks.filter(s => dTasks.some(d => d.c === s.c && sameLead(d, s)));
  row.lead = [leadHits.length, sTasks.length];
  if (process.env.DRAFT_MISSES)
    for (const t of sTasks.filter(x => !leadHits.includes(x)))
      console.log(`miss ${name.slice(0, 3)} task ${t.title.slice(0, 30)} lead ${t.lead.join('、')}`);
  // Funding numbers: the same number in a drafted clause anchored to overlapping text.
  const dFund = Object.values(drafted.funding ?? {}).map(f => ({
    n: fundingNumbers(f),
    s: span(doc, f.source, 'main'),
  }));
  let fHit = 0,
    fAll = 0;
  for (const f of Object.values(seed.plan.funding ?? {})) {
    const s = span(doc, f.source, docId);
    if (!s) continue;
    for (const n of fundingNumbers(f)) {
      fAll++;
      if (dFund.some(d => overlaps(d.s, s) && d.n.includes(n))) fHit++;
      else if (process.env.DRAFT_MISSES) console.log(`miss ${name.slice(0, 3)} ${f.title} ${n}`);
    }
  }
  row.fund = [fHit, fAll];
  // Drafted items the seed plan does not have: no anchor of theirs overlaps one of the seed's (a task
  // also counts as known when a seed task in its paragraph has its lead, as task leads are counted).
  const seedSpans = [
    ...theirs.map(t => t.s),
    ...sTasks.map(t => t.s),
    ...Object.values(seed.plan.funding ?? {})
      .map(f => span(doc, f.source, docId))
      .filter(Boolean),
  ];
  const items = [
    ...Object.entries(drafted.indicators ?? {}).map(([id, ind]) => ({
      id,
      label: ind.name,
      spans: anchoredNumbers({ indicators: { [id]: ind } }, doc, 'main').map(a => a.s),
    })),
    ...Object.entries(drafted.tasks ?? {}).map(([id, t]) => ({
      id,
      label: t.title,
      spans: [span(doc, t.source, 'main')],
      known: sTasks.some(s => clauseOf(doc, span(doc, t.source, 'main')) === s.c && sameLead(t, s)),
    })),
    ...Object.entries(drafted.funding ?? {}).map(([id, f]) => ({
      id,
      label: f.title,
      spans: [span(doc, f.source, 'main')],
    })),
  ];
  const extra = items.filter(i => !i.known && !i.spans.some(s => seedSpans.some(t => overlaps(s, t))));
  row.items = items.length;
  row.extra = extra.length;
  extrasSample.push(...extra.slice(0, SAMPLE).map(e => `${name.slice(0, 3)} ${e.id}: ${e.label}`));
  for (const k of ['num', 'lead', 'fund']) {
    totals[k][0] += row[k][0];
    totals[k][1] += row[k][1];
  }
  totals.extra[0] += extra.length;
  totals.extra[1] += items.length;
}

const pct = ([a, b]) => (b ? `${a}/${b} ${((100 * a) / b).toFixed(0)}%` : '–');
console.log(
  '| document | seed plan | anchored numbers | task leads | funding numbers | drafted items | not in seed | findings ' +
    '| ms |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const r of rows) {
  const f =
    Object.entries(r.findings)
      .sort()
      .map(([c, n]) => `${c} ${n}`)
      .join(', ') || 'none';
  console.log(
    `| ${r.name} | ${r.plan ?? '–'} | ${r.num ? pct(r.num) : '–'} | ${r.lead ? pct(r.lead) : '–'} | ` +
      `${r.fund ? pct(r.fund) : '–'} | ${r.items} | ${r.extra ?? '–'} | ${f} | ${r.ms.toFixed(0)} |`,
  );
}
const banned = rows.flatMap(r => BANNED.filter(c => r.findings[c]).map(c => `${r.name}: ${c}`));
console.log(
  `| all | | ${pct(totals.num)} | ${pct(totals.lead)} | ${pct(totals.fund)} | ${totals.extra[1]} ` +
    `| ${totals.extra[0]} | | |`,
);
console.log(
  `\ntargets: anchored numbers ≥ 85%, task leads ≥ 85%, funding numbers ≥ 75%, under 1000 ms a document,` +
    ` none of ${BANNED.join(', ')}`,
);
console.log(
  `banned findings: ${banned.length ? banned.join('; ') : 'none'}; ` +
    `slowest: ${Math.max(...rows.map(r => r.ms)).toFixed(0)} ms`,
);
console.log(`\ndrafted items not in the seed plans (first ${SAMPLE} a document):`);
for (const e of extrasSample) console.log(`  ${e}`);
