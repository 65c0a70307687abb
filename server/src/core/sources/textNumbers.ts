/**
 * Numbers stated in source text, read as the contract's *Quantities* reads values (revision 3):
 * Arabic digits (thousands separators ignored), Chinese numerals where they stand before a unit or
 * scale word, ranges (`10%-15%`, `二至三个`, `200万元至1000万元`), shares (`百分之五十`,
 * `三分之一`), each with the unit or scale word after it. Dates and periods (textDates.ts), names
 * (十三五, 5G), codes (GB/T 2260), ordinals (第三条, 第2批), list markers (（1）, 1、), vague counts
 * (数十个) and words (一批, 一次性) are not numbers. Each number carries the year that ties it.
 * Revision 4 adds counts and units inside words: `N大` before a noun (`五大基地`) is N, and a scale
 * numeral on a bandwidth unit (`百兆宽带`, `千兆网络`) is that bandwidth; names with numerals
 * (`双百`, `双千计划`, `党的十九大`) are not numbers.
 */
import type { Span } from '../text/lineIndex';
import { toHalfWidth } from '../quantity/quantity';
import { CHINESE_NUMERAL, readChinese } from '../quantity/numerals';
import { leadingUnit, parseUnit, type Unit, type UnitTable } from '../quantity/units';
import { RANGE_SEPARATORS } from '../quantity/words';
import { dateAt, isComparisonYear } from './textDates';

/** A number stated in prose: a range's low end in `value` and high end in `hi`, read in one unit. */
export interface TextNumber {
  value: number;
  hi?: number;
  unit?: Unit;
  scale?: number;
  span: Span;
  /** The year that ties it: `2010年的41.6%` states 41.6 for 2010 (baselines and targets honour it). */
  year?: number;
}
interface Numeral {
  value: number;
  end: number;
  chinese: boolean;
}
interface UnitRead {
  unit?: Unit;
  scale?: number;
  end: number;
}

const ARABIC = () => /[0-9０-９]+(?:,[0-9０-９]{3})*(?:[.．][0-9０-９]+)?/y;
/**
 * Numerals before a measure word in words and names, not counts: 一批 is "a number of", 一次性
 * "one-off", 三次产业 the three sectors, 五年规划 a five-year plan, 五台山 a mountain.
 */
const WORDS = [
  '一批',
  '一次性',
  '一度',
  '一条龙',
  '一张网',
  '一张图',
  '一张蓝图',
  '一揽子',
  '三次产业',
  '二次能源',
  '五年规划',
  '五台山',
  '四大班子', // the four leading bodies of a province: a name
];
const PERCENT = parseUnit('%', undefined);
/**
 * Whether a character (a UTF-16 code) may start a number: a digit, a full-width digit or a Chinese
 * numeral. Read by code, not by `s[i]` and a regular expression: each `s[i]` of a Chinese text made a
 * string, for every character of every quoted paragraph.
 */
const CHINESE_NUMERAL_CODES = new Set(Array.from('〇零一二两三四五六七八九十百千万亿', c => c.charCodeAt(0)));
const startsNumeral = (c: number) =>
  (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19) || CHINESE_NUMERAL_CODES.has(c);
const FULL_STOP = 0x3002; // 。
const FULL_SEMICOLON = 0xff1b; // ；

/**
 * The numbers stated in `text` between span.start and span.end, units read with `units` (the checked
 * plan's table, so a source states amounts in the config's own units as the plan does).
 */
export function readNumbers(text: string, span: Span, units: UnitTable | undefined): TextNumber[] {
  const s = text.slice(span.start, span.end);
  const out: TextNumber[] = [];
  let tie: number | undefined;
  for (let i = 0; i < s.length; ) {
    const c = s.charCodeAt(i);
    if (c === FULL_STOP || c === FULL_SEMICOLON) {
      tie = undefined;
      i++;
      continue;
    }
    if (!startsNumeral(c)) {
      i++;
      continue;
    }
    const date = dateAt(s, i);
    if (date) {
      if (date.period) tie = undefined;
      else if (date.year !== undefined && !isComparisonYear(text, span.start + i)) tie = date.year;
      i = date.end;
      continue;
    }
    const read = numberAt(text, s, i, span.start, units);
    if (!read) {
      i = skipRun(s, i);
      continue;
    }
    if (read.number) {
      // numberAt's object is new for each reading: completed in place (a copy by spread was half the reading's time).
      const n = read.number as TextNumber;
      n.span = { start: span.start + i, end: span.start + read.end };
      if (tie !== undefined) n.year = tie;
      out.push(n);
    }
    i = read.end;
  }
  return out;
}

/** Past a run of digits or Chinese numerals that is not a number: `三五个` is not 五个. */
function skipRun(s: string, i: number): number {
  const digit = /[0-9０-９]/.test(s[i]);
  let j = i + 1;
  while (j < s.length && (digit ? /[0-9０-９.．,]/.test(s[j]) : CHINESE_NUMERAL.test(s[j]))) j++;
  return j;
}

