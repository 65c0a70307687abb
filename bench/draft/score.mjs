// Scores a drafted plan against the plan expected for its document (a seed plan, or a corpus
// document's expected plan). Pure over parsed plans and the document: the benchmark and its test use it.
//
// - recall: an expected number (baseline, target, growth, actual) that the draft states with an anchor
//   overlapping the expected one; task leads (a drafted task closed by the same clause, same bodies);
//   funding numbers (the same number in a drafted clause anchored to overlapping text);
// - precision: drafted numbers the expected plan confirms: the same number, in the same role (baseline,
//   target, growth, actual), for the same year, at an overlapping anchor;
// - wrong values, by kind: a drafted number at an expected number's place with another value, year or
//   role, an indicator whose direction differs, and numbers at no expected place at all.

/** The span an anchor resolves to in a document (a paragraph anchor: the whole paragraph). */
export function spanOf(doc, src, docId) {
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
  const hit = doc.findQuote(String(src.quote), src.para, 2)[0];
  return hit && { para: hit.para, start: hit.start, end: hit.end };
}
const overlaps = (a, b) => Boolean(a && b && a.para === b.para && a.start < b.end && b.start < a.end);

/** Every number an indicator states, with its role, year and span. */
export function indicatorNumbers(core, plan, doc, docId) {
  const out = [];
  const num = (v, field) => {
    if (typeof v === 'number') return Math.abs(v);
    const r = core.parseQuantity(String(v), field);
    return r.ok ? Math.abs(r.quantity.number) : undefined;
  };
  for (const [id, ind] of Object.entries(plan?.indicators ?? {})) {
    if (!ind || typeof ind !== 'object') continue;
    const add = (role, v, field, year, src) => {
      const s = spanOf(doc, src, docId),
        n = v === undefined ? undefined : num(v, field);
      if (s && n !== undefined) out.push({ id, role, n, year, s, direction: ind.direction });
    };
    const b = ind.baseline;
    if (b) add('baseline', b.value, 'value', b.year ?? plan.plan?.baseline_year, b.source);
    for (const t of ind.targets ?? [])
      add('target', t.value ?? t.change, t.value !== undefined ? 'value' : 'change', t.year, t.source);
    for (const a of ind.actuals ?? []) {
      const field = a.value !== undefined ? 'value' : a.change !== undefined ? 'change' : 'growth';
      add('actual', a.value ?? a.change ?? a.growth, field, a.year, a.source);
    }
    const g = ind.growth;
    if (g && typeof g === 'object') add('growth', g.value, 'growth', undefined, g.source);
  }
  return out;
}

export function fundingNumbers(core, clause) {
  const out = [];
  const add = v => {
    const r = typeof v === 'string' ? core.parseQuantity(v, 'funding') : undefined;
    if (r?.ok && r.quantity.hi !== undefined) out.push(Math.abs(r.quantity.hi)); // a range: both ends
    if (typeof v === 'number') out.push(Math.abs(v));
    else if (r?.ok) out.push(Math.abs(r.quantity.number));
  };
  for (const k of ['rate', 'threshold']) {
    const v = clause[k];
    if (v !== undefined) add(typeof v === 'object' ? v.value : v);
  }
  if (clause.amount !== undefined) {
    if (typeof clause.amount === 'object') {
      add(clause.amount.min);
      if (clause.amount.max !== undefined) add(clause.amount.max);
    } else add(clause.amount);
  }
  for (const c of [clause.cap ?? []].flat()) add(c?.amount);
  for (const t of clause.tiers ?? []) add(t?.amount);
  if (clause.duration_years !== undefined) out.push(clause.duration_years);
  for (const v of Object.values(clause.cost_share ?? {})) add(v);
  return out;
}

/** Each organization id with the names that may stand for it (its id, name and aliases). */
function orgNames(plans) {
  const names = new Map();
  for (const orgs of plans)
    for (const [id, o] of Object.entries(orgs ?? {}))
      names.set(id, new Set([id, ...(o?.name ? [o.name] : []), ...(o?.aliases ?? [])]));
  return id => names.get(id) ?? new Set([id]);
}

