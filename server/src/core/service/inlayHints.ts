/**
 * Inlay hints: the annual growth each target implies, a value converted into the indicator's unit, and
 * each actual's standing (`2022: 1390万户, 32% of the way at 40% of the time`, model/monitoring.ts).
 */
import type { Resolution } from '../resolve/scope';
import { pickLocale, type Locale } from '../diagnostics';
import { t } from '../l10n/index';
import { resolveIndicator } from '../model/analysis';
import { paceBetween, paceKind, showPace } from '../model/growth';
import { evaluateIndicator, type ActualReading, type MonitoringTolerances } from '../model/monitoring';
import { showValueMsg } from '../model/show';
import type { ResolvedIndicator } from '../model/analysis';
import type { PlanFile } from '../model/types';
import { fmt } from '../quantity/quantity';
import type { Position, Range } from '../text/lineIndex';

export interface InlayHint {
  position: Position;
  label: string;
  tooltip?: string;
}

export function inlayHints(
  file: PlanFile,
  res: Resolution,
  range: Range | undefined,
  locale: Locale,
  tol: MonitoringTolerances,
): InlayHint[] {
  const out: InlayHint[] = [];
  const from = range ? file.lines.offsetAt(range.start) : 0,
    to = range ? file.lines.offsetAt(range.end) : file.text.length;
  for (const def of file.indicators.values()) {
    if (def.span.end < from || def.keySpan.start > to) continue;
    const r = resolveIndicator(def, res.scope.files.find(f => f.uri === def.uri) ?? file, res.units);
    const b = r.baseline?.value,
      y0 = r.baselineYear;
    const unit = r.unit;
    for (const p of [r.baseline, ...r.targets]) {
      const v = p?.value;
      if (!v || v.number === undefined || !unit || v.fromChange) continue;
      const end = file.lines.positionAt(v.span.end);
      if (v.quantity.unit && v.quantity.unit.factor !== unit.factor) {
        out.push({
          position: end,
          label: ` = ${fmt(v.number)}${unit.text}`,
          tooltip: t(locale, 'inlay.inIndicatorUnit', { unit: unit.text }),
        });
      }
      if (p === r.baseline || !b?.interval || !v.interval || y0 === undefined || p!.year === undefined) continue;
      const kind = paceKind(unit.dim);
      const pace = paceBetween(b.interval, v.interval, p!.year - y0, kind);
      if (!pace || (pace.lo === -Infinity && pace.hi === Infinity)) continue;
      out.push({
        position: end,
        label: ` ${showPace(pace, kind, locale)}`,
        tooltip: t(locale, kind === 'linear' ? 'inlay.impliedChange' : 'inlay.impliedGrowth', { year: y0 }),
      });
    }
    for (const a of evaluateIndicator(r, tol).actuals) {
      const span = (a.point.def.value ?? a.point.def.change ?? a.point.def.growth)?.span;
      if (span) out.push({ position: file.lines.positionAt(span.end), ...actualHint(r, a, locale) });
    }
  }
  return out.sort((a, c) => a.position.line - c.position.line || a.position.character - c.position.character);
}

/** An actual's standing: how far along the way it is at how much of the time, else its state; why, in the tooltip. */
function actualHint(r: ResolvedIndicator, a: ActualReading, locale: Locale): Omit<InlayHint, 'position'> {
  const value = a.point.value
    ? pickLocale(showValueMsg(a.point.value, r.unit), locale)
    : String(a.point.def.growth?.value ?? '');
  const state = t(
    locale,
    a.behind
      ? 'state.behind'
      : a.meets
        ? 'state.met'
        : a.comparison.kind === 'none'
          ? 'state.notCompared'
          : 'state.onTrack',
  );
  const c = a.comparison;
  const tooltip =
    c.kind === 'path' && !c.after
      ? t(locale, 'hint.actualTooltip', {
          state,
          target: `${fmt(c.to.value)}${r.unit?.text ?? ''}`,
          to: c.to.year,
          expected: `${fmt(c.expected, 2)}${r.unit?.text ?? ''}`,
          year: a.year,
        })
      : state;
  const p = a.progress;
  const label = p
    ? t(locale, 'hint.actualProgress', {
        year: a.year,
        value,
        way: `${Math.round(p.way * 100)}%`,
        time: `${Math.round(p.time * 100)}%`,
      })
    : t(locale, 'hint.actualState', { year: a.year, value, state });
  return { label: ` ${label}`, tooltip };
}
