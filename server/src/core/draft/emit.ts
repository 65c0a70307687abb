/**
 * The draft as YAML, written by hand so that it is stable and readable: one entry a line where it fits,
 * strings quoted where YAML needs it, a `# draft:` comment on every placeholder.
 */
import { pickLocale, type Locale, type Msg } from '../diagnostics';
import { t } from '../l10n/index';
import type { DraftAnchor, DraftFunding, DraftIndicator, DraftModel, DraftTask, DraftValue } from './types';

const PLAIN = /^[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9_-]*$/;
const KEYWORDS = /^(?:true|false|null|yes|no|on|off|y|n|~)$/i;
/** A string as YAML: plain where it is a name, else JSON's double quotes (a subset of YAML's). */
export function str(s: string): string {
  return PLAIN.test(s) && !KEYWORDS.test(s) ? s : JSON.stringify(s);
}
const list = (items: string[]) => `[${items.map(str).join(', ')}]`;

function anchor(a: DraftAnchor): string {
  return `{ doc: main, quote: ${JSON.stringify(a.quote)}${a.para ? `, para: ${a.para}` : ''} }`;
}
export function value(v: DraftValue, field = 'value', extra = ''): string {
  const year = v.year !== undefined ? `year: ${v.year}, ` : '';
  return `{ ${year}${field}: ${JSON.stringify(v.value)}${extra}, source: ${anchor(v.anchor)} }`;
}
/** A `# draft: check …` comment in the drafter's locale (the `# draft:` marker is the same in every locale). */
const checkComment = (c: Msg, locale: Locale) =>
  `  # draft: ${t(locale, 'draft.check', { what: pickLocale(c, locale) })}`;
const checked = (v: DraftValue, locale: Locale) => (v.check ? checkComment(v.check, locale) : '');
const itemsOf = (ind: DraftIndicator) =>
  `, items: ${list(ind.items ?? [])}${ind.itemsPartial ? ', items_partial: true' : ''}`;

export interface Ids {
  indicators: Map<DraftIndicator, string>;
  byName: Map<string, string>;
  goals: Map<number, string>;
}

export function emitDraft(
  m: DraftModel,
  ids: Ids,
  orgs: string[],
  locale: Locale,
  periodNote?: Msg,
  notes?: readonly Msg[],
): string {
  const out: string[] = [];
  out.push(`# ${t(locale, 'draft.header', { source: m.sourcePath })}`);
  out.push(`# ${t(locale, 'draft.headerMarks')}`);
  for (const n of notes ?? []) out.push(checkComment(n, locale).trimStart());
  out.push('planlint: 1', 'plan:', `  id: ${str(m.id)}`);
  out.push(
    m.title ? `  title: ${str(m.title)}` : `  title: "（规划标题）"  # draft: ${t(locale, 'draft.placeholder.title')}`,
  );
  const note = periodNote ? `  # draft: ${pickLocale(periodNote, locale)}` : '';
  out.push(`  period: [${m.period[0]}, ${m.period[1]}]${note}`);
  out.push(`  baseline_year: ${m.baselineYear}`);
  out.push('sources:', '  main:', `    path: ${JSON.stringify(m.sourcePath)}`);
  if (orgs.length) {
    out.push('organizations:');
    for (const o of orgs) out.push(`  ${str(o)}: { name: ${str(o)} }`);
  }
  if (m.indicators.length) {
    out.push('indicators:');
    for (const ind of m.indicators) out.push(...indicator(ind, ids, locale));
  }
  const goals = m.headings.map((h, i) => ({ h, id: ids.goals.get(i) })).filter(g => g.id);
  if (goals.length) {
    out.push('goals:');
    for (const { h, id } of goals) {
      const members = m.indicators.filter(i => i.heading !== undefined && ids.goals.get(i.heading) === id);
      out.push(`  ${id}:`, `    title: ${str(h.title)}`);
      if (members.length) out.push(`    indicators: [${members.map(i => ids.indicators.get(i)).join(', ')}]`);
      out.push(`    source: ${anchor(h.anchor)}`);
    }
  }
  if (m.tasks.length) {
    out.push('tasks:');
    for (const [i, item] of m.tasks.entries()) out.push(...task(item, `T${i + 1}`, ids, locale));
  }
  if (m.funding.length) {
    out.push('funding:');
    for (const [i, f] of m.funding.entries()) out.push(...funding(f, `F${i + 1}`));
  }
  return `${out.join('\n')}\n`;
}

