/** Inlay hints: the annual growth each target implies, and a value converted into the indicator's unit. */
import type { Resolution } from '../check/scope';
import type { Locale } from '../diagnostics';
import { t } from '../l10n/index';
import { resolveIndicator } from '../model/analysis';
import { paceBetween, paceKind, showPace } from '../model/growth';
import type { PlanFile } from '../model/types';
import { fmt } from '../quantity/quantity';
import type { Position, Range } from '../text/lineIndex';

export interface InlayHint {
  position: Position;
  label: string;
  tooltip?: string;
}

export function inlayHints(file: PlanFile, res: Resolution, range: Range | undefined, locale: Locale): InlayHint[] {
  const out: InlayHint[] = [];
  const from = range ? file.lines.offsetAt(range.start) : 0,
    to = range ? file.lines.offsetAt(range.end) : file.text.length;
  for (const def of file.indicators.values()) {
    if (def.span.end < from || def.keySpan.start > to) continue;
    const r = resolveIndicator(def, res.scope.files.find(f => f.uri === def.uri) ?? file);
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
  }
  return out.sort((a, c) => a.position.line - c.position.line || a.position.character - c.position.character);
}
