/** The editor's features on a checked plan, as functions of (snapshot, position): nothing is read or checked. */
import type { PlanSnapshot } from '../check/snapshot';
import { DEFAULT_SCHEDULE_TOLERANCE } from '../model/monitoring';
import type { Range } from '../text/lineIndex';
import { hoverAt } from './hover';
import { inlayHints, type InlayHint } from './inlayHints';
import { allocationHints, linkAt, linkHover } from './links';
import { stateGrouping } from './monitoringStates';
import { documentSymbols, type PlanSymbol } from './symbols';
import type { Hover } from './types';

const tolerances = (s: PlanSnapshot) => ({
  schedule: s.config.scheduleTolerance ?? DEFAULT_SCHEDULE_TOLERANCE,
  growth: s.config.growthTolerance,
});

export function hoverOf(s: PlanSnapshot, offset: number): Hover | undefined {
  const { file, resolution: res, locale } = s;
  if (!res) return undefined;
  // On a link's value: the other plan's indicator. On an indicator that carries others down: those too.
  const l = linkAt(res, offset);
  const onValue = l && [l.link.plan?.span, l.link.indicator?.span].find(x => x && offset >= x.start && offset <= x.end);
  if (l && onValue) return { markdown: linkHover(file, res, l, locale), range: file.lines.rangeOf(onValue) };
  const h = hoverAt(file, res, offset, locale);
  if (!h || !res.links.links.length) return h;
  const owner = [...file.indicators.values()].find(d => offset >= d.keySpan.start && offset <= d.keySpan.end);
  const links = owner ? res.links.links.filter(x => x.owner === owner) : [];
  if (!links.length) return h;
  return { ...h, markdown: [h.markdown, ...links.map(x => linkHover(file, res, x, locale))].join('\n\n---\n\n') };
}

export function inlayHintsOf(s: PlanSnapshot, range?: Range): InlayHint[] {
  const { file, resolution: res, locale } = s;
  if (!res) return [];
  const from = range?.start.line ?? 0,
    to = range?.end.line ?? Number.MAX_SAFE_INTEGER;
  const sums = allocationHints(file, res, locale).filter(h => h.position.line >= from && h.position.line <= to);
  return [...inlayHints(file, res, range, locale, tolerances(s)), ...sums].sort(
    (a, b) => a.position.line - b.position.line || a.position.character - b.position.character,
  );
}

/** The outline; with actuals, indicators grouped by their monitoring state. */
export function symbolsOf(s: PlanSnapshot): PlanSymbol[] {
  const { file, resolution: res } = s;
  if (!res || ![...file.indicators.values()].some(d => d.actuals.length)) return documentSymbols(file);
  return documentSymbols(file, stateGrouping(file, res, tolerances(s), s.locale));
}
