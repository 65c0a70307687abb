/**
 * The report's sections for goals, tasks and funding clauses (each with its bodies, due year or
 * amounts as written, source link and findings) and the findings grouped by rule, each naming the
 * item it is about.
 */
import {
  pickLocale,
  ruleMeta,
  type Locale,
  type PlanDiagnostic,
  type PlanFile,
  type Resolution,
} from '../../core/index';
import type { FundingDef, GoalDef, ItemDef, Ref, TaskDef } from '../../core/model/types';
import { t, tWord } from '../../core/l10n/index';
import { esc } from './reportHtml';
import { findingsOf, itemAt, itemName, ROW_PREFIX, sourceView, type ByLine, type SourceView } from './reportModel';

/** What the sections of one plan share: its index in the page, its file, and the link to a quoted source. */
export interface PlanContext {
  pi: number;
  file: PlanFile;
  res: Resolution | undefined;
  locale: Locale;
  byLine: ByLine;
  link: (s: SourceView | undefined, text: string) => string;
}

const rowId = (c: PlanContext, d: Pick<ItemDef, 'kind' | 'id'>) => esc(`${ROW_PREFIX[d.kind]}-${c.pi}-${d.id}`);

export function statusCell(findings: PlanDiagnostic[]): string {
  if (!findings.length) return '<span class="ok">✔</span>';
  return findings
    .map(
      f =>
        `<span class="${f.severity}" title="${esc(f.message)}">` +
        `${f.severity === 'error' ? '✖' : f.severity === 'warning' ? '⚠' : '·'} ${esc(f.code)}</span>`,
    )
    .join('<br>');
}

const orgName = (c: PlanContext, r: Ref) => c.res?.scope.orgNames.get(r.id)?.name?.value ?? r.id;
const orgs = (c: PlanContext, rs: Ref[]) => rs.map(r => esc(orgName(c, r))).join('、') || '—';
/** Links to the items a list names (a goal's indicators, a task's goals), each by its name. */
function refs(c: PlanContext, rs: Ref[]): string {
  return (
    rs
      .map(r => {
        const f = c.file,
          d = f.indicators.get(r.id) ?? f.goals.get(r.id) ?? f.tasks.get(r.id) ?? f.funding.get(r.id);
        return d ? `<a href="#${rowId(c, d)}">${esc(itemName(d))}</a>` : `<code>${esc(r.id)}</code>`;
      })
      .join('、') || '—'
  );
}
const sourceCell = (c: PlanContext, d: ItemDef) => {
  const s = sourceView(d.source, c.res);
  return s ? c.link(s, `¶${s.para}`) : '—';
};
const nameCell = (d: ItemDef) => `<td><b>${esc(itemName(d))}</b><br><code>${esc(d.id)}</code></td>`;

function table(l: Locale, cls: string, title: string, count: number, heads: string[], rows: string[]): string {
  return (
    `<section class="items ${cls}" data-count="${count}"><h3>${esc(t(l, 'report.counted', { title, n: count }))}</h3>` +
    `<table><thead><tr>${heads.map(h => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>\n` +
    `${rows.join('\n')}\n</tbody></table></section>`
  );
}

export function goalsSection(c: PlanContext): string {
  const l = c.locale,
    goals: GoalDef[] = [...c.file.goals.values()];
  if (!goals.length) return '';
  const rows = goals.map(
    g =>
      `<tr id="${rowId(c, g)}">${nameCell(g)}<td>${refs(c, g.indicators)}</td>` +
      `<td>${orgs(c, g.responsible)}</td><td>${sourceCell(c, g)}</td>` +
      `<td>${statusCell(findingsOf(g, c.file, c.byLine))}</td></tr>`,
  );
  return table(
    l,
    'goals',
    t(l, 'item.goals'),
    goals.length,
    [t(l, 'item.goal'), t(l, 'item.indicators'), t(l, 'item.responsible'), t(l, 'item.source'), t(l, 'report.status')],
    rows,
  );
}

export function tasksSection(c: PlanContext): string {
  const l = c.locale,
    tasks: TaskDef[] = [...c.file.tasks.values()];
  if (!tasks.length) return '';
  const rows = tasks.map(
    k =>
      `<tr id="${rowId(c, k)}">${nameCell(k)}` +
      `<td>${orgs(c, k.lead)}</td><td>${orgs(c, k.support)}</td>` +
      `<td>${refs(c, k.goals)}</td><td class="num">${k.due ? esc(k.due.value) : '—'}</td><td>${sourceCell(c, k)}</td>` +
      `<td>${statusCell(findingsOf(k, c.file, c.byLine))}</td></tr>`,
  );
  return table(
    l,
    'tasks',
    t(l, 'item.tasks'),
    tasks.length,
    [
      t(l, 'item.task'),
      t(l, 'item.lead'),
      t(l, 'item.support'),
      t(l, 'item.goals'),
      t(l, 'item.due'),
      t(l, 'item.source'),
      t(l, 'report.status'),
    ],
    rows,
  );
}

/** A contract keyword in words (`interest-subsidy` → 贴息); a word the catalogue lacks shows as written. */
function word(l: Locale, group: 'instrument' | 'per', k: string | undefined): string | undefined {
  const key = `${group}.${k}`;
  return k === undefined ? undefined : tWord(l, key, k);
}

