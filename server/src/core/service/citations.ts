/**
 * The way back from a source document to the plan: which plan items cite each paragraph, and
 * which numbers of a cited paragraph no plan item cites (did the plan capture all it promises?).
 */
import type { Resolution } from '../check/scope';
import type { Locale } from '../diagnostics';
import { t } from '../l10n/index';
import type { PlanFile } from '../model/types';
import type { SourceDocument } from '../sources/document';
import { anchorsInto, coverageOf } from './coverage';
import type { Range } from '../text/lineIndex';

export interface Citation {
  planUri: string;
  planRange: Range;
  label: string;
  para: number;
  docRange: Range;
  quoted: boolean;
}
export interface CitedParagraph {
  para: number;
  range: Range;
  citations: Citation[];
}
export interface UncitedNumber {
  range: Range;
  text: string;
  para: number;
  message: string;
  kind: 'number' | 'clause';
}
export interface SourceCitations {
  citations: Citation[];
  paragraphs: CitedParagraph[];
  uncited: UncitedNumber[];
  /** The document's counts, as `planlint coverage` gives them. */
  coverage?: { numbers: { total: number; cited: number }; clauses: { total: number; cited: number }; plans: number };
}

export function citationsOf(
  docUri: string,
  doc: SourceDocument | undefined,
  plans: { file: PlanFile; res: Resolution }[],
  locale: Locale,
): SourceCitations {
  const citations: Citation[] = [];
  if (!doc) return { citations, paragraphs: [], uncited: [] };
  for (const { file, use, matches } of anchorsInto(docUri, plans)) {
    for (const m of matches) {
      citations.push({
        planUri: file.uri,
        planRange: file.lines.rangeOf(use.anchor.span),
        label: use.label,
        para: m.para,
        docRange: doc.lines.rangeOf(m),
        quoted: !!use.anchor.quote,
      });
    }
  }
  const byPara = new Map<number, Citation[]>();
  for (const c of citations) byPara.set(c.para, [...(byPara.get(c.para) ?? []), c]);
  const paragraphs: CitedParagraph[] = [...byPara]
    .sort((a, b) => a[0] - b[0])
    .map(([para, cs]) => {
      const p = doc.paragraph(para)!;
      return { para, range: doc.lines.rangeOf({ start: p.start, end: p.end }), citations: cs };
    });
  // Every paragraph, by coverage's definition: what `planlint coverage` and the report list too.
  const cov = coverageOf(docUri, doc, plans);
  const uncited: UncitedNumber[] = cov.uncited.map(u => ({
    range: u.range,
    text: u.text,
    para: u.para,
    kind: u.kind,
    message:
      u.kind === 'number'
        ? t(locale, 'hint.uncitedNumber', { para: u.para, text: u.text })
        : t(locale, 'hint.uncitedClause', { para: u.para }),
  }));
  return {
    citations,
    paragraphs,
    uncited,
    coverage: { numbers: cov.numbers, clauses: cov.clauses, plans: cov.plans.length },
  };
}
