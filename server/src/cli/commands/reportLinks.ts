/**
 * The report's section across plans: the alignment table (规划衔接: each `aligns` link, both plans' targets
 * year by year, and the verdict) and the allocation table (指标分解: each total, its parts, their sum and the
 * gap). Every verdict comes from the core's own reading (model/alignment.ts, model/allocation.ts), the one
 * `alignment-weaker`, `allocation-shortfall`, the hover and the inlay hint use.
 */
import type { ResolvedLink } from '../../core/model/links';
import type { Resolution } from '../../core/resolve/scope';
import { pickLocale, type Locale } from '../../core/diagnostics';
import { t } from '../../core/l10n/index';
import { alignmentReason, compareAlignment } from '../../core/model/alignment';
import { allocationYears, type AllocationYear } from '../../core/model/allocation';
import type { ResolvedIndicator, ResolvedValue } from '../../core/model/analysis';
import { linkedRegion, linkFileName } from '../../core/model/linkNames';
import { showValueMsg } from '../../core/model/show';
import type { IndicatorDef, PlanFile } from '../../core/model/types';
import { fmt } from '../../core/quantity/quantity';
import type { Unit } from '../../core/quantity/units';
import { resolver } from '../../core/service/links';
import type { FileReport } from '../reporters/types';
import { esc } from './reportHtml';

/** A checked plan of the report: its index (row anchors `ind-<pi>-<id>`), its file, its model. */
interface Linker {
  pi: number;
  report: FileReport;
  file: PlanFile;
  res: Resolution;
}

/** How the tables name a plan and an indicator: the report's path for the file, linked to the row if it has one. */
function namer(reports: FileReport[], locale: Locale) {
  const byUri = new Map(reports.map((r, pi) => [r.result?.file.uri, { pi, r }]));
  const plan = (from: PlanFile, uri: string) => {
    const hit = byUri.get(uri);
    return `<code>${esc(hit ? hit.r.file : pickLocale(linkFileName(from.uri, uri), locale))}</code>`;
  };
  const indicator = (uri: string, id: string, name: string) => {
    const hit = byUri.get(uri);
    const b = `<b>${esc(name)}</b>`;
    return hit?.r.result?.file.meta ? `<a href="#ind-${hit.pi}-${esc(id)}">${b}</a>` : b;
  };
  return { plan, indicator };
}

/** A target as the plan states it: a change as written (`下降14%`), a value in the reader's language, a text. */
function targetsIn(r: ResolvedIndicator, year: number, locale: Locale): string {
  const shown = r.targets
    .filter(p => p.year === year)
    .map(p => {
      if (p.def.change) return String(p.def.change.value);
      if (p.def.value) return p.value ? pickLocale(showValueMsg(p.value, r.unit), locale) : String(p.def.value.value);
      return p.def.text?.value ?? '?';
    });
  return shown.length ? shown.map(esc).join('<br>') : '—';
}

/** The linked indicator by its own name, as its plan writes it (the plan's path stands beside it). */
const targetName = (l: ResolvedLink) => l.target!.name?.value ?? l.target!.id;
const cellsRow = (cls: string, cells: string[]) =>
  `<tr class="${cls}">${cells.map(c => `<td>${c}</td>`).join('')}</tr>`;
const head = (cols: string[]) => `<thead><tr>${cols.map(c => `<th>${esc(c)}</th>`).join('')}</tr></thead>`;
const statusSpan = (cls: string, text: string, title?: string) =>
  `<span class="${cls}"${title ? ` title="${esc(title)}"` : ''}>${esc(text)}</span>`;

function alignmentRows(p: Linker, l: ResolvedLink, locale: Locale, names: ReturnType<typeof namer>): string[] {
  const { file, res } = p;
  const resolve = resolver(res);
  const mine = resolve(l.owner);
  const own = [names.indicator(file.uri, l.owner.id, l.owner.name?.value ?? l.owner.id), names.plan(file, file.uri)];
  if (!l.target) {
    const other = [l.link.plan?.value, l.link.indicator?.value].filter(Boolean).map(x => `<code>${esc(x)}</code>`);
    return [
      cellsRow('unresolved', [
        ...own,
        other.join(' '),
        '—',
        '—',
        '—',
        statusSpan('error', t(locale, 'link.unresolved')),
      ]),
    ];
  }
  const theirs = resolve(l.target);
  const region = file.meta?.region;
  const reason = alignmentReason(theirs, l.link.must?.value === 'meet', region, linkedRegion(l.plan, region));
  const held = !reason
    ? t(locale, 'report.align.notHeld')
    : reason.kind === 'must'
      ? t(locale, 'report.align.must')
      : t(locale, 'report.align.binding', { region: reason.region });
  const other =
    `${names.indicator(l.target.uri, l.target.id, targetName(l))}` +
    ` ${names.plan(file, l.target.uri)}<br><small>${esc(held)}</small>`;
  const cmp = compareAlignment(mine, theirs);
  const weakerIn = new Set(cmp.findings.map(f => f.year ?? 'growth'));
  const verdict = (key: number | 'growth', compared: boolean) => {
    if (weakerIn.has(key))
      return reason
        ? statusSpan('warning', t(locale, 'report.align.weaker'))
        : statusSpan('hint', t(locale, 'report.align.weakerNotHeld'));
    if (compared) return statusSpan('ok', t(locale, 'report.align.meets'));
    const why = cmp.notCompared ? t(locale, `link.notCompared.${cmp.notCompared}`) : undefined;
    return statusSpan('hint', t(locale, 'report.align.notCompared'), why ?? t(locale, 'report.align.notComparedYear'));
  };
  const years = [...new Set([...mine.targets, ...theirs.targets].map(x => x.year))]
    .filter((y): y is number => y !== undefined)
    .sort((a, b) => a - b);
  const rows = years.map(y =>
    cellsRow(`year-${y}`, [
      ...own,
      other,
      String(y),
      targetsIn(mine, y, locale),
      targetsIn(theirs, y, locale),
      verdict(y, cmp.years.includes(y)),
    ]),
  );
  const mg = mine.def.growth?.value,
    tg = theirs.def.growth?.value;
  if (mg || tg) {
    const compared = !!mine.growth && mine.growth.kind === theirs.growth?.kind && !cmp.notCompared;
    const shown = (g: typeof mg) => (g ? esc(String(g.value)) : '—');
    rows.push(
      cellsRow('growth', [
        ...own,
        other,
        esc(t(locale, 'report.growthRow')),
        shown(mg),
        shown(tg),
        verdict('growth', compared && mine.def.direction?.value !== 'maintain'),
      ]),
    );
  }
  return rows;
}

