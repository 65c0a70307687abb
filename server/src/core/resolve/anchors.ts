/** Resolves a source anchor to the exact span(s) it names in its document. */
import type { AnchorDef } from '../model/types';
import type { SourceState } from './scope';
import type { QuoteMatch, SourceDocument } from '../sources/document';

export type AnchorResult =
  | { status: 'unresolved' } // unknown document, or the document could not be read: reported elsewhere
  | { status: 'para-out-of-range'; para: number; count: number; doc: SourceDocument; state: SourceState }
  | { status: 'quote-not-found'; doc: SourceDocument; state: SourceState; elsewhere: number[] }
  | { status: 'ok'; doc: SourceDocument; state: SourceState; matches: QuoteMatch[] };

export function resolveAnchor(a: AnchorDef, states: Map<string, SourceState>): AnchorResult {
  const state = a.doc && states.get(a.doc.id);
  const doc = state?.doc;
  if (!state || !doc) return { status: 'unresolved' };
  const para = a.para?.value;
  if (para !== undefined && (para < 1 || para > doc.paragraphCount)) {
    return { status: 'para-out-of-range', para, count: doc.paragraphCount, doc, state };
  }
  if (a.quote) {
    const matches = doc.findQuote(a.quote.value, para);
    if (matches.length) return { status: 'ok', doc, state, matches };
    const elsewhere = para !== undefined ? [...new Set(doc.findQuote(a.quote.value).map(m => m.para))] : [];
    return { status: 'quote-not-found', doc, state, elsewhere };
  }
  if (para !== undefined) {
    const p = doc.paragraph(para)!;
    return { status: 'ok', doc, state, matches: [{ para, start: p.start, end: p.end }] };
  }
  return { status: 'unresolved' };
}
