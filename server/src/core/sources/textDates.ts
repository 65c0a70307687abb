/**
 * Dates and periods in source text (contract revision 3, *Numbers*: a year is a date, not a
 * quantity). A year ties the numbers after it (see textNumbers.ts); a period (2016—2020年) is a
 * span of years and ties nothing.
 */
import { toHalfWidth } from '../quantity/quantity';
import { chineseValue } from '../quantity/numerals';
import { RANGE_SEPARATORS } from '../quantity/words';

export interface TextDate {
  end: number;
  year?: number;
  period?: boolean;
}

const YEAR = /^(?:[0-9０-９]{4}|[〇零一二三四五六七八九]{4})(?=年)/;
const BARE_YEAR = /^[0-9０-９]{4}(?![0-9０-９.．,])/;
/** 6月, 6月30日, 十二月: a month (with its day) after a year, or a day of a month on its own. */
const MONTH_NUMBER = '(?:[0-9０-９]{1,2}|十[一二]?|[一二三四五六七八九])';
const DAY = '(?:(?:[0-9０-９]{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])[日号])';
const MONTH = new RegExp(`^${MONTH_NUMBER}月${DAY}?`);
const MONTH_ALONE = new RegExp(`^${MONTH_NUMBER}月(?:${DAY}|底|末|初|份|上旬|中旬|下旬)`);

const yearValue = (digits: string) => (/^[0-9０-９]/.test(digits) ? Number(toHalfWidth(digits)) : chineseValue(digits));
const isCalendarYear = (n: number | undefined) => n !== undefined && n >= 1900 && n <= 2100;

/** The year `YYYY年` (its 月 and 日 with it) or the bare `YYYY` that ends a period, at `i`. */
function yearAt(s: string, i: number, bareToo: boolean): { year: number; end: number } | undefined {
  if (!fourYearDigits(s, i)) return undefined; // most numerals: no slice, no regular expression
  const rest = s.slice(i, i + 16);
  const m = YEAR.exec(rest);
  if (m) {
    let end = i + m[0].length + 1;
    const month = MONTH.exec(s.slice(end, end + 8));
    if (month) end += month[0].length;
    return { year: yearValue(m[0])!, end };
  }
  const bare = bareToo ? BARE_YEAR.exec(rest) : null;
  return bare && isCalendarYear(yearValue(bare[0])) ? { year: yearValue(bare[0])!, end: i + 4 } : undefined;
}

const MONTH_CHAR = 0x6708; // 月
const YEAR_DIGIT_CODES = new Set(Array.from('〇零一二三四五六七八九', c => c.charCodeAt(0)));
/** Whether the four characters at `i` could be a year's digits (Arabic, full-width or Chinese). */
function fourYearDigits(s: string, i: number): boolean {
  if (i + 4 > s.length) return false;
  for (let k = i; k < i + 4; k++) {
    const c = s.charCodeAt(k);
    if (!((c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19) || YEAR_DIGIT_CODES.has(c))) return false;
  }
  return true;
}

/**
 * A date at `i` of `s`: a year (with its month and day), a period of two years joined by a range
 * separator (`2016—2020年`, `2016年至2020年`, `（2016-2020）`), or a month's day (`6月30日`, `6月底`).
 */
export function dateAt(s: string, i: number): TextDate | undefined {
  const first = yearAt(s, i, true);
  if (first) {
    const sep = RANGE_SEPARATORS.find(w => s.startsWith(w, first.end));
    const second = sep ? yearAt(s, first.end + sep.length, true) : undefined;
    if (second && second.year > first.year) return { end: second.end, period: true };
    // A bare four-digit number that starts no period is a number (a count of 2000 家), not a year.
    if (s[i + 4] === '年') return { end: first.end, year: first.year };
    return undefined;
  }
  // A month's number is one or two characters (6, 12, 十一): 月 comes next or after it, or this is no month's day.
  if (s.charCodeAt(i + 1) !== MONTH_CHAR && s.charCodeAt(i + 2) !== MONTH_CHAR) return undefined;
  const day = MONTH_ALONE.exec(s.slice(i, i + 8));
  return day ? { end: i + day[0].length } : undefined;
}

/** A year after 比 or 较 (`比2010年增长`) is a point of comparison: it ties nothing. */
export function isComparisonYear(text: string, at: number): boolean {
  return /[比较][ \u3000]?$/.test(text.slice(Math.max(0, at - 2), at));
}
