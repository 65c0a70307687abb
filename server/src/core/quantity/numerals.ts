/**
 * Numbers as plans write them: Arabic digits (with thousands separators), and Chinese numerals
 * (`二`, `十二`, `两千`, `三百五十`, `一百二十`, `〇`). A trailing 万 or 亿 is left to the unit
 * (`一百二十万` reads 120 with the scale 万), so `4300万` and `四千三百万` read alike.
 */
const DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };
export const CHINESE_NUMERAL = /[〇零一二两三四五六七八九十百千万亿]/;

export interface NumberRead {
  value: number;
  length: number;
  chinese: boolean;
}

const ARABIC = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:[eE][+-]?\d+)?/;

/** The number at the start of `s`, if any. */
export function readNumber(s: string): NumberRead | undefined {
  const m = ARABIC.exec(s);
  if (m) return { value: Number(m[0].replace(/,/g, '')), length: m[0].length, chinese: false };
  return readChinese(s);
}

/** A Chinese numeral at the start of `s`; 万/亿 count only when more numerals follow them. */
export function readChinese(s: string): NumberRead | undefined {
  let end = 0;
  while (end < s.length && end < 40 && CHINESE_NUMERAL.test(s[end])) end++;
  // A trailing run of 万/亿 belongs to the unit: 一百二十万 is 120 万.
  while (end > 0 && BIG_UNITS[s[end - 1]] !== undefined) end--;
  if (end === 0) return undefined;
  const text = s.slice(0, end);
  if (!/[〇零一二两三四五六七八九]/.test(text) && !/^十/.test(text)) return undefined; // 百, 千 alone are scale words
  const value = chineseValue(text);
  return value === undefined ? undefined : { value, length: end, chinese: true };
}

/** 三万五千 → 35000; 二〇一一 (digit by digit) → 2011; undefined when malformed. */
export function chineseValue(text: string): number | undefined {
  if (/^[〇零一二三四五六七八九]{2,}$/.test(text) && !/[十百千万亿]/.test(text)) {
    return Number([...text].map(c => DIGITS[c]).join(''));
  }
  let total = 0,
    section = 0,
    digit: number | undefined;
  for (const c of text) {
    if (DIGITS[c] !== undefined) {
      if (digit !== undefined && DIGITS[c] !== 0) return undefined;
      digit = DIGITS[c] || undefined;
      continue;
    }
    const small = SMALL_UNITS[c];
    if (small) {
      section += (digit ?? 1) * small;
      digit = undefined;
      continue;
    }
    const big = BIG_UNITS[c];
    if (!big) return undefined;
    total = (total + section + (digit ?? 0)) * big;
    section = 0;
    digit = undefined;
  }
  return total + section + (digit ?? 0);
}
