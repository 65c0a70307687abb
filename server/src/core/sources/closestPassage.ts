/**
 * The quick fix of `source-anchor`: the passage of the document most like a quote that was not
 * found, so that the user can replace the quote with what the document says.
 */
import type { UnitTable } from '../quantity/units';
import type { SourceDocument } from './document';
import { readNumbers } from './textNumbers';

/** The closest-passage search reads at most this many characters of the document (a quick fix must not block). */
const CLOSEST_SCAN_LIMIT = 2_000_000;
const CLOSEST_QUOTE_LIMIT = 1000;
const WS_G = /[\s\u0085\u200b\ufeff]/g;
/** How far around the window a number is looked for, to keep it whole (longer numbers are not plans' figures). */
const NUMBER_REACH = 24;

/**
 * The paragraph sharing the most character pairs with the quote, and in it the window of the
 * quote's length sharing the most (a sliding count, so linear in the paragraph). Among windows that
 * share as many, the first that opens on a shared pair: a quote whose end differs from the text
 * (`1700万元` for `1700亿元`) would otherwise slide left and drop its end. The window then takes
 * in whole numbers with their units at both edges (never `1700亿` without its `元`).
 */
export function closestPassage(
  doc: SourceDocument,
  quote: string,
  para: number | undefined,
  units: UnitTable | undefined,
): { text: string; para: number } | undefined {
  const q = quote.replace(WS_G, '').slice(0, CLOSEST_QUOTE_LIMIT);
  if (q.length < 2) return undefined;
  const pairs = new Set<number>();
  for (let i = 0; i + 1 < q.length; i++) pairs.add(q.charCodeAt(i) * 0x10000 + q.charCodeAt(i + 1));
  const t = doc.text;
  const hit = (i: number) => (pairs.has(t.charCodeAt(i) * 0x10000 + t.charCodeAt(i + 1)) ? 1 : 0);
  let best: { para: number; score: number } | undefined,
    budget = CLOSEST_SCAN_LIMIT;
  for (let n = para ?? 1; n <= (para ?? doc.paragraphCount) && budget > 0; n++) {
    const p = doc.paragraph(n);
    if (!p) break;
    const end = Math.min(p.end, p.start + budget);
    budget -= end - p.start;
    let sc = 0;
    for (let i = p.start; i + 1 < end; i++) sc += hit(i);
    if (!best || sc > best.score) best = { para: n, score: sc };
  }
  if (!best || best.score === 0) return undefined;
  const p = doc.paragraph(best.para)!;
  const end = Math.min(p.end, p.start + CLOSEST_SCAN_LIMIT),
    len = end - p.start;
  const w = Math.min(len, q.length);
  // Window [i, i + w) scores the pairs starting at i .. i + w - 2.
  let sc = 0;
  for (let j = p.start; j < p.start + w - 1; j++) sc += hit(j);
  let at = 0,
    top = sc,
    opensOnPair = hit(p.start) === 1;
  for (let i = 1; i + w <= len; i++) {
    sc += hit(p.start + i + w - 2) - hit(p.start + i - 1);
    const opens = hit(p.start + i) === 1;
    if (sc > top || (sc === top && opens && !opensOnPair)) {
      top = sc;
      at = i;
      opensOnPair = opens;
    }
  }
  const span = wholeNumbers(t, p.start + at, fill(t, p.start + at, w, end), p.start, end, units);
  return { text: t.slice(span.start, span.end).trim(), para: best.para };
}

/** The end of a window from `start` holding `w` characters that are not whitespace (as the quote does). */
function fill(t: string, start: number, w: number, limit: number): number {
  let e = start;
  for (let kept = 0; e < limit && kept < w; e++) if (!/\s/.test(t[e])) kept++;
  return e;
}

/** The window widened so that no number, with its unit, is cut at either edge. */
function wholeNumbers(
  t: string,
  start: number,
  end: number,
  paraStart: number,
  paraEnd: number,
  units: UnitTable | undefined,
): { start: number; end: number } {
  const digit = /[0-9０-９.．,]/;
  while (start > paraStart && digit.test(t[start - 1]) && digit.test(t[start])) start--;
  while (end < paraEnd && digit.test(t[end - 1]) && digit.test(t[end])) end++;
  const around = { start: Math.max(paraStart, start - NUMBER_REACH), end: Math.min(paraEnd, end + NUMBER_REACH) };
  for (const n of readNumbers(t, around, units)) {
    if (n.span.start < start && start < n.span.end) start = n.span.start;
    if (n.span.start < end && end < n.span.end) end = n.span.end;
  }
  return { start, end };
}
