/**
 * How a quantity was read, for a hover on a baseline or target `value`, a `change`, a `growth` or a
 * funding figure: the interval it admits (open ends with comparators), its unit and dimension, the
 * words that were read, and the words that were not understood.
 */
import type { Resolution } from '../resolve/scope';
import { pickLocale, type Locale } from '../diagnostics';
import { t } from '../l10n/index';
import { resolveIndicator, type ResolvedValue } from '../model/analysis';
import type { IndicatorDef, Located } from '../model/types';
import { isEmpty, parseQuantity, showInterval, type Interval } from '../quantity/quantity';
import { dimensionLabel, parseUnit } from '../quantity/units';
import { fieldOf, type QuantityRole } from '../model/walk';
import { escapeMarkdown as esc } from './markdown';

/** The indicator's resolved value for this field (a value or change in the indicator's unit), if any. */
function resolvedOf(
  field: Located<unknown>,
  ind: IndicatorDef | undefined,
  res: Resolution,
): ResolvedValue | undefined {
  if (!ind) return undefined;
  const r = resolveIndicator(
    ind,
    res.scope.files.find(f => f.uri === ind.uri),
    res.units,
  );
  return [r.baseline, ...r.targets].find(p => p?.value?.span.start === field.span.start)?.value;
}

function intervalText(i: Interval, unit: string, locale: Locale): string {
  return isEmpty(i) ? t(locale, 'reading.contradiction') : showInterval(i, unit);
}

export function readingMarkdown(
  field: Located<unknown>,
  role: QuantityRole,
  ind: IndicatorDef | undefined,
  res: Resolution,
  locale: Locale,
): string | undefined {
  if (typeof field.value !== 'string' && typeof field.value !== 'number') return undefined;
  const p = parseQuantity(field.value, fieldOf(role), res.units);
  if (!p.ok) return `${t(locale, 'reading.notRead')}${esc(pickLocale(p.error, locale))}`;
  const q = p.quantity;
  const indUnit = ind?.unit?.value ?? '';
  // A change or a growth without a unit is relative, like %; a value without one takes the indicator's unit.
  const relative = role === 'change' || role === 'growth';
  const ownUnit = q.unitText ?? (relative ? '%' : role === 'value' ? indUnit : '');
  const lines: string[] = [];
  const label = t(locale, role === 'growth' ? 'reading.readsAYear' : 'reading.reads');
  // 翻一番 reads as a multiple of the baseline, not as a number in the indicator's unit.
  const read =
    q.multiple !== undefined
      ? t(locale, 'reading.multiple', { multiple: q.multiple })
      : intervalText(q.interval, ownUnit, locale);
  const colon = t(locale, 'punct.colon');
  let reading = `${label}${colon}**${esc(read)}**`;
  const resolved = role === 'value' || role === 'change' ? resolvedOf(field, ind, res) : undefined;
  const inIndicatorUnit = resolved?.interval && showInterval(resolved.interval, indUnit);
  // Shown again in the indicator's unit only where that says more (a change, a scale word, another unit).
  const differs = resolved?.fromChange || q.scale !== undefined || q.multiple !== undefined || q.unitText !== indUnit;
  if (inIndicatorUnit && differs && inIndicatorUnit !== read) {
    reading += ` (= ${esc(inIndicatorUnit)})`;
  }
  lines.push(reading);
  const unitText = q.unitText ?? (relative ? '%' : role === 'value' ? indUnit : undefined);
  const unit =
    q.unit ?? (unitText ? parseUnit(q.scale !== undefined && indUnit ? indUnit : unitText, res.units) : undefined);
  if (unitText && unit) {
    const dim = dimensionLabel(unit.dim);
    // A bare scale word (突破4300万) replaces the scale of the indicator's unit.
    const shown = q.scale !== undefined && !q.unit && indUnit ? `${unitText} → ${indUnit}` : unitText;
    lines.push(`${t(locale, 'indicator.unit')}${colon}${esc(shown)} · ${esc(pickLocale(dim, locale))}`);
  } else if (q.unitText) {
    const guess = resolved?.assumedUnit;
    lines.push(
      t(locale, 'reading.unitUnknown', { unitText: esc(q.unitText) }) +
        (guess ? t(locale, 'reading.checkedAs', { guess: esc(guess) }) : ''),
    );
  }
  if (q.words.length) lines.push(`${t(locale, 'reading.words')}${colon}${q.words.map(esc).join('、')}`);
  if (q.unknown) lines.push(t(locale, 'reading.notUnderstood', { unknown: esc(q.unknown) }));
  if (q.unknown !== undefined) lines.push(t(locale, 'reading.notChecked'));
  return lines.join('  \n');
}
