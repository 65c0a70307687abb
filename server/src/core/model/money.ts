/** Money as the funding rules compare and show it: in 元. */
import { fmt } from '../quantity/quantity';
import type { UnitTable } from '../quantity/units';
import type { Located } from './types';
import { quantityOf } from './walk';

/** Money in 元, when the field's quantity states a money unit (not foreign money, not a price). */
export function yuan(field: Located<unknown> | undefined, units: UnitTable | undefined): number | undefined {
  const q = field && quantityOf(field, 'amount', units);
  return q?.unit?.dim === 'money' ? q.number * q.unit.factor : undefined;
}

/** An amount in 元 as plans write it: `1.5亿元`, `300万元`, `800元`. */
export function showYuan(n: number): string {
  return n >= 1e8 && n % 1e6 === 0 ? `${fmt(n / 1e8)}亿元` : n >= 1e4 ? `${fmt(n / 1e4)}万元` : `${fmt(n)}元`;
}
