/**
 * Cite a selection: from text selected in a source document, a `source` anchor for it (with `para`
 * where the quote is not unique) and, where it states a year and a number, a target or baseline.
 */
import type { SourceDocument } from '../sources/document';
import { fmt } from '../quantity/quantity';

export interface Citation0 { anchor: string; entry?: string; quote: string; para: number; unique: boolean }

const yamlQuote = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

export function citeSelection(doc: SourceDocument, docId: string, start: number, end: number): Citation0 | undefined {
  const p = doc.paragraphAt(start);
  if (!p) return undefined;
  // A quote never spans paragraphs: keep the part in the first one.
  const quote = doc.text.slice(start, Math.min(end, p.end)).trim(); // \s holds U+3000; /\s+$/ would be quadratic
  if (!quote) return undefined;
  const matches = doc.findQuote(quote);
  const unique = matches.length === 1;
  const anchor = `{ doc: ${docId}, quote: ${yamlQuote(quote)}${unique ? '' : `, para: ${p.index}`} }`;
  const year = /((?:19|20)\d\d)年/.exec(quote);
  const nums = doc.numbersIn({ start: doc.text.indexOf(quote, p.start), end: doc.text.indexOf(quote, p.start) + quote.length })
    .filter(n => !(n.value >= 1900 && n.value <= 2100 && Number.isInteger(n.value)));
  let entry: string | undefined;
  if (year && nums.length) {
    const n = nums[nums.length - 1];
    const raw = doc.text.slice(n.span.start, n.span.end);
    const after = doc.text.slice(n.span.end, n.span.end + 2);
    const op = /^以上/.test(after) ? '>= ' : /^(以下|以内)/.test(after) ? '<= ' : /^左右/.test(after) ? '~' : '';
    const value = op || n.unit ? yamlQuote(`${op}${raw.replace(/,/g, '')}`) : fmt(n.value);
    entry = `{ year: ${year[1]}, value: ${value}, source: ${anchor} }`;
  }
  return { anchor, entry, quote, para: p.index, unique };
}
