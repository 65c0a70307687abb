/**
 * Numbers in a source document that are not commitments to cite (docs/coverage.md keeps the list):
 * dates; the names 十一五…十四五 and 3G/4G/5G; ordinals and list markers (第N条, 一是, （一）, `3.` at
 * a paragraph's start); numerals inside words (一批, 一次性, 统一); numbers inside proper names
 * (618所, 航天科工二院), document numbers (晋政发〔2003〕28号) and titles (《中国制造2025》).
 */
import type { Span } from '../text/lineIndex';

/** Words that hold a numeral and state no quantity. */
export const WORDS_WITH_NUMERALS = [
  '一批',
  '一次性',
  '一体化',
  '统一',
  '一流',
  '一站式',
  '一张网',
  '一网通',
  '一把手',
  '一带一路',
  '一系列',
  '进一步',
  '第一',
  '唯一',
  '之一',
  '一些',
  '一定',
  '一般',
  '一起',
  '一直',
  '一切',
  '一方面',
  '同一',
  '一致',
  '一线',
  '一样',
  '一是',
  '二是',
  '三是',
  '四是',
  '五是',
  '六是',
  '七是',
  '八是',
  '九是',
  '十是',
  '三农',
  '两化',
  '三网',
  '双创',
  '五位一体',
];
const NAMES = /^(十[一二三四]五|[345]G)/;

export function notACommitment(text: string, span: Span, paraStart: number): boolean {
  const raw = text.slice(span.start, span.end);
  const before = text.slice(Math.max(paraStart, span.start - 4), span.start);
  const after = text.slice(span.end, span.end + 4);
  const digits = /^\d+/.exec(raw)?.[0] ?? '';
  // Dates: 2015年, 2020年3月, 〇-style years; a month or day after a year.
  if (/^(19|20)\d\d$/.test(digits) && /^年/.test(text.slice(span.start + 4, span.start + 5))) return true;
  if (/^\d{1,2}$/.test(digits) && /年$|月$/.test(before) && /^[月日]/.test(text.slice(span.start + digits.length)))
    return true;
  if (/^[〇零一二三四五六七八九]{4}年/.test(text.slice(span.start, span.start + 5))) return true;
  // Names: 十三五, 4G and 5G, and any number glued to Latin letters (5G, H5, 802.11).
  if (NAMES.test(text.slice(span.start - (text[span.start - 1] === '十' ? 1 : 0), span.start + 3))) return true;
  if (/[A-Za-z]$/.test(before) || /^[A-Za-z]/.test(text.slice(span.end))) return true;
  // Ordinals and list markers; 专栏 labels (专栏4：) and heading numbers inside a paragraph (…融合1、加快…,
  // 。4.网络建设) name a box or a section, not a figure.
  if (/第$/.test(before)) return true;
  if (/^\d+$/.test(raw) && /专栏\s*$/.test(before)) return true;
  if (/^\d{1,2}$/.test(raw) && /^[、．.](?![0-9０-９])/.test(after)) return true;
  if (/^\d{1,2}$/.test(raw) && /^。/.test(after) && text.slice(paraStart, span.start).trim() === '') return true;
  // Names with numerals: 双百, 双千计划, 双50.
  if (/双$/.test(before)) return true;
  if (/^[（(]$/.test(before.slice(-1)) && /^[）)]/.test(after)) return true;
  if (
    text.slice(paraStart, span.start).trim() === '' &&
    /^[.、．]/.test(text.slice(span.start + raw.length)) &&
    !/^\d/.test(after.slice(1))
  )
    return true;
  // Numerals inside words; numbers inside proper names (618所, a research institute).
  const around = text.slice(Math.max(paraStart, span.start - 3), span.end + 3);
  if (WORDS_WITH_NUMERALS.some(w => around.includes(w) && overlapsWord(text, span, w))) return true;
  if (/^\d{3,}$/.test(raw) && /^(所|厂|院)/.test(after)) return true;
  // Document numbers (晋政发〔2003〕28号, 陕工信发【2011】311号) and titles (《中国制造2025》).
  if (/^\d{4}$/.test(raw) && /[〔【［[]$/.test(before) && /^[〕】］\]]/.test(after)) return true;
  if (
    /^\d+$/.test(raw) &&
    /[〔【［[]\d{4}[〕】］\]]$/.test(text.slice(Math.max(paraStart, span.start - 6), span.start))
  )
    return /^号/.test(after);
  return insideTitle(text, span, paraStart);
}

/** A title's longest stretch on either side of a number in it: the look stays near the number. */
const TITLE_REACH = 100;

/** Whether the span lies inside a 《title》 of its paragraph (on its line, within reach). */
function insideTitle(text: string, span: Span, paraStart: number): boolean {
  const before = text.slice(Math.max(paraStart, span.start - TITLE_REACH), span.start);
  const open = before.lastIndexOf('《');
  if (open < 0 || before.lastIndexOf('》') > open || before.includes('\n', open)) return false;
  const after = text.slice(span.end, span.end + TITLE_REACH);
  const close = after.indexOf('》');
  return close >= 0 && !after.slice(0, close).includes('\n') && !after.slice(0, close).includes('《');
}

/** Whether an occurrence of `word` near the span covers the span's first character. */
function overlapsWord(text: string, span: Span, word: string): boolean {
  for (let from = Math.max(0, span.start - word.length + 1); from <= span.start; from++) {
    if (text.startsWith(word, from)) return true;
  }
  return false;
}