function numeralAt(s: string, i: number, units: UnitTable | undefined): Numeral | undefined {
  const arabic = ARABIC();
  arabic.lastIndex = i;
  const m = arabic.exec(s);
  if (m) {
    // Full-width digits and thousands separators are rare: plain ASCII digits are read as they are.
    const plain = /^[0-9.]+$/.test(m[0]);
    return { value: Number(plain ? m[0] : toHalfWidth(m[0]).replace(/,/g, '')), end: i + m[0].length, chinese: false };
  }
  if (!CHINESE_NUMERAL.test(s[i] ?? '')) return undefined;
  let runEnd = i;
  while (runEnd < s.length && runEnd - i < 40 && CHINESE_NUMERAL.test(s[runEnd])) runEnd++;
  let run = s.slice(i, runEnd);
  // Digit by digit (三五, 二〇) is a year or a loose "three or five" in prose, never a count.
  if (/^[〇零一二两三四五六七八九]{2,}$/.test(run.replace(/[万亿]+$/, ''))) return undefined;
  // 三十万千瓦: the 千 belongs to the unit 千瓦.
  const unitAfter = () => leadingUnit(s.slice(runEnd - 1, runEnd + 7), units).unit;
  if (run.length > 1 && /[十百千]$/.test(run) && unitAfter()?.prefix === 1) run = run.slice(0, -1);
  const r = readChinese(run);
  // A zero alone is a word's 零 (零部件, 零售, 零碳), never a count of nothing.
  if (r && /^[零〇]$/.test(run.slice(0, r.length))) return undefined;
  return r && { value: r.value, end: i + r.length, chinese: true };
}

/** The unit or scale word after a number (one space, and 多/余, may stand between). */
function unitAt(s: string, j: number, units: UnitTable | undefined): UnitRead | undefined {
  let k = j;
  if (s[k] === ' ' || s[k] === '\u3000') k++;
  if (s[k] === '多' || s[k] === '余') k++;
  const lead = leadingUnit(s.slice(k, k + 8), units);
  return lead.length ? { unit: lead.unit, scale: lead.scale, end: k + lead.length } : undefined;
}

/** Whether the numeral at `at` of the text is not a number: a code, an ordinal, a list marker, a name. */
function notANumber(text: string, at: number, n: Numeral, s: string, i: number): boolean {
  const before = text[at - 1] ?? '',
    after = text[at + n.end - i] ?? '';
  // A code (GB/T 2260, H7N9) holds digits after letters, with a space between at most.
  // An ordinal: 第三条, 八届六次全会 (the sixth plenary session of the eighth committee).
  if (/[A-Za-z] ?$/.test(text.slice(Math.max(0, at - 2), at)) || before === '第' || before === '届') return true;
  if (n.chinese && /[数几]/.test(before)) return true;
  if (!n.chinese && /^[345]G(?![A-Za-z0-9])/.test(s.slice(i, i + 3))) return true;
  if (/[（(]/.test(before) && /[）)]/.test(after)) return true;
  if (after !== '、' && !(/[.．]/.test(after) && !/[0-9０-９]/.test(text[at + n.end - i + 1] ?? ''))) return false;
  // A marker opens its line: only whitespace before it (walked back over, so never a whole long line).
  let k = at - 1;
  while (k >= 0 && text[k] !== '\n' && /\s/.test(text[k])) k--;
  return k < 0 || text[k] === '\n';
}

/**
 * A number (or range) at `i` of `s`; `number` is absent where the numeral there is not a number, and a
 * new object each time (readNumbers completes it in place).
 */
type Read = { number?: Omit<TextNumber, 'span'>; end: number };
function numberAt(text: string, s: string, i: number, base: number, units: UnitTable | undefined): Read | undefined {
  const share = /^([百千])分之/.exec(s.slice(i, i + 3));
  if (share) {
    const n = numeralAt(s, i + 3, units);
    if (!n) return undefined;
    return { number: { value: share[1] === '百' ? n.value : n.value / 10, unit: PERCENT }, end: n.end };
  }
  const first = numeralAt(s, i, units);
  if (!first) return bandwidthInWord(text, s, i, base, units);
  const word = first.chinese && WORDS.some(w => s.startsWith(w, i));
  if (word || notANumber(text, base + i, first, s, i)) return { end: first.end };
  if (s.startsWith('分之', first.end)) {
    const n = numeralAt(s, first.end + 2, units);
    if (n && first.value) return { number: { value: (n.value / first.value) * 100, unit: PERCENT }, end: n.end };
  }
  const u1 = unitAt(s, first.end, units);
  const range = rangeAfter(s, u1?.end ?? first.end, first, u1, units);
  if (range) return range;
  if (!u1 && isBigCount(text, s, i, first, base)) return { number: { value: first.value }, end: first.end + 1 };
  if (first.chinese && !u1) return { end: first.end };
  return {
    number: { value: first.value, unit: perUnit(s, i, first, u1, units) ?? u1?.unit, scale: u1?.scale },
    end: u1?.end ?? first.end,
  };
}