/** A funding clause's figures as written: rate, threshold, amount or range, caps, tiers, cost share, duration. */
function terms(l: Locale, f: FundingDef): string {
  const lines: string[] = [];
  const add = (label: string, v: unknown) => {
    if (v !== undefined && v !== null && v !== '') lines.push(`${esc(label)} ${esc(v)}`);
  };
  add(t(l, 'funding.rate'), f.rate?.value);
  add(t(l, 'funding.threshold'), f.threshold?.value);
  add(t(l, 'funding.amount'), f.amount?.value);
  if (f.amountMin || f.amountMax) {
    add(t(l, 'funding.amount'), `${f.amountMin?.value ?? '…'}–${f.amountMax?.value ?? '…'}`);
  }
  for (const cap of f.caps) {
    add(t(l, 'funding.cap'), `${cap.amount?.value ?? '?'}${cap.per ? ` (${word(l, 'per', cap.per.value)})` : ''}`);
  }
  for (const tier of f.tiers) add(t(l, 'funding.tier'), `${tier.level ?? '?'}: ${tier.amount?.value ?? '?'}`);
  const shares = f.costShare.map(s => `${s.level} ${s.value.value}`).join(' : ');
  if (shares) add(t(l, 'funding.costShare'), shares);
  if (f.durationYears) add(t(l, 'funding.duration'), t(l, 'funding.years', { durationYears: f.durationYears.value }));
  if (f.startYear) add(t(l, 'funding.from'), f.startYear.value);
  return lines.join('<br>') || '—';
}

export function fundingSection(c: PlanContext): string {
  const l = c.locale,
    clauses: FundingDef[] = [...c.file.funding.values()];
  if (!clauses.length) return '';
  const rows = clauses.map(
    f =>
      `<tr id="${rowId(c, f)}">${nameCell(f)}` +
      `<td>${esc(word(l, 'instrument', f.instrument?.value) ?? '—')}</td><td>${orgs(c, f.payer)}</td>` +
      `<td class="terms">${terms(l, f)}</td><td>${refs(c, f.supports)}</td><td>${sourceCell(c, f)}</td>` +
      `<td>${statusCell(findingsOf(f, c.file, c.byLine))}</td></tr>`,
  );
  return table(
    l,
    'funding',
    t(l, 'item.fundingClauses'),
    clauses.length,
    [
      t(l, 'item.fundingClause'),
      t(l, 'funding.instrument'),
      t(l, 'funding.payer'),
      t(l, 'funding.ratesAndAmounts'),
      t(l, 'funding.supports'),
      t(l, 'item.source'),
      t(l, 'report.status'),
    ],
    rows,
  );
}

/** `indicator 名称 (id)`, linked to its row, or "the plan file". */
function itemOf(c: PlanContext, d: PlanDiagnostic): string {
  const l = c.locale;
  const it = itemAt(c.file, d);
  return it
    ? `${esc(t(l, `kind.${it.kind}`))} ` +
        `<a href="#${rowId(c, it)}"><b>${esc(itemName(it))}</b></a> (<code>${esc(it.id)}</code>)`
    : `<b>${t(l, 'report.thePlanFile')}</b>`;
}

/**
 * One plan's findings grouped by rule, each naming its item, the line:column after; under the plan's
 * title (linked to its section) at the top of the report. Acknowledged findings (`planlint-disable … --
 * reason`) are listed apart, with their reasons, in their own section after the open ones.
 */
export function findingsSection(
  c: PlanContext,
  title: string,
  diagnostics: PlanDiagnostic[],
  kind: 'open' | 'acknowledged',
) {
  const l = c.locale;
  const byRule = new Map<string, PlanDiagnostic[]>();
  for (const d of diagnostics) {
    const list = byRule.get(d.code);
    if (list) list.push(d);
    else byRule.set(d.code, [d]);
  }
  if (!byRule.size) return '';
  const heading = t(l, kind === 'open' ? 'report.findingsOf' : 'report.acknowledgedOf', { plan: esc(title) });
  const out = [
    `<section class="${kind === 'open' ? 'findings' : 'acknowledged'}">` +
      `<h3><a href="#plan-${c.pi}">${heading}</a></h3>`,
  ];
  for (const [code, ds] of [...byRule].sort((a, b) => a[0].localeCompare(b[0]))) {
    const meta = ruleMeta(code);
    const summary = meta ? ` ${esc(pickLocale(meta.summary, l))}` : '';
    const id = kind === 'open' ? ` id="rule-${c.pi}-${esc(code)}"` : '';
    out.push(`<h4${id}><code>${esc(code)}</code>${summary} (${ds.length})</h4><ul>`);
    const sorted = [...ds].sort(
      (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character,
    );
    for (const d of sorted) {
      const at = `${d.range.start.line + 1}:${d.range.start.character + 1}`;
      const reason =
        kind === 'acknowledged'
          ? `<br><span class="reason">${t(l, 'report.reason')}${t(l, 'punct.colon')}` +
            `${esc(d.acknowledged?.reason ?? t(l, 'decision.noReason'))}</span>`
          : '';
      out.push(
        `<li class="${kind === 'open' ? d.severity : 'acknowledged'}">${itemOf(c, d)}${t(l, 'punct.colon')}` +
          `${esc(d.message)} <small class="loc" title="${t(l, 'report.lineColumn')}">${at}</small>${reason}</li>`,
      );
    }
    out.push('</ul>');
  }
  out.push('</section>');
  return out.join('\n');
}
