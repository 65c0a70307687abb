/**
 * The report's sections for goals, tasks and funding clauses (each with its bodies, due year or
 * amounts as written, source link and findings) and the findings grouped by rule, each naming the
 * item it is about.
 */
import { ruleMeta, type Locale, type PlanDiagnostic, type PlanFile, type Resolution } from '../../core/index';
import type { FundingDef, GoalDef, ItemDef, Ref, TaskDef } from '../../core/model/types';
import { esc } from './reportHtml';
import { findingsOf, itemAt, itemName, ROW_PREFIX, sourceView, type ByLine, type SourceView } from './reportModel';

export const T = (l: Locale, en: string, zh: string) => (l === 'zh-cn' ? zh : en);

/** What the sections of one plan share: its index in the page, its file, and the link to a quoted source. */
export interface PlanContext {
  pi: number;
  file: PlanFile;
  res: Resolution | undefined;
  locale: Locale;
  byLine: ByLine;
  link: (s: SourceView | undefined, text: string) => string;
}

export const rowId = (c: PlanContext, d: Pick<ItemDef, 'kind' | 'id'>) => esc(`${ROW_PREFIX[d.kind]}-${c.pi}-${d.id}`);

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

function table(cls: string, title: string, count: number, heads: string[], rows: string[]): string {
  return (
    `<section class="items ${cls}" data-count="${count}"><h3>${esc(title)} (${count})</h3>` +
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
    'goals',
    T(l, 'Goals', '目标'),
    goals.length,
    [
      T(l, 'Goal', '目标'),
      T(l, 'Indicators', '指标'),
      T(l, 'Responsible', '责任单位'),
      T(l, 'Source', '来源'),
      T(l, 'Status', '状态'),
    ],
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
    'tasks',
    T(l, 'Tasks', '任务'),
    tasks.length,
    [
      T(l, 'Task', '任务'),
      T(l, 'Lead', '牵头单位'),
      T(l, 'Support', '配合单位'),
      T(l, 'Goals', '目标'),
      T(l, 'Due', '完成年份'),
      T(l, 'Source', '来源'),
      T(l, 'Status', '状态'),
    ],
    rows,
  );
}

const INSTRUMENTS: Record<string, [string, string]> = {
  grant: ['grant', '补助'],
  award: ['award', '奖励'],
  subsidy: ['subsidy', '补贴'],
  'interest-subsidy': ['interest subsidy', '贴息'],
  'price-support': ['price support', '价格支持'],
  fund: ['fund', '专项资金'],
  guarantee: ['guarantee', '担保'],
  tax: ['tax relief', '税收优惠'],
};
const PER: Record<string, [string, string]> = {
  project: ['per project', '每个项目'],
  enterprise: ['per enterprise', '每家企业'],
  'enterprise-year': ['per enterprise a year', '每家企业每年'],
  item: ['per item', '每项'],
  'item-year': ['per item a year', '每项每年'],
  event: ['per event', '每次'],
  person: ['per person', '每人'],
  'person-year': ['per person a year', '每人每年'],
  total: ['in total', '总额'],
};
const word = (l: Locale, table: Record<string, [string, string]>, k: string | undefined) =>
  k === undefined ? undefined : table[k] ? T(l, table[k][0], table[k][1]) : k;

/** A funding clause's figures as written: rate, threshold, amount or range, caps, tiers, cost share, duration. */
function terms(l: Locale, f: FundingDef): string {
  const lines: string[] = [];
  const add = (label: string, v: unknown) => {
    if (v !== undefined && v !== null && v !== '') lines.push(`${esc(label)} ${esc(v)}`);
  };
  add(T(l, 'rate', '比例'), f.rate?.value);
  add(T(l, 'threshold', '门槛'), f.threshold?.value);
  add(T(l, 'amount', '金额'), f.amount?.value);
  if (f.amountMin || f.amountMax) {
    add(T(l, 'amount', '金额'), `${f.amountMin?.value ?? '…'}–${f.amountMax?.value ?? '…'}`);
  }
  for (const cap of f.caps) {
    add(T(l, 'cap', '上限'), `${cap.amount?.value ?? '?'}${cap.per ? ` (${word(l, PER, cap.per.value)})` : ''}`);
  }
  for (const tier of f.tiers) add(T(l, 'tier', '分档'), `${tier.level ?? '?'}: ${tier.amount?.value ?? '?'}`);
  const shares = f.costShare.map(s => `${s.level} ${s.value.value}`).join(' : ');
  if (shares) add(T(l, 'cost share', '分担比例'), shares);
  if (f.durationYears)
    add(T(l, 'duration', '期限'), T(l, `${f.durationYears.value} years`, `${f.durationYears.value}年`));
  if (f.startYear) add(T(l, 'from', '起始年份'), f.startYear.value);
  return lines.join('<br>') || '—';
}