/** `每亩800元` states 800元/亩 (revision 4: an amount per unit of the basis), as `800元/亩` does. */
function perUnit(
  s: string,
  i: number,
  first: Numeral,
  u1: UnitRead | undefined,
  units: UnitTable | undefined,
): Unit | undefined {
  if (!u1?.unit) return undefined;
  const per = /每(亩|人|户|吨|平方米|千瓦时|千瓦|辆|台|套|个)(?:每年)?$/.exec(s.slice(Math.max(0, i - 8), i));
  if (!per) return undefined;
  const raw = s.slice(first.end, u1.end).replace(/^[\s\u3000多余]+/, '');
  return parseUnit(`${raw}/${per[1]}`, units);
}

/** `a-b`, `a至b`: the second end, and its unit for both (the first end converted when it has its own). */
function rangeAfter(
  s: string,
  j: number,
  first: Numeral,
  u1: UnitRead | undefined,
  units: UnitTable | undefined,
): Read | undefined {
  const sep = RANGE_SEPARATORS.find(w => s.startsWith(w, j));
  if (!sep || dateAt(s, j + sep.length)) return undefined;
  const second = numeralAt(s, j + sep.length, units);
  if (!second) return undefined;
  const u2 = unitAt(s, second.end, units);
  if ((u1 && !u2) || ((first.chinese || second.chinese) && !u2)) return undefined;
  let lo = first.value;
  if (u1 && u2) {
    const f1 = u1.unit?.factor ?? u1.scale!,
      f2 = u2.unit?.factor ?? u2.scale!;
    if ((u1.unit?.dim ?? 'scale') !== (u2.unit?.dim ?? 'scale')) return undefined;
    lo = (lo * f1) / f2;
  }
  if (lo > second.value) return undefined;
  return { number: { value: lo, hi: second.value, unit: u2?.unit, scale: u2?.scale }, end: u2?.end ?? second.end };
}

/** What follows a party congress's number (党的十九大报告, 十七大做出…): a name, not a count. */
const CONGRESS = /^(报告|精神|以来|提出|做出|作出|召开|明确|会议|代表|和|、)/;

/**
 * `N大` before a noun (`五大基地`, `十大工程`, `两大产业集群`) counts N (revision 4). Not 一大 (一大批 is
 * "a large number of"), not a party congress (党的十七大, 十六大报告).
 */
function isBigCount(text: string, s: string, i: number, n: Numeral, base: number): boolean {
  if (s[n.end] !== '大' || n.value < 2 || !Number.isInteger(n.value)) return false;
  if (!/[\u4e00-\u9fff]/.test(s[n.end + 1] ?? '')) return false;
  if (CONGRESS.test(s.slice(n.end + 1)) || /党的$/.test(text.slice(Math.max(0, base + i - 2), base + i))) return false;
  return !/双$/.test(text.slice(Math.max(0, base + i - 1), base + i)) && !insideQuotedName(text, base + i);
}

/** Whether a position lies inside a short “quoted name” (`“中国十大创新软件产品”`, `“阳泉市千兆城域网”`). */
function insideQuotedName(text: string, at: number): boolean {
  const open = text.lastIndexOf('“', at),
    close = text.lastIndexOf('”', at);
  const next = text.indexOf('”', at);
  return open > close && at - open < 30 && next > 0 && next - at < 30;
}

const SCALE_NUMERAL: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10000 };
/**
 * A scale numeral glued to a bandwidth unit, as plans state bandwidth (`百兆宽带` is 100兆, `千兆网络`
 * 1000兆); not in a name (`双千兆`), and not inside a quoted name (`“阳泉市千兆城域网”`).
 */
function bandwidthInWord(
  text: string,
  s: string,
  i: number,
  base: number,
  units: UnitTable | undefined,
): Read | undefined {
  const scale = SCALE_NUMERAL[s[i]];
  if (scale === undefined) return undefined;
  const lead = leadingUnit(s.slice(i + 1, i + 9), units);
  if (lead.unit?.dim !== 'bandwidth' || lead.unit.prefix !== 1) return undefined;
  const end = i + 1 + lead.length;
  const at = base + i;
  if (/[双〇零一二两三四五六七八九十百千万0-9０-９]$/.test(text.slice(Math.max(0, at - 1), at))) return { end };
  if (insideQuotedName(text, at)) return { end };
  return { number: { value: scale, unit: lead.unit }, end };
}
