/**
 * The words of quantities (contract revision 3, *Comparators* and *Changes and growth*), longest
 * first where one word starts another. Words beyond the contract's tables are marked and pinned
 * in test/unit/phrases.test.mjs.
 */
export type Op = '=' | '>=' | '>' | '<=' | '<' | '~';

/** Comparators before the number. */
export const BEFORE: [string, Op][] = [
  ['>=', '>='],
  ['≥', '>='],
  ['≧', '>='],
  ['不低于', '>='],
  ['不少于', '>='],
  ['不小于', '>='],
  ['至少', '>='],
  ['<=', '<='],
  ['≤', '<='],
  ['≦', '<='],
  ['不超过', '<='],
  ['不高于', '<='],
  ['不多于', '<='],
  ['不大于', '<='],
  ['最高', '<='],
  ['最多', '<='],
  ['>', '>'],
  ['超过', '>'],
  ['突破', '>'],
  ['高于', '>'],
  ['大于', '>'],
  ['多于', '>'],
  ['逾', '>'],
  ['<', '<'],
  ['低于', '<'],
  ['少于', '<'],
  ['小于', '<'],
  ['不足', '<'],
  ['~', '~'],
  ['约为', '~'],
  ['大约', '~'],
  ['约', '~'],
  ['接近', '~'],
  ['近', '~'],
  ['=', '='],
  // Beyond the contract: full-width signs as an IME types them.
  ['＞＝', '>='],
  ['＜＝', '<='],
  ['＞', '>'],
  ['＜', '<'],
  ['＝', '='],
];
/** 超 and 过 compare too, and before a scale word stand for one of it (超亿元, 过百亿). */
export const SHORT_MORE = ['超', '过'];

/** Words that add nothing: the number itself. "To" verbs among them belong to `value`. */
export const NEUTRAL = ['力争达到', '力争', '达到', '达', '为', '是', '保持在', '保持', '稳定在', '控制在'];
/**
 * 预计, 预期 and 有望 read like 达到 (revision 4), but only right before a number or before 达到 / 为
 * (`预计达到1.3亿千瓦`), never inside a name (`人均预期寿命`, `预期性`).
 */
export const EXPECTED = ['预计', '预期', '有望'];
export const TO_VERBS = [
  '提高到',
  '提高至',
  '提升到',
  '提升至',
  '上升到',
  '上升至',
  '增加到',
  '增加至',
  '增长到',
  '增至',
  '降低到',
  '降低至',
  '下降到',
  '下降至',
  '降至',
  '减少到',
  '减少至',
];

/** Comparators after the number. */
export const AFTER: [string, Op][] = [
  ['以上（含）', '>='],
  ['以上(含)', '>='],
  ['以上', '>='],
  ['以下', '<='],
  ['以内', '<='],
  ['之内', '<='],
  ['左右', '~'],
  ['上下', '~'],
];
/** 多 and 余 after a number, scale word or unit: more than it. */
export const MORE_AFTER = ['多', '余'];

/** "By" verbs of a `change`: a sign or a verb, optionally after 累计. */
export const RAISE = ['提高', '增加', '增长', '上升', '提升', '+'];
export const LOWER = ['降低', '下降', '减少', '压减', '-'];

/** Words that make a `growth`. */
export const GROWTH_UP = ['年均增长率', '年均增长', '年均增速', '年均提高', '每年提高', '年均增加'];
export const GROWTH_DOWN = ['年均下降', '年均降低', '年均减少'];

export const RANGE_SEPARATORS = ['-', '–', '—', '～', '~', '至', '到'];

/** The first word of `words` that starts `s`, longest first. */
export function startWord<T extends string>(s: string, words: readonly T[]): T | undefined {
  let best: T | undefined;
  for (const w of words) if (s.startsWith(w) && (!best || w.length > best.length)) best = w;
  return best;
}
