/**
 * The way back from a source document to the plan: which plan items cite each paragraph, and
 * which numbers of a cited paragraph no plan item cites (did the plan capture all it promises?).
 */
import type { Resolution } from '../resolve/scope';
import { pickLocale, type Locale } from '../diagnostics';
import { t } from '../l10n/index';
import type { PlanFile } from '../model/types';
import type { SourceDocument } from '../sources/document';
import { anchorsInto, coverageOf } from './coverage';
import type { Range } from '../text/lineIndex';
import { nameOf } from '../model/names';
import type { AnchorUse } from '../sources/cited';

export interface Citation {
  planUri: string;
  planRange: Range;
  /** The item's id, and its name as the messages give it (`'全省工业增加值'`), in the locale's words. */
  itemId: string;
  name: string;
  /** Which entry of an indicator cites (`2020 target`, `2020年目标`); none for the item's own `source`. */
  part?: string;
  para: number;
  docRange: Range;
  quoted: boolean;
}
/** A plan item that cites a paragraph, once, however many of its entries do. */
export interface CitingItem {
  planUri: string;
  itemId: string;
  name: string;
  parts: string[];
  citations: Citation[];
}
export interface CitedParagraph {
  para: number;
  range: Range;
  citations: Citation[];
  /** The citing items in the order they first cite it. */
  items: CitingItem[];
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
  for (const { file, res, use, matches } of anchorsInto(docUri, plans)) {
    const name = pickLocale(nameOf(use.item, res.scope), locale);
    for (const m of matches) {
      citations.push({
        planUri: file.uri,
        planRange: file.lines.rangeOf(use.anchor.span),
        itemId: use.item.id,
        name,
        part: partLabel(use.part, locale),
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
      return { para, range: doc.lines.rangeOf({ start: p.start, end: p.end }), citations: cs, items: itemsOf(cs) };
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

/** The entry of an indicator that cites: `2020 target` / `2020年目标`, `baseline 2015` / `2015年基期值`, `growth`. */
function partLabel(part: AnchorUse['part'], locale: Locale): string | undefined {
  if (!part) return undefined;
  const y = part.year;
  if (part.kind === 'growth') return t(locale, 'entry.growth');
  if (part.kind === 'target')
    return y === undefined ? t(locale, 'entry.target') : t(locale, 'entry.targetYear', { year: y });
  if (part.kind === 'actual')
    return y === undefined ? t(locale, 'entry.actual') : t(locale, 'entry.actualYear', { year: y });
  return y === undefined ? t(locale, 'entry.baseline') : t(locale, 'entry.baselineYear', { year: y });
}

function itemsOf(citations: Citation[]): CitingItem[] {
  const items = new Map<string, CitingItem>();
  for (const c of citations) {
    const key = `${c.planUri}#${c.itemId}`;
    const it = items.get(key) ?? { planUri: c.planUri, itemId: c.itemId, name: c.name, parts: [], citations: [] };
    if (c.part && !it.parts.includes(c.part)) it.parts.push(c.part);
    it.citations.push(c);
    items.set(key, it);
  }
  return [...items.values()];
}
