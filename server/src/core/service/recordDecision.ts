/**
 * "Record as an inconsistency of the document": where the plan keeps what its source says and the
 * source disagrees with itself, the reviewer's decision is a `planlint-disable-next-line <code> -- reason`
 * comment whose reason names the paragraphs involved, in the locale's words.
 */
import type { Resolution } from '../resolve/scope';
import type { Locale } from '../diagnostics';
import { t } from '../l10n/index';
import type { AnchorDef, PlanFile } from '../model/types';
import { resolveAnchor } from '../resolve/anchors';
import type { Range } from '../text/lineIndex';

/** Codes a source's own inconsistency can cause; an anchor that finds nothing is the plan's own error. */
const RECORDABLE = new Set([
  'growth-mismatch',
  'sum-mismatch',
  'source-value-drift',
  'direction-conflict',
  'target-conflict',
  'milestone-regression',
  'unit-mismatch',
  'percent-range',
  'year-order',
  'target-outside-period',
  'funding-cap-conflict',
  'funding-tier-order',
  'funding-share',
  'binding-without-owner',
]);

/** The anchors of the item the diagnostic sits in; for drift, only the anchor of the value itself. */
function anchorsAround(file: PlanFile, offset: number, code: string): AnchorDef[] {
  const inside = (s: { start: number; end: number }) => s.start <= offset && offset <= s.end;
  const item = file.items.find(it => inside(it.span));
  if (!item) return [];
  const points =
    item.kind === 'indicator'
      ? [item.baseline, ...item.targets, ...item.actuals, item.growth].filter(p => p !== undefined)
      : [];
  if (code === 'source-value-drift') {
    const own = points.find(p => inside(p.span))?.source;
    return own ? [own] : [];
  }
  return [item.source, ...points.map(p => p.source)].filter(a => a !== undefined);
}

/** The paragraphs `¶10, ¶124` (`第10段、第124段`), each document's id first when there are several. */
function paragraphsNamed(anchors: AnchorDef[], res: Resolution, locale: Locale): string | undefined {
  const byDoc = new Map<string, Set<number>>();
  for (const a of anchors) {
    const r = resolveAnchor(a, res.sourceStates);
    if (r.status !== 'ok' || !a.doc) continue;
    const paras = byDoc.get(a.doc.id) ?? new Set<number>();
    for (const m of r.matches) paras.add(m.para);
    byDoc.set(a.doc.id, paras);
  }
  if (!byDoc.size) return undefined;
  const named = [...byDoc].map(([doc, paras]) => {
    const list = [...paras]
      .sort((a, b) => a - b)
      .map(n => t(locale, 'decision.paragraph', { n }))
      .join(t(locale, 'decision.listSeparator'));
    return byDoc.size > 1 ? t(locale, 'decision.inDocument', { doc, paragraphs: list }) : list;
  });
  return named.join(t(locale, 'decision.listSeparator'));
}

/** The comment line to insert above the diagnostic's line, or undefined when no cited paragraph is involved. */
export function recordDecision(
  file: PlanFile,
  res: Resolution | undefined,
  d: { range: Range; code: string },
  locale: Locale,
): { line: number; text: string; paragraphs: string } | undefined {
  if (!res || !RECORDABLE.has(d.code)) return undefined;
  const offset = file.lines.offsetAt(d.range.start);
  const paragraphs = paragraphsNamed(anchorsAround(file, offset, d.code), res, locale);
  if (!paragraphs) return undefined;
  const line = d.range.start.line;
  const indent = /^\s*/.exec(file.lines.lineText(line))![0];
  const reason = t(locale, 'decision.reason', { paragraphs });
  return { line, paragraphs, text: `${indent}# planlint-disable-next-line ${d.code} -- ${reason}\n` };
}