const CLAUSE = /[（(]\s*(?:责任单位|牵头单位|主要责任单位)\s*[：:][^（()）]*[）)]/g;
/** The clause a task anchor belongs to: the first responsibility clause of its paragraph that ends after it starts. */
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

/**
 * Scores `drafted` (anchored to document `main`) against `expected` (anchored to `docId`). `orgs` are
 * the expected plan's organizations, its included registries' first.
 */
export function scoreDraft(core, { expected, drafted, doc, docId = 'main', orgs = [] }) {
  const mine = indicatorNumbers(core, drafted, doc, 'main');
  const theirs = indicatorNumbers(core, expected, doc, docId);
  const found = theirs.filter(t => mine.some(m => m.n === t.n && overlaps(m.s, t.s)));
  const num = [found.length, theirs.length];
  const confirms = (m, t) =>
    m.n === t.n && overlaps(m.s, t.s) && m.role === t.role && (m.year ?? t.year) === (t.year ?? m.year);
  const confirmed = mine.filter(m => theirs.some(t => confirms(m, t)));
  const wrong = { value: 0, year: 0, role: 0, direction: 0, unmatched: 0 };
  const wrongSample = [];
  for (const m of mine) {
    if (confirmed.includes(m)) continue;
    const near = theirs.filter(t => overlaps(m.s, t.s));
    const kind = !near.length
      ? 'unmatched'
      : near.some(t => t.n === m.n && t.role === m.role)
        ? 'year'
        : near.some(t => t.n === m.n)
          ? 'role'
          : 'value';
    wrong[kind]++;
    wrongSample.push(`${kind} ${m.id} ${m.role} ${m.n}${m.year ? ` (${m.year})` : ''} ¶${m.s.para}`);
  }
  for (const t of theirs)
    if (!found.includes(t))
      wrongSample.push(`missed ${t.id} ${t.role} ${t.n}${t.year ? ` (${t.year})` : ''} ¶${t.s.para}`);
  const pairs = new Set();
  for (const m of confirmed)
    for (const t of theirs) if (confirms(m, t) && m.direction !== t.direction) pairs.add(`${m.id}>${t.id}`);
  wrong.direction = pairs.size;
  const names = orgNames([...orgs, expected?.organizations]);
  const dTasks = Object.values(drafted?.tasks ?? {}).map(t => ({
    ...t,
    c: clauseOf(doc, spanOf(doc, t.source, 'main')),
  }));
  const sTasks = Object.values(expected?.tasks ?? {})
    .map(t => ({ ...t, c: clauseOf(doc, spanOf(doc, t.source, docId)) }))
    .filter(t => t.c);
  const sameLead = (d, s) =>
    (d.lead ?? []).length === (s.lead ?? []).length &&
    s.lead.every(id => d.lead.some(n => names(id).has(n))) &&
    d.lead.every(n => s.lead.some(id => names(id).has(n)));
  const lead = [sTasks.filter(s => dTasks.some(d => d.c === s.c && sameLead(d, s))).length, sTasks.length];
  const dFund = Object.values(drafted?.funding ?? {}).map(f => ({
    n: fundingNumbers(core, f),
    s: spanOf(doc, f.source, 'main'),
  }));
  const fund = [0, 0];
  for (const f of Object.values(expected?.funding ?? {})) {
    const s = spanOf(doc, f.source, docId);
    if (!s) continue;
    for (const n of fundingNumbers(core, f)) {
      fund[1]++;
      if (dFund.some(d => overlaps(d.s, s) && d.n.includes(n))) fund[0]++;
      else wrongSample.push(`missed funding ${f.title?.slice(0, 24)} ${n} ¶${s.para}`);
    }
  }
  return { num, lead, fund, precision: [confirmed.length, mine.length], wrong, wrongSample };
}
