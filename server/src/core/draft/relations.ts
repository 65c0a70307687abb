/** How drafted indicators relate: what 其中 divides and how, which way each one goes, units' dimensions. */
import { parseUnit } from '../quantity/units';
import { magnitude, quantityAt, type FoundQuantity } from './quantities';
import type { DraftIndicator } from './types';

const DECREASE_WORDS = /降低|下降|减少|压减|以内|以下|不超过|不高于/;
const MAINTAIN_WORDS = /保持|稳定在|控制在/;

/** 其中: parts when the items add up to the total within 0.5% (or the text says 分别), else subsets. */
export function relate(total: DraftIndicator, children: DraftIndicator[], respectively: boolean): void {
  const year = total.targets[total.targets.length - 1]?.year;
  const valueIn = (i: DraftIndicator) => i.targets.find(t => t.year === year && t.field === 'value');
  const t = valueIn(total);
  let sums = false;
  if (t && children.every(valueIn)) {
    const read = (i: DraftIndicator) => quantityAt(valueIn(i)!.value, valueIn(i)!.value.search(/[0-9]/));
    const whole = read(total),
      parts = children.map(read);
    if (whole && parts.every(Boolean)) {
      const sum = parts.reduce((a, p) => a + magnitude(p!.quantity), 0);
      sums = Math.abs(sum - magnitude(whole.quantity)) <= 0.005 * Math.abs(magnitude(whole.quantity));
    }
  }
  // Parts and subsets are of the total's kind, and none is larger: else 其中 does not divide this total.
  if (children.some(c => dimOf(c.unit) !== dimOf(total.unit))) return;
  if (!sums && !respectively && t && children.some(c => largerThan(valueIn(c)?.value, t.value))) return;
  const ids = children.map(c => c.name);
  if (sums || respectively) total.parts = ids;
  else total.subsets = ids;
}

function largerThan(a: string | undefined, b: string): boolean {
  const q = (v: string) => quantityAt(v, v.search(/[0-9]/));
  const x = a === undefined ? undefined : q(a),
    y = q(b);
  return Boolean(x && y && magnitude(x.quantity) > magnitude(y.quantity));
}

/** What 其中 divides: the nearest indicator before it, of the parts' unit, at least as large as each part. */
export function pickTotal(candidates: DraftIndicator[], children: DraftIndicator[]): DraftIndicator {
  const size = (i: DraftIndicator) => {
    const t = i.targets.find(x => x.field === 'value');
    const q = t && quantityAt(t.value, t.value.search(/[0-9]/));
    return q ? magnitude(q.quantity) : undefined;
  };
  const largest = Math.max(...children.map(c => size(c) ?? 0));
  return candidates.find(c => dimOf(c.unit) === dimOf(children[0].unit) && (size(c) ?? 0) >= largest) ?? candidates[0];
}

export function unitText(q: FoundQuantity): string {
  return q.quantity.unitText ?? '';
}
export function dimOf(q: FoundQuantity | string): string {
  const text = typeof q === 'string' ? q : unitText(q);
  if (!text) return '';
  return parseUnit(text, undefined)?.dim ?? (/^[十百千万亿]+$/.test(text) ? 'count' : text);
}

const INCREASE_WORDS = /提高|增加|突破|以上|提升|增长|上升|扩大/;
const NAME_VERB = /(?:提高|增加|提升|增长|上升|扩大|降低|下降|减少|压减)$/;
/**
 * The contract's order: 保持, 稳定在 and 控制在 first (maintain when the target admits the baseline, else
 * where the target stands); then the words (提高… increase, 降低… decrease); then the numbers.
 */
export function directionOf(ind: DraftIndicator, clauses: string): DraftIndicator['direction'] {
  // The indicator's own name is not a direction word (水土保持率 keeps nothing, 淘汰国三及以下…货车 lowers
  // nothing), but the verb a name ends on is its clause's (…排放降低18%).
  const verb = ind.name && NAME_VERB.exec(ind.name)?.[0];
  const words = ind.name ? clauses.split(ind.name).join(`，${verb ?? ''}`) : clauses;
  const b = ind.baseline && quantityAt(ind.baseline.value, ind.baseline.value.search(/[0-9]/));
  const t = ind.targets.find(x => x.field === 'value');
  const tq = t && quantityAt(t.value, t.value.search(/[0-9]/));
  const byNumbers =
    b && tq && magnitude(b.quantity) !== magnitude(tq.quantity)
      ? magnitude(tq.quantity) > magnitude(b.quantity)
        ? 'increase'
        : 'decrease'
      : undefined;
  if (MAINTAIN_WORDS.test(words) && tq) {
    if (!b) return 'maintain';
    const iv = tq.quantity.interval,
      scale = magnitude(tq.quantity) / (tq.quantity.number || 1),
      base = magnitude(b.quantity) / scale;
    const admits = (iv.loOpen ? base > iv.lo : base >= iv.lo) && (iv.hiOpen ? base < iv.hi : base <= iv.hi);
    return admits ? 'maintain' : (byNumbers ?? 'maintain');
  }
  const up = INCREASE_WORDS.test(words),
    down = DECREASE_WORDS.test(words);
  if (up !== down) return up ? 'increase' : 'decrease';
  if (byNumbers) return byNumbers;
  if (ind.targets.some(x => x.field === 'change' && /^(下降|降低|减少|压减|-)/.test(x.value))) return 'decrease';
  return 'increase';
}
