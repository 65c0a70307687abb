/**
 * The report's monitoring section (中期评估 / 年度监测): per plan, a table in the shape evaluation reports
 * use (指标, 单位, 基期值, 目标值, 实现值, 进度, 时间进度, 状态), the counts per state and per 约束性 /
 * 预期性, and a chart per indicator of its baseline, path, actuals and target. The same table as CSV
 * (`planlint report --evaluation --format csv`). Every state comes from the core's one reading
 * (model/monitoring.ts), so the report says what `behind-schedule` and the editor say.
 */
import { stateLabel } from '../../core/service/monitoringStates';
import {
  DEFAULT_SCHEDULE_TOLERANCE,
  evaluateIndicator,
  INDICATOR_STATES,
  pathPoints,
  pickLocale,
  showValue,
  type IndicatorState,
  type Locale,
} from '../../core/index';
import { t, tn } from '../../core/l10n/index';
import { showValueMsg } from '../../core/model/show';
import { csvCell } from '../../core/text/printer';
import type { FileReport } from '../reporters/types';
import { chartSvg } from './reportChart';
import { esc } from './reportHtml';
import { byStartLine, resolveIndicatorOf, type IndicatorView } from './reportModel';

export interface EvaluationRow {
  plan: string;
  id: string;
  name: string;
  unit: string;
  binding: boolean;
  baseline: string;
  target: string;
  actual: string;
  /** Shares of the way and of the time, as whole percentages; absent where there is no path. */
  progress?: string;
  time?: string;
  state: IndicatorState;
  view: IndicatorView;
  chart: { path: { x: number; y: number }[]; actuals: { x: number; y: number; text: string }[] };
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** One row per indicator of each plan, in document order. */
function evaluationRows(reports: FileReport[], locale: Locale): EvaluationRow[] {
  const rows: EvaluationRow[] = [];
  for (const r of reports) {
    const file = r.result?.file;
    if (!file?.meta) continue;
    const config = r.result!.config.config;
    const tol = { schedule: config.scheduleTolerance ?? DEFAULT_SCHEDULE_TOLERANCE, growth: config.growthTolerance };
    const byLine = byStartLine(r.diagnostics);
    const plan = file.meta.title?.value ?? file.meta.id?.value ?? r.file;
    for (const def of file.indicators.values()) {
      const view = resolveIndicatorOf(def, file, r.result!.resolution, byLine);
      const res = view.resolved;
      const e = evaluateIndicator(res, tol);
      // A value as the table shows it: in the reader's language, without the unit the 单位 column gives.
      const bare = (s: string) => (res.unit && s.endsWith(res.unit.text) ? s.slice(0, -res.unit.text.length) : s);
      const shown = (p: (typeof res.targets)[number] | undefined, raw: unknown) =>
        p?.value ? bare(pickLocale(showValueMsg(p.value, res.unit), locale)) : raw === undefined ? '—' : String(raw);
      const inYear = (text: string, year: number | undefined) =>
        year === undefined ? text : t(locale, 'eval.actualIn', { value: text, year });
      const finalPoint = e.final?.point ?? res.targets[res.targets.length - 1];
      const latest = e.latest?.point ?? res.actuals[res.actuals.length - 1];
      const latestText = latest?.def.growth ? String(latest.def.growth.value) : shown(latest, latest?.def.value?.value);
      const progress = e.latest?.progress;
      rows.push({
        plan,
        id: def.id,
        name: def.name?.value ?? def.id,
        unit: def.unit?.value ?? '',
        binding: def.type === 'binding',
        baseline: res.baseline ? inYear(shown(res.baseline, res.baseline.def.value?.value), res.baselineYear) : '—',
        target: finalPoint
          ? inYear(shown(finalPoint, finalPoint.def.change?.value ?? finalPoint.def.text?.value), finalPoint.year)
          : '—',
        actual: latest ? inYear(latestText, latest.year) : '—',
        progress: progress && percent(progress.way),
        time: progress && percent(progress.time),
        state: e.state,
        view,
        chart: {
          path: pathPoints(res).map(p => ({ x: p.year, y: p.value })),
          actuals: e.actuals
            .filter(a => a.point.value?.number !== undefined)
            .map(a => ({ x: a.year, y: a.point.value!.number!, text: showValue(a.point.value, res.unit) })),
        },
      });
    }
  }
  return rows;
}

/** `25项指标中，18项符合预期，3项提前完成…`; then the same per 约束性 and 预期性. */
function evaluationSummary(rows: EvaluationRow[], locale: Locale): string[] {
  const parts = (rs: EvaluationRow[]) =>
    INDICATOR_STATES.map(s => [s, rs.filter(r => r.state === s).length] as const)
      .filter(([, n]) => n > 0)
      .map(([s, n]) => tn(locale, 'eval.count', n, { state: stateLabel(s, locale) }))
      .join(t(locale, 'eval.listJoin'));
  const out = [t(locale, 'eval.summary', { total: tn(locale, 'eval.indicators', rows.length), parts: parts(rows) })];
  for (const [binding, key] of [
    [true, 'eval.binding'],
    [false, 'eval.expected'],
  ] as const) {
    const rs = rows.filter(r => r.binding === binding);
    if (rs.length)
      out.push(t(locale, 'eval.summaryType', { type: t(locale, key), total: rs.length, parts: parts(rs) }));
  }
  return out;
}

const columns = (locale: Locale) => [
  t(locale, 'eval.indicator'),
  t(locale, 'eval.unit'),
  t(locale, 'eval.type'),
  t(locale, 'eval.baseline'),
  t(locale, 'eval.target'),
  t(locale, 'eval.actual'),
  t(locale, 'eval.progress'),
  t(locale, 'eval.time'),
  t(locale, 'eval.state'),
];
const cells = (r: EvaluationRow, locale: Locale) => [
  r.name,
  r.unit,
  t(locale, r.binding ? 'eval.binding' : 'eval.expected'),
  r.baseline,
  r.target,
  r.actual,
  r.progress ?? '—',
  r.time ?? '—',
  stateLabel(r.state, locale),
];

/** The section for one plan's rows: the counts, the table, a chart per indicator with actuals. */
function sectionHtml(rows: EvaluationRow[], locale: Locale, anchor: string): string {
  const out = [`<section class="monitoring" id="${esc(anchor)}"><h3>${t(locale, 'eval.title')}</h3>`];
  if (!rows.some(r => r.state !== 'noData')) {
    out.push(`<p class="hint">${esc(t(locale, 'eval.none'))}</p></section>`);
    return out.join('');
  }
  out.push(...evaluationSummary(rows, locale).map(s => `<p class="summary">${esc(s)}</p>`));
  const heads = [...columns(locale), t(locale, 'report.trajectory')];
  out.push(`<table class="evaluation"><thead><tr>${heads.map(h => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>`);
  for (const r of rows) {
    const c = cells(r, locale).map(esc);
    const chart = r.state === 'noData' ? '' : chartSvg(r.view, locale, r.chart);
    out.push(
      `<tr class="state-${r.state}"><td><b>${c[0]}</b></td>${c
        .slice(1)
        .map(x => `<td>${x}</td>`)
        .join('')}<td class="chart">${chart}</td></tr>`,
    );
  }
  out.push('</tbody></table></section>');
  return out.join('');
}

/** The monitoring section of one plan's part of the report (nothing for a registry). */
export function monitoringSection(report: FileReport, pi: number, locale: Locale): string {
  if (!report.result?.file.meta) return '';
  return sectionHtml(evaluationRows([report], locale), locale, `monitoring-${pi}`);
}

/** `--evaluation`: only the monitoring section, plan by plan. */
export function evaluationBody(reports: FileReport[], locale: Locale): string[] {
  const out: string[] = [];
  reports.forEach((r, pi) => {
    const file = r.result?.file;
    if (!file?.meta) return;
    out.push(`<h2>${esc(file.meta.title?.value ?? file.meta.id?.value ?? r.file)}</h2>`);
    out.push(monitoringSection(r, pi, locale));
  });
  return out;
}

/** The table as CSV for an evaluation office's spreadsheet: a byte-order mark, so Excel reads it as UTF-8. */
export function evaluationCsv(reports: FileReport[], locale: Locale): string {
  const rows = evaluationRows(reports, locale);
  const lines = [[t(locale, 'eval.plan'), ...columns(locale)], ...rows.map(r => [r.plan, ...cells(r, locale)])];
  return `\ufeff${lines.map(l => l.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