function allocationStatus(y: AllocationYear, locale: Locale): string {
  const gap = Math.abs(y.totalEnd - y.sum);
  if (y.failing) return statusSpan('error', t(locale, y.mode === 'cap' ? 'report.alloc.over' : 'report.alloc.short'));
  if (gap <= 1e-9 * Math.abs(y.totalEnd)) return statusSpan('ok', t(locale, 'report.alloc.exact'));
  return statusSpan('ok', t(locale, y.mode === 'cap' ? 'report.alloc.within' : 'report.alloc.beyond'));
}

function allocationRows(p: Linker, def: IndicatorDef, locale: Locale, names: ReturnType<typeof namer>): string[] {
  const { file, res } = p;
  const resolve = resolver(res);
  const total = resolve(def);
  const unit = total.unit?.text ?? '';
  const own = [names.indicator(file.uri, def.id, def.name?.value ?? def.id), names.plan(file, file.uri)];
  const partName = (l: ResolvedLink) =>
    l.target
      ? `${names.plan(file, l.target.uri)} ${names.indicator(l.target.uri, l.target.id, targetName(l))}`
      : `<code>${esc(l.link.indicator?.value ?? '')}</code>`;
  const shown = (v: ResolvedValue, u: Unit | undefined) => esc(pickLocale(showValueMsg(v, u), locale));
  const years = allocationYears(total, res.links.links, file, resolve);
  if (!years.length) {
    const parts = res.links.links.filter(l => l.owner === def && l.role === 'allocated_to').map(partName);
    const status = statusSpan('hint', t(locale, 'report.alloc.notSummed'), t(locale, 'report.alloc.notSummedWhy'));
    return [cellsRow('not-summed', [...own, '—', '—', parts.join('<br>'), '—', '—', status])];
  }
  return years.map(y =>
    cellsRow(`year-${y.year}${y.failing ? ' failing' : ''}`, [
      ...own,
      String(y.year),
      shown(y.total, total.unit),
      y.terms.map(term => `${partName(term.link)} ${shown(term.value, resolve(term.link.target!).unit)}`).join('<br>'),
      esc(`${fmt(y.sum)}${unit}`),
      esc(`${fmt(Math.abs(y.totalEnd - y.sum))}${unit}`),
      allocationStatus(y, locale),
    ]),
  );
}

/** The section across plans; nothing when no plan of the report links to another indicator. */
export function linksSection(reports: FileReport[], locale: Locale): string {
  const linkers: Linker[] = [];
  reports.forEach((report, pi) => {
    const file = report.result?.file,
      res = report.result?.resolution;
    if (file?.meta && res?.links.links.length) linkers.push({ pi, report, file, res });
  });
  if (!linkers.length) return '';
  const names = namer(reports, locale);
  const aligned = linkers.flatMap(p =>
    p.res.links.links.filter(l => l.role === 'aligns').flatMap(l => alignmentRows(p, l, locale, names)),
  );
  const allocated = linkers.flatMap(p =>
    [...p.file.indicators.values()].filter(d => d.allocatedTo.length).flatMap(d => allocationRows(p, d, locale, names)),
  );
  const out = [`<section class="across-plans" id="across-plans"><h2>${esc(t(locale, 'report.acrossPlans'))}</h2>`];
  if (aligned.length) {
    out.push(`<h3>${esc(t(locale, 'report.alignmentTable'))}</h3><table class="alignment">`);
    out.push(
      head([
        t(locale, 'item.indicator'),
        t(locale, 'report.col.plan'),
        t(locale, 'report.col.carriesDown'),
        t(locale, 'report.col.year'),
        t(locale, 'report.col.ownTarget'),
        t(locale, 'report.col.otherTarget'),
        t(locale, 'report.status'),
      ]),
    );
    out.push(`<tbody>${aligned.join('')}</tbody></table>`);
  }
  if (allocated.length) {
    out.push(`<h3>${esc(t(locale, 'report.allocationTable'))}</h3><table class="allocation">`);
    out.push(
      head([
        t(locale, 'item.indicator'),
        t(locale, 'report.col.plan'),
        t(locale, 'report.col.year'),
        t(locale, 'report.col.total'),
        t(locale, 'report.col.parts'),
        t(locale, 'report.col.sum'),
        t(locale, 'report.col.gap'),
        t(locale, 'report.status'),
      ]),
    );
    out.push(`<tbody>${allocated.join('')}</tbody></table>`);
  }
  out.push('</section>');
  return out.join('\n');
}
