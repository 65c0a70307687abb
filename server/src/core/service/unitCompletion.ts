/**
 * Units to complete, best first: the units this file already uses and the indicator's own, then
 * those of the indicator's dimension, then the units plans use most (and the config's user units),
 * then the rest. A scale word goes only on units that take one: 亿元 and 万千瓦, never 亿G or 亿km.
 */
import { pickLocale, type Locale } from '../diagnostics';
import { t } from '../l10n/index';
import { baseUnitNames, dimensionLabel, isBuiltInUnit, parseScale, parseUnit, type UnitTable } from '../quantity/units';
import type { CompletionEntry } from './types';

/** The units plans write most, most common first (the order within a tier). */
const COMMON = [
  '亿元',
  '万元',
  '元',
  '%',
  '个百分点',
  '百分点',
  '万人',
  '人',
  '万户',
  '户',
  '个',
  '家',
  '项',
  '万吨',
  '吨',
  '万吨标准煤',
  '吨标准煤',
  '亿千瓦时',
  '千瓦时',
  '万千瓦',
  '千瓦',
  '平方公里',
  '万平方米',
  '平方米',
  '万亩',
  '亩',
  '公里',
  '人次',
  '万人次',
  '年',
  '岁',
  '天',
  '倍',
  '亿美元',
  '万美元',
];
/** Units no plan writes with a scale word (亿% or 万岁 are no units anyone means). */
const NO_SCALE = new Set([
  '%',
  '‰',
  '百分点',
  '个百分点',
  '指数',
  '倍',
  '岁',
  '年',
  '个月',
  '月',
  '天',
  '日',
  '周',
  '小时',
  '分钟',
  '秒',
  '工作日',
  '个工作日',
  '兆',
  '千兆',
  '万兆',
]);
const takesScale = (base: string) => !NO_SCALE.has(base) && !/^[A-Za-z]/.test(base);

/** The units a plan's `unit:` fields name, in the order they first appear, read from the parts of its text
 * one by one (joined, the copy of a large plan cost more than the scan). */
export function unitsUsedIn(parts: string[], units: UnitTable): string[] {
  const out = new Set<string>();
  for (const text of parts)
    for (const m of text.matchAll(/(?:^|[\s{,])unit:[ \t]*(["']?)([^"'\s,}\]#]+)\1/g)) {
      if (parseUnit(m[2], units)) out.add(m[2]);
      if (out.size >= 50) return [...out];
    }
  return [...out];
}

export interface UnitQuery {
  /** The scale words typed so far (`亿` of `1700亿`), if any: the candidates take that scale. */
  typedScale: string;
  /** Text to put before each unit (the number of a value). */
  lead: string;
  /** The indicator's unit, where the cursor is in one of its values. */
  indicatorUnit?: string;
  used: string[];
  locale: Locale;
  /** The units of the file's config (its own units are offered with the built-in ones). */
  units: UnitTable;
}

export function unitItems(q: UnitQuery): CompletionEntry[] {
  const dim = q.indicatorUnit ? parseUnit(q.indicatorUnit, q.units)?.dim : undefined;
  const scales = [...new Set(['', '万', '亿', q.typedScale])];
  const seen = new Set<string>();
  const items: CompletionEntry[] = [];
  const add = (label: string, tier: number, order: number, userUnit = false) => {
    const u = seen.has(label) ? undefined : parseUnit(label, q.units);
    if (!u) return;
    seen.add(label);
    const d = dimensionLabel(u.dim);
    const detail = pickLocale(d, q.locale) + (userUnit ? t(q.locale, 'completion.configUnit') : '');
    const text = q.lead + label;
    items.push({
      label,
      kind: 'unit',
      insertText: text,
      filterText: text,
      detail,
      sortText: `${tier}${String(order).padStart(4, '0')}${label}`,
    });
  };
  const first = [...(q.indicatorUnit ? [q.indicatorUnit] : []), ...q.used];
  for (const [i, u] of first.entries()) add(u, 0, i);
  const candidates: { label: string; user: boolean }[] = [];
  for (const base of baseUnitNames(q.units)) {
    const user = !isBuiltInUnit(base);
    for (const s of scales) if (!s || takesScale(base)) candidates.push({ label: s + base, user });
  }
  for (const { label, user } of candidates) {
    const common = COMMON.indexOf(label);
    const sameDim = dim !== undefined && parseUnit(label, q.units)?.dim === dim;
    const tier = sameDim ? 1 : common >= 0 || user ? 2 : 3;
    add(label, tier, common >= 0 ? common : COMMON.length, user);
  }
  return items;
}

/**
 * Splits a value being typed into what goes before the unit and the scale words typed after the last
 * digit (`达到1700亿` → `达到1700` and `亿`). Undefined when no digit ends it within four characters.
 */
export function splitTypedUnit(prefix: string): { lead: string; typedScale: string } | undefined {
  let i = prefix.length;
  while (i > 0 && prefix.length - i < 4 && !/[\d０-９]/.test(prefix[i - 1])) i--;
  if (i === 0 || !/[\d０-９]/.test(prefix[i - 1])) return undefined;
  const tail = prefix.slice(i);
  return { lead: prefix.slice(0, i), typedScale: tail && parseScale(tail) !== undefined ? tail : '' };
}
