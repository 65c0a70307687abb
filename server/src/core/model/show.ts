/** Values as messages, hovers and the report show them. */
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
