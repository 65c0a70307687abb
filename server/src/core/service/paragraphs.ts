/**
 * A source document's paragraphs as anchors number them (`para`): where each visible one starts, for
 * the editor's `¶N` marks, and the range of one, for "Go to ¶N".
 */
import type { SourceDocument } from '../sources/document';
import type { Range } from '../text/lineIndex';

export interface ParagraphMark {
  para: number;
  range: Range;
}

/** The paragraphs that start within `range` (every one without it), in order. */
export function paragraphsIn(doc: SourceDocument, range?: Range): ParagraphMark[] {
  const from = range ? doc.lines.offsetAt({ line: range.start.line, character: 0 }) : 0;
  const to = range ? doc.lines.offsetAt(range.end) : doc.text.length;
  // The first paragraph starting at or after `from`: a binary search, as a document may hold many.
  let lo = 1,
    hi = doc.paragraphCount + 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.paragraph(mid)!.start < from) lo = mid + 1;
    else hi = mid;
  }
  const out: ParagraphMark[] = [];
  for (let n = lo; n <= doc.paragraphCount; n++) {
    const p = doc.paragraph(n)!;
    if (p.start > to) break;
    out.push({ para: n, range: doc.lines.rangeOf({ start: p.start, end: p.end }) });
  }
  return out;
}

/** Paragraph `n`'s range, and how many paragraphs the document has. */
export function paragraphRange(doc: SourceDocument, n: number): { count: number; range?: Range } {
  const p = doc.paragraph(n);
  return p ? { count: doc.paragraphCount, range: doc.lines.rangeOf(p) } : { count: doc.paragraphCount };
}
