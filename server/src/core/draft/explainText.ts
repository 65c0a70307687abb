/**
 * `planlint draft --explain`: each number of the document, paragraph by paragraph, with the role the
 * drafter gave it and why; a number that no reading rule took is listed as left out, so that a reviewer
 * sees what the drafter did not understand as well as what it did.
 */
import type { SourceDocument } from '../sources/document';
import { printable } from '../text/printer';
import type { Explain } from './explain';

export function explainText(doc: SourceDocument, readings: Explain, draftText: string): string {
  const out: string[] = [];
  const quoted = new Set([...draftText.matchAll(/quote: ("(?:[^"\\]|\\.)*")/g)].map(m => JSON.parse(m[1]) as string));
  for (const p of doc.eachParagraph()) {
    for (const n of doc.numbersIn(p, undefined)) {
      const text = doc.text.slice(n.span.start, n.span.end);
      const r = readings.find(x => x.start < n.span.end && n.span.start < x.end);
      const inDraft = [...quoted].some(q => q.includes(text));
      const reading = r
        ? `${r.role}: ${r.reason}`
        : inDraft
          ? 'drafted: in a quoted value (an indicator, task or funding clause)'
          : 'left out: no drafting rule reads it';
      // Document text and names go through the printer: a CI log reads them, never runs them.
      out.push(`¶${p.index}\t${printable(text)}\t${printable(reading)}`);
    }
  }
  return `${out.join('\n')}\n`;
}
