/**
 * Cite a selection: from text selected in a source document, a `source` anchor for it (with `para`
 * where the quote is not unique) and the entries the draft extractor reads in it (targets with their
 * years, baselines, growth rates), each anchored to the selection.
 */
import type { SourceDocument } from '../sources/document';
import { valuesIn } from './drafting';

/** One entry to paste: a target list item, a `baseline:` or a `growth:`, written as YAML. */
export interface CiteEntry {
  kind: 'target' | 'baseline' | 'growth';
  text: string;
}
export interface Citation0 {
  anchor: string;
  /** The first target's inline map (`{ year: 2020, value: "…", source: … }`), when there is one. */
  entry?: string;
  entries: CiteEntry[];
  quote: string;
  para: number;
  unique: boolean;
}

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
  const from = doc.text.indexOf(quote, start);
  const entries: CiteEntry[] = valuesIn(doc, from, from + quote.length).map(v => {
    const year = v.value.year !== undefined && v.kind !== 'growth' ? `year: ${v.value.year}, ` : '';
    const map = `{ ${year}${v.field}: ${yamlQuote(v.value.value)}, source: ${anchor} }`;
    return { kind: v.kind, text: v.kind === 'target' ? `- ${map}` : `${v.kind}: ${map}` };
  });
  const first = entries.find(e => e.kind === 'target');
  return { anchor, entry: first?.text.slice(2), entries, quote, para: p.index, unique };
}