export function indicator(ind: DraftIndicator, ids: Ids, locale: Locale): string[] {
  const out = [`  ${ids.indicators.get(ind)}:`, `    name: ${str(ind.name)}`];
  for (const c of ind.checks ?? []) out[0] += checkComment(c, locale);
  out.push(
    ind.unit ? `    unit: ${str(ind.unit)}` : `    unit: "（单位）"  # draft: ${t(locale, 'draft.placeholder.unit')}`,
  );
  if (ind.category) out.push(`    category: ${str(ind.category)}`);
  if (ind.type) out.push(`    type: ${ind.type}`);
  out.push(`    direction: ${ind.direction}`);
  if (ind.baseline) out.push(`    baseline: ${value(ind.baseline)}${checked(ind.baseline, locale)}`);
  if (ind.targets.length) {
    out.push('    targets:');
    const last = ind.targets[ind.targets.length - 1];
    for (const t of ind.targets) {
      const items = t === last && ind.items?.length && t.field === 'value' ? itemsOf(ind) : '';
      out.push(`      - ${value(t, t.field, items)}${checked(t, locale)}`);
    }
  }
  if (ind.actuals?.length) {
    out.push('    actuals:');
    for (const a of ind.actuals) out.push(`      - ${value(a, a.field)}`);
  }
  if (ind.growth) out.push(`    growth: ${value({ ...ind.growth, year: undefined })}`);
  const refs = (names: string[]) =>
    `[${names
      .map(n => ids.byName.get(n))
      .filter(Boolean)
      .join(', ')}]`;
  if (ind.parts?.length) out.push(`    parts: ${refs(ind.parts)}`);
  if (ind.subsets?.length) out.push(`    subsets: ${refs(ind.subsets)}`);
  return out;
}

export function task(t: DraftTask, id: string, ids: Ids, locale: Locale): string[] {
  const checks = (t.checks ?? []).map(c => checkComment(c, locale)).join('');
  const out = [`  ${id}:`, `    title: ${str(t.title)}`, `    lead: ${list(t.lead)}${checks}`];
  if (t.support.length) out.push(`    support: ${list(t.support)}`);
  if (t.note) out.push(`    note: ${str(t.note)}`);
  const goal = t.heading !== undefined ? ids.goals.get(t.heading) : undefined;
  if (goal) out.push(`    goals: [${goal}]`);
  out.push(`    source: ${anchor(t.anchor)}`);
  return out;
}

export function funding(f: DraftFunding, id: string): string[] {
  const q = JSON.stringify;
  const out = [`  ${id}:`, `    title: ${str(f.title)}`];
  if (f.instrument) out.push(`    instrument: ${f.instrument}`);
  if (f.basis) out.push(`    basis: ${str(f.basis)}`);
  if (f.rate) out.push(`    rate: ${q(f.rate)}`);
  if (f.threshold) out.push(`    threshold: ${q(f.threshold)}`);
  if (typeof f.amount === 'string') out.push(`    amount: ${q(f.amount)}`);
  else if (f.amount) out.push(`    amount: { min: ${q(f.amount.min)}, max: ${q(f.amount.max)} }`);
  const cap = (c: { amount: string; per?: string }) => `{ amount: ${q(c.amount)}${c.per ? `, per: ${c.per}` : ''} }`;
  if (f.caps.length === 1) out.push(`    cap: ${cap(f.caps[0])}`);
  else if (f.caps.length) {
    out.push('    cap:');
    for (const c of f.caps) out.push(`      - ${cap(c)}`);
  }
  if (f.durationYears) out.push(`    duration_years: ${f.durationYears}`);
  if (f.costShare) out.push(`    cost_share: { ${f.costShare.map(([k, v]) => `${str(k)}: ${v}`).join(', ')} }`);
  if (f.tiers) {
    out.push('    tiers:');
    for (const t of f.tiers) out.push(`      - { level: ${str(t.level)}, amount: ${q(t.amount)} }`);
    if (f.tiersOrder) out.push(`    tiers_order: ${f.tiersOrder}`);
  }
  out.push(`    source: ${anchor(f.anchor)}`);
  return out;
}
