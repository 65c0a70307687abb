/**
 * The quick fix of `source-value-drift`: the value rewritten with the number the anchored text
 * states, converted to the indicator's unit. Offered only when exactly one number of the text can
 * be meant: of a compatible dimension, a range for a range value, and (for a baseline or target)
 * not tied to another year.
 */
import { fmt } from '../quantity/quantity';
import type { Unit } from '../quantity/units';
import { sameYear, type BackedValue, type Stated } from './cited';
import type { TextNumber } from './textNumbers';

export interface ValueFix {
  yaml: string;
  shown: string;
}

/** A number token of a value as written (digits, or a run of Chinese numerals). */
const DIGITS = '[0-9０-９]+(?:[,，][0-9０-９]{3})*(?:[.．][0-9０-９]+)?(?:[eE][+-]?[0-9]+)?';
const CHINESE = '(?:十|[〇零一二两三四五六七八九十百千]*[〇零一二两三四五六七八九])[〇零一二两三四五六七八九十百千]*';
const TOKEN_G = new RegExp(`${DIGITS}|${CHINESE}`, 'g');
const quoteYaml = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/** `t` in the unit `to`: a number with a unit converts; a bare number (or one with a scale word) is read in `to`. */
function convert(value: number, t: TextNumber, to: Unit | undefined): number | undefined {
  if (t.unit) return to ? (t.unit.dim === to.dim ? (value * t.unit.factor) / to.factor : undefined) : value;
  if (t.scale !== undefined) return (value * t.scale) / (to?.prefix ?? 1);
  return value;
}

export function valueFix(numbers: TextNumber[], b: BackedValue, v: Stated): ValueFix | undefined {
  const raw = b.field.value;
  const own = v.q.unit ?? (v.q.scale ? v.unit : undefined);
  // The indicator's unit when the value's own unit is of its dimension; else the value's unit.
  const to = b.unit && (!own || own.dim === b.unit.dim) && !b.magnitude && !b.reads ? b.unit : v.unit;
  const candidates = numbers.filter(
    t => sameYear(t, b.year) && (t.hi !== undefined) === (v.hi !== undefined) && convert(t.value, t, to) !== undefined,
  );
  if (candidates.length !== 1) return undefined;
  const t = candidates[0];
  const lo = convert(t.value, t, to)!,
    hi = t.hi === undefined ? undefined : convert(t.hi, t, to)!;
  if (typeof raw === 'number') return hi === undefined ? { yaml: fmt(lo), shown: fmt(lo) } : undefined;
  if (typeof raw !== 'string' || /分之|翻/.test(raw)) return undefined;
  const tokens = [...raw.matchAll(TOKEN_G)];
  if (tokens.length !== (hi === undefined ? 1 : 2)) return undefined;
  const unitText = v.q.unitText;
  const unitChanges = !!unitText && !!to && !!own && (to.text !== own.text || to.factor !== own.factor);
  const between = hi === undefined ? '' : raw.slice(tokens[0].index! + tokens[0][0].length, tokens[1].index!);
  if (unitChanges && between.includes(unitText!)) {
    return undefined; // 200万元至1000万元 written with both units: not rewritten
  }
  // Replace the numbers from the last, so that earlier offsets hold; then the unit, which follows them.
  const news = hi === undefined ? [lo] : [lo, hi];
  let text = raw;
  for (let k = tokens.length - 1; k >= 0; k--) {
    const m = tokens[k];
    text = text.slice(0, m.index!) + fmt(news[k]) + text.slice(m.index! + m[0].length);
  }
  if (unitChanges) {
    const at = text.lastIndexOf(unitText!);
    if (at < 0) return undefined;
    text = text.slice(0, at) + to!.text + text.slice(at + unitText!.length);
  }
  return text === raw ? undefined : { yaml: quoteYaml(text), shown: text };
}
