/** Values as messages, hovers and the report show them. */
import type { Msg } from '../diagnostics';
import { showInterval, showQuantity } from '../quantity/quantity';
import type { Unit } from '../quantity/units';
import type { ResolvedValue } from './analysis';

/**
 * A value for messages: `5000亿元`, `≥60%`, `1-2个`; a value written in words also shows how it
 * was read: `'突破4300万' (> 4300万户)`.
 */
export function showValue(v: ResolvedValue | undefined, unit?: Unit): string {
  if (!v) return '?';
  const plain = showQuantity(v.quantity, unit?.text ?? '');
  if (v.assumedUnit && v.interval) return `${plain} (→ ${showQuantity({ ...v.quantity, unitText: v.assumedUnit })})`;
  const raw = typeof v.raw === 'string' ? v.raw.trim() : undefined;
  const words = raw?.replace(v.quantity.unitText ?? '', '');
  if (v.fromChange && raw && v.interval) return `'${raw}' (→ ${showInterval(v.interval, unit?.text ?? '')})`;
  if (!raw || !v.interval || v.fromChange || !/[\u3400-\u9fff]/.test(words ?? '')) return plain;
  return `'${raw}' (${showInterval(v.interval, unit?.text ?? '')})`;
}

/** A shown value with no space after its leading comparator, as Chinese text writes it: `≥60%`. */
export const tightComparator = (s: string) => s.replace(/^([<>≤≥]) /, '$1');

/**
 * A value for Chinese messages: as `showValue`, with Chinese quotes and parentheses and no space after
 * a comparator: `“突破4300万”（>4300万户）`, `“提高3个百分点”（即63%）`.
 */
function showValueZh(v: ResolvedValue | undefined, unit?: Unit): string {
  const shown = showValue(v, unit);
  const words = /^'(.*)' \((?:→ )?(.*)\)$/s.exec(shown);
  const read = shown.includes('(→ ') ? '即' : '';
  if (words) return `“${words[1]}”（${read}${tightComparator(words[2])}）`;
  const assumed = /^(.*) \(→ (.*)\)$/s.exec(shown);
  return assumed ? `${assumed[1]}（即${tightComparator(assumed[2])}）` : tightComparator(shown);
}

/** A value for a message in both languages. */
export function showValueMsg(v: ResolvedValue | undefined, unit?: Unit): Msg {
  return { en: showValue(v, unit), zh: showValueZh(v, unit) };
}