export function fundingSection(c: PlanContext): string {
  const l = c.locale,
    clauses: FundingDef[] = [...c.file.funding.values()];
  if (!clauses.length) return '';
  const rows = clauses.map(
    f =>
      `<tr id="${rowId(c, f)}">${nameCell(f)}` +
      `<td>${esc(word(l, INSTRUMENTS, f.instrument?.value) ?? '—')}</td><td>${orgs(c, f.payer)}</td>` +
      `<td class="terms">${terms(l, f)}</td><td>${refs(c, f.supports)}</td><td>${sourceCell(c, f)}</td>` +
      `<td>${statusCell(findingsOf(f, c.file, c.byLine))}</td></tr>`,
  );
  return table(
    'funding',
    T(l, 'Funding clauses', '资金条款'),
    clauses.length,
    [
      T(l, 'Funding clause', '资金条款'),
      T(l, 'Instrument', '方式'),
      T(l, 'Payer', '出资方'),
      T(l, 'Rates and amounts', '比例与金额'),
      T(l, 'Supports', '支持'),
      T(l, 'Source', '来源'),
      T(l, 'Status', '状态'),
    ],
    rows,
  );
}

const KIND: Record<ItemDef['kind'], [string, string]> = {
  indicator: ['indicator', '指标'],
  goal: ['goal', '目标'],
  task: ['task', '任务'],
  funding: ['funding clause', '资金条款'],
};

/** The findings grouped by rule, each naming its item (`name (id)`, linked to its row), the line:column after. */
export function findingsSection(c: PlanContext, diagnostics: PlanDiagnostic[]): string {
  const l = c.locale;
  const byRule = new Map<string, PlanDiagnostic[]>();
  for (const d of diagnostics) {
    const list = byRule.get(d.code);
    if (list) list.push(d);
    else byRule.set(d.code, [d]);
  }
  if (!byRule.size) return '';
  const out = [`<section class="findings"><h3>${T(l, 'Findings by rule', '按规则分组的问题')}</h3>`];
  for (const [code, ds] of [...byRule].sort((a, b) => a[0].localeCompare(b[0]))) {
    const meta = ruleMeta(code);
    const summary = meta ? ` ${esc(l === 'zh-cn' ? meta.summary.zh : meta.summary.en)}` : '';
    out.push(`<h4 id="rule-${c.pi}-${esc(code)}"><code>${esc(code)}</code>${summary} (${ds.length})</h4><ul>`);
    const sorted = [...ds].sort(
      (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character,
    );
    for (const d of sorted) {
      const it = itemAt(c.file, d);
      const what = it
        ? `${esc(T(l, KIND[it.kind][0], KIND[it.kind][1]))} ` +
          `<a href="#${rowId(c, it)}"><b>${esc(itemName(it))}</b></a> (<code>${esc(it.id)}</code>)`
        : `<b>${T(l, 'the plan file', '规划文件')}</b>`;
      const at = `${d.range.start.line + 1}:${d.range.start.character + 1}`;
      out.push(
        `<li class="${d.severity}">${what}${T(l, ': ', '：')}${esc(d.message)} ` +
          `<small class="loc" title="${T(l, 'line:column', '行:列')}">${at}</small></li>`,
      );
    }
    out.push('</ul>');
  }
  out.push('</section>');
  return out.join('\n');
}
