/**
 * A source document that plans cite, in the editor: the citing plans' findings, shown again at the spans
 * their anchors quote (the document is not checked on its own then, so nothing is reported twice). A plan
 * diagnostic belongs to the item whose entry holds it, and sits on that item's anchor nearest to it; the
 * item's other anchors into the document are its related places, and the plan's own place is kept.
 */
import type { Resolution } from '../resolve/scope';
import type { PlanDiagnostic, RelatedSpan } from '../diagnostics';
import type { PlanFile } from '../model/types';
import type { SourceDocument } from '../sources/document';
import type { Range } from '../text/lineIndex';
import { anchorsInto } from './coverage';

/** A plan's finding at the document's span, with the plan's place and the citing item's id. */
export interface CitedFinding {
  finding: PlanDiagnostic;
  planUri: string;
  planRange: Range;
  itemId: string;
}

export function citedFindings(
  docUri: string,
  doc: SourceDocument,
  plans: { file: PlanFile; res: Resolution; diagnostics: PlanDiagnostic[] }[],
): CitedFinding[] {
  const out: CitedFinding[] = [];
  const seen = new Set<string>();
  for (const { file, res, diagnostics } of plans) {
    const uses = [...anchorsInto(docUri, [{ file, res }])].filter(u => u.matches.length);
    if (!uses.length) continue;
    for (const d of diagnostics) {
      const at = file.lines.offsetAt(d.range.start);
      const own = uses.filter(u => at >= u.use.item.span.start && at <= u.use.item.span.end);
      if (!own.length) continue;
      // The anchor on the diagnostic's line; else the nearest, one below before one above (a block's `source:`).
      const line = d.range.start.line;
      const distance = (u: (typeof own)[number]) => {
        const l = file.lines.positionAt(u.use.anchor.span.start).line - line;
        return l >= 0 ? 2 * l : -2 * l + 1;
      };
      const here = own.reduce((a, b) => (distance(b) < distance(a) ? b : a));
      const m = here.matches[0];
      const range = doc.lines.rangeOf(m);
      const key = `${file.uri}\n${d.code}\n${d.message}\n${m.start}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const related: RelatedSpan[] = [];
      for (const u of own) {
        const r = u.matches[0];
        if (r.start === m.start || related.some(x => x.paragraph === r.para && sameStart(x.range, doc, r.start)))
          continue;
        related.push({ paragraph: r.para, range: doc.lines.rangeOf(r) });
      }
      out.push({
        finding: {
          uri: docUri,
          range,
          severity: d.severity,
          code: d.code,
          message: `¶${m.para}: ${d.message}`,
          paragraph: m.para,
          related,
        },
        planUri: file.uri,
        planRange: d.range,
        itemId: here.use.item.id,
      });
    }
  }
  return out.sort(
    (a, b) =>
      a.finding.range.start.line - b.finding.range.start.line ||
      a.finding.range.start.character - b.finding.range.start.character,
  );
}

const sameStart = (r: Range, doc: SourceDocument, offset: number) => doc.lines.offsetAt(r.start) === offset;
