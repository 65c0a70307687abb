/** Quantities in prose, read with revision 3's reader: where one starts and ends, and what it says. */
import { parseQuantity, type Quantity } from '../quantity/quantity';
import type { Field } from '../quantity/reader';
import { BEFORE, NEUTRAL, TO_VERBS } from '../quantity/words';

export interface FoundQuantity {
  text: string;
  start: number;
  end: number;
  quantity: Quantity;
}

const NUMBER = () => /[0-9０-９]+(?:[.．][0-9０-９]+)?/y;
/**
 * Words that may stand before a number and belong to its quantity: the reader's comparators, "to"
 * verbs and neutral words (quantity/words.ts), longest first. 是 and 力争 alone are left out: before a
 * number they belong to the sentence (…的是5个, 力争5年内), not to the commitment.
 */
const NOT_ABSORBED = new Set(['是', '力争']);
const BEFORE_WORDS = [...BEFORE.map(([w]) => w), ...TO_VERBS, ...NEUTRAL]
  .filter(w => !NOT_ABSORBED.has(w))
  .sort((a, b) => b.length - a.length);

/** The quantity whose number starts at `at` in `text`: the longest reading with a known unit (or none). */
export function quantityAt(
  text: string,
  at: number,
  field: Field = 'value',
  limit = text.length,
): FoundQuantity | undefined {
  const number = NUMBER();
  number.lastIndex = at;
  const m = number.exec(text);
  if (!m || m.index !== at) return undefined;
  // Not a year (2020年) and not inside a longer token (IPv6, 5G, 3G).
  if (/^\d{4}$/.test(m[0]) && text[at + 4] === '年') return undefined;
  // A span of years (2021—2025年, a 规划期) is a date, not a quantity.
  if (/^\d{4}\s*[—–\-－~～至到]\s*\d{4}年/.test(text.slice(at, at + 14))) return undefined;
  if (/[A-Za-z]/.test(text[at - 1] ?? '') || /^[GgKk]/.test(text[at + m[0].length] ?? '')) return undefined;
  let start = at;
  for (const w of BEFORE_WORDS)
    if (text.slice(Math.max(0, at - w.length), at) === w) {
      start = at - w.length;
      break;
    }
  const numberEnd = at + m[0].length;
  const maxEnd = Math.min(limit, numberEnd + 14);
  for (const s of start === at ? [at] : [start, at]) {
    for (let end = maxEnd; end >= numberEnd; end--) {
      const raw = text.slice(s, end);
      if (/\s$/.test(raw) || /[，。；、,;:：（(]/.test(raw)) continue;
      const r = parseQuantity(raw, field, undefined);
      if (!r.ok || r.quantity.unknown !== undefined) continue;
      // A unit must be one the reader knows; a range's second number must not be left behind.
      if (r.quantity.unitText && !r.quantity.unit && r.quantity.scale === undefined) continue;
      if (/^[0-9０-９.]/.test(text.slice(end))) continue;
      return { text: raw, start: s, end, quantity: r.quantity };
    }
  }
  return undefined;
}

/** Every number in text[start, end) that reads as a quantity, left to right, not overlapping. */
export function quantitiesIn(text: string, start: number, end: number, field: Field = 'value'): FoundQuantity[] {
  const out: FoundQuantity[] = [];
  for (let i = start; i < end; i++) {
    if (!/[0-9０-９]/.test(text[i]) || /[0-9０-９.．]/.test(text[i - 1] ?? '')) continue;
    const q = quantityAt(text, i, field, end);
    if (q) {
      out.push(q);
      i = q.end - 1;
    }
  }
  return out;
}

/** A quantity's magnitude in its base unit (for sums and comparisons). */
export function magnitude(q: Quantity): number {
  return q.number * (q.unit?.factor ?? q.scale ?? 1);
}
