/**
 * How a quantity was read, for a hover on a baseline or target `value`, a `change`, a `growth` or a
 * funding figure: the interval it admits (open ends with comparators), its unit and dimension, the
 * words that were read, and the words that were not understood.
 */
import type { Resolution } from '../check/scope';
import type { Locale } from '../diagnostics';
import { resolveIndicator, type ResolvedValue } from '../model/analysis';
import type { IndicatorDef, Located } from '../model/types';
import { isEmpty, parseQuantity, showInterval, type Interval } from '../quantity/quantity';
import { dimensionLabel, parseUnit } from '../quantity/units';
import { fieldOf, type QuantityRole } from '../model/walk';
import { escapeMarkdown as esc } from './markdown';

const T = (locale: Locale, en: string, zh: string) => (locale === 'zh-cn' ? zh : en);

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
  );
  return [r.baseline, ...r.targets].find(p => p?.value?.span.start === field.span.start)?.value;
}

function intervalText(i: Interval, unit: string, locale: Locale): string {
  return isEmpty(i)
    ? T(locale, 'nothing (its words contradict each other)', '无（各词相互矛盾）')
    : showInterval(i, unit);
}

export function readingMarkdown(
  field: Located<unknown>,
  role: QuantityRole,
  ind: IndicatorDef | undefined,
  res: Resolution,
  locale: Locale,
): string | undefined {
  if (typeof field.value !== 'string' && typeof field.value !== 'number') return undefined;
  const p = parseQuantity(field.value, fieldOf(role));
  if (!p.ok)
    return `${T(locale, 'Not read as a quantity: ', '未能读作数量：')}${esc(T(locale, p.error.en, p.error.zh))}`;
  const q = p.quantity;
  const indUnit = ind?.unit?.value ?? '';
  // A change or a growth without a unit is relative, like %; a value without one takes the indicator's unit.
  const relative = role === 'change' || role === 'growth';
  const ownUnit = q.unitText ?? (relative ? '%' : role === 'value' ? indUnit : '');
  const lines: string[] = [];
  const label = T(locale, role === 'growth' ? 'Reads (a year)' : 'Reads', role === 'growth' ? '读作（每年）' : '读作');
  // 翻一番 reads as a multiple of the baseline, not as a number in the indicator's unit.
  const read =
    q.multiple !== undefined
      ? T(locale, `${q.multiple} × the baseline`, `基期值 × ${q.multiple}`)
      : intervalText(q.interval, ownUnit, locale);
  const colon = T(locale, ': ', '：');
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
  const unit = q.unit ?? (unitText ? parseUnit(q.scale !== undefined && indUnit ? indUnit : unitText) : undefined);
  if (unitText && unit) {
    const dim = dimensionLabel(unit.dim);
    // A bare scale word (突破4300万) replaces the scale of the indicator's unit.
    const shown = q.scale !== undefined && !q.unit && indUnit ? `${unitText} → ${indUnit}` : unitText;
    lines.push(`${T(locale, 'Unit', '单位')}${colon}${esc(shown)} · ${esc(T(locale, dim.en, dim.zh))}`);
  } else if (q.unitText) {
    const guess = resolved?.assumedUnit;
    lines.push(
      T(locale, `Unit **${esc(q.unitText)}** not understood`, `单位 **${esc(q.unitText)}** 未能识别`) +
        (guess ? T(locale, `; checked as ${esc(guess)}`, `，按 ${esc(guess)} 校验`) : ''),
    );
  }
  if (q.words.length) lines.push(`${T(locale, 'Words read', '已识别的词')}${colon}${q.words.map(esc).join('、')}`);
  if (q.unknown) lines.push(T(locale, `Not understood: **${esc(q.unknown)}**`, `未能理解：**${esc(q.unknown)}**`));
  if (q.unknown !== undefined) lines.push(T(locale, 'Its number is not checked.', '其数值不参与校验。'));
  return lines.join('  \n');
}
