/**
 * `planlint doc` (the contract's *Checking a document directly*): the findings of a document's
 * in-memory draft, moved to the document's own positions. Left out: the codes about the plan file
 * rather than the document, and every finding that rests on a placeholder or a `# draft: check` line.
 * A finding sits on the quoted span of the value its plan diagnostic sits on; the other values of the
 * same entry are its related places, named with their paragraphs in the message.
 */
import type { PlanDiagnostic, RelatedSpan } from '../diagnostics';
import type { Locale } from '../diagnostics';
import { t } from '../l10n/index';
import type { SourceDocument } from '../sources/document';
import { DRAFT_NEVER_GIVES } from '../draft/index';

const DOC_LEFT_OUT = new Set<string>([
  ...DRAFT_NEVER_GIVES,
  'source-value-drift',
  'unit-unknown',
  'unused-indicator',
  'binding-without-owner',
]);

interface Quote {
  quote: string;
  para?: number;
  line: number;
}
const QUOTE = /quote: ("(?:[^"\\]|\\.)*")(?:, para: (\d+))?/;

/** The quotes of the entry (an indicator, task or funding clause) that holds draft line `line`. */
function entryQuotes(lines: string[], line: number): Quote[] {
  let start = line;
  while (start > 0 && !/^ {2}\S/.test(lines[start])) start--;
  let end = line + 1;
  while (end < lines.length && !/^ {2}\S|^\S/.test(lines[end])) end++;
  const out: Quote[] = [];
  for (let l = start; l < end; l++) {
    const m = QUOTE.exec(lines[l]);
    if (m) out.push({ quote: JSON.parse(m[1]), para: m[2] ? Number(m[2]) : undefined, line: l });
  }
  return out;
}

interface Place {
  paragraph: number;
  start: number;
  end: number;
  text: string;
}

function placeOf(doc: SourceDocument, q: Quote): Place | undefined {
  const hit = doc.findQuote(q.quote, q.para, 2)[0];
  return hit && { paragraph: hit.para, start: hit.start, end: hit.end, text: doc.text.slice(hit.start, hit.end) };
}

/** A span of the document as the contract positions it: a line of a text file, a paragraph of the others. */
function rangeOf(doc: SourceDocument, p: Place) {
  if (doc.form === 'text' || doc.form === 'markdown') {
    return { start: doc.lines.positionAt(p.start), end: doc.lines.positionAt(p.end) };
  }
  const base = doc.paragraph(p.paragraph)!.start;
  return {
    start: { line: p.paragraph - 1, character: p.start - base },
    end: { line: p.paragraph - 1, character: p.end - base },
  };
}

/** The draft's diagnostics that are about the document, at the document's positions. */
export function documentFindings(
  doc: SourceDocument,
  draftText: string,
  diagnostics: PlanDiagnostic[],
  locale: Locale,
): PlanDiagnostic[] {
  const lines = draftText.split('\n');
  const out: PlanDiagnostic[] = [];
  for (const d of diagnostics) {
    if (DOC_LEFT_OUT.has(d.code)) continue;
    const line = d.range.start.line;
    if (/# draft:/.test(lines[line] ?? '')) continue;
    const quotes = entryQuotes(lines, line);
    // A placeholder or a reading to check anywhere in the entry: the finding may rest on it.
    if (quotes.length === 0) continue;
    const here = quotes.find(q => q.line === line) ?? quotes[quotes.length - 1];
    const place = placeOf(doc, here);
    if (!place) continue;
    const others = quotes.filter(q => q !== here).flatMap(q => placeOf(doc, q) ?? []);
    const related: RelatedSpan[] = others
      .filter((o, i) => others.findIndex(x => x.start === o.start) === i && o.start !== place.start)
      .map(o => {
        const r = rangeOf(doc, o);
        return { paragraph: o.paragraph, range: r };
      });
    const items = others.map(o => t(locale, 'doc.relatedItem', { paragraph: o.paragraph, text: o.text }));
    const named = items.length ? t(locale, 'doc.related', { list: items.join(t(locale, 'doc.relatedSep')) }) : '';
    out.push({
      uri: doc.uri,
      range: rangeOf(doc, place),
      severity: d.severity,
      code: d.code,
      message: `¶${place.paragraph}: ${d.message}${named}`,
      paragraph: place.paragraph,
      related,
      draftLine: line,
    });
  }
  return out.sort(
    (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character,
  );
}
