/**
 * Quote anchors for drafted values: the shortest span that holds the number and its subject and
 * occurs once in the document; where the text repeats itself, the span with `para`.
 */
import type { SourceDocument } from '../sources/document';
import type { DraftAnchor } from './types';

/** Characters a quote may not start or end with: a quote reads better without them. */
const EDGE = /[\s，。；、：,;:]/;

/**
 * The anchor for text[start, end) of the document: grown one character at a time (right first, then
 * left) until it occurs once, never past its paragraph. Failing that, the span with its paragraph.
 */
export function anchorFor(doc: SourceDocument, start: number, end: number): DraftAnchor {
  const para = doc.paragraphAt(start);
  if (!para) return { quote: doc.text.slice(start, end) };
  let s = Math.max(start, para.start),
    e = Math.min(Math.max(end, s + 1), para.end);
  while (s < e && EDGE.test(doc.text[s])) s++;
  while (e > s && EDGE.test(doc.text[e - 1])) e--;
  const core = { s, e };
  for (let grow = 0; grow < 24; grow++) {
    const quote = doc.text.slice(s, e).trim();
    if (doc.findQuote(quote, undefined, 2).length === 1) return { quote };
    if (grow % 2 === 0 && e < para.end) e++;
    else if (s > para.start) s--;
    else if (e < para.end) e++;
    else break;
  }
  const quote = doc.text.slice(core.s, core.e);
  const inPara = doc.findQuote(quote, para.index, 2);
  if (inPara.length === 1) return { quote, para: para.index };
  // Repeated inside its own paragraph too: the first occurrence's text up to the paragraph's end is unique there.
  return { quote: doc.text.slice(core.s, para.end).trim(), para: para.index };
}

/**
 * The anchor of a table cell text[start, end): the cell's text, with `para` where the document repeats
 * it, extended over the cells before it (back to `rowStart`) until it is unique in its paragraph.
 */
export function anchorInParagraph(doc: SourceDocument, para: number, start: number, end: number, rowStart: number) {
  let s = start;
  for (;;) {
    const quote = doc.text.slice(s, end);
    if (doc.findQuote(quote, undefined, 2).length === 1) return { quote };
    if (doc.findQuote(quote, para, 2).length === 1) return { quote, para };
    if (s <= rowStart) return { quote, para };
    s--;
    while (s > rowStart && /\s/.test(doc.text[s - 1])) s--;
    // Back to the start of the cell before (or of the row): a quote that starts inside a cell reads badly.
    while (s > rowStart && !/\s/.test(doc.text[s - 1])) s--;
  }
}
