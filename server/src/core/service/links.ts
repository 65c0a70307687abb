/**
 * The editor across plans: what a link (`aligns`, `allocated_to`) shows on hover, where it leads, which
 * links in other plans name an indicator (references, rename), the linked plan's ids for completion,
 * and the sum of a total's allocations (an inlay hint).
 */
import type { ResolvedLink } from '../model/links';
import type { Resolution } from '../resolve/scope';
import { pickLocale, type Locale } from '../diagnostics';
import { t } from '../l10n/index';
import { alignmentReason, compareAlignment } from '../model/alignment';
import { allocationYears } from '../model/allocation';
import { resolveIndicator, type ResolvedIndicator } from '../model/analysis';
import { linkedName, linkedRegion, linkFileName } from '../model/linkNames';
import { showValue } from '../model/show';
import type { IndicatorDef, PlanFile } from '../model/types';
import { fmt } from '../quantity/quantity';
import type { Span } from '../text/lineIndex';
import { escapeMarkdown as esc } from './markdown';
import type { InlayHint } from './inlayHints';
import type { Location } from './types';

const inside = (s: Span | undefined, offset: number) => !!s && offset >= s.start && offset <= s.end;

/** The link of the file's own indicators whose node holds the offset. */
export function linkAt(res: Resolution, offset: number): ResolvedLink | undefined {
  return res.links.links.find(l => inside(l.link.span, offset));
}

/** Indicators resolved with their own file's baseline year (this plan's, its includes', or a linked plan's). */
export function resolver(res: Resolution): (def: IndicatorDef) => ResolvedIndicator {
  const memo = new Map<IndicatorDef, ResolvedIndicator>();
  const files = [...res.scope.files, ...[...res.links.plans.values()].flatMap(p => p.files)];
  return def => {
    let r = memo.get(def);
    if (!r)
      memo.set(
        def,
        (r = resolveIndicator(
          def,
          files.find(f => f.uri === def.uri),
          res.units,
        )),
      );
    return r;
  };
}

/** The other plan's indicator, its targets by year, and whether (and why not) the two were compared. */
export function linkHover(file: PlanFile, res: Resolution, l: ResolvedLink, locale: Locale): string {
  if (!l.target) return t(locale, 'link.unresolved');
  const name = pickLocale(linkedName(l, res.scope.items), locale);
  const where = pickLocale(linkFileName(file.uri, l.target.uri), locale);
  const key = l.role === 'aligns' ? 'link.aligns' : 'link.allocatedTo';
  const resolve = resolver(res);
  const theirs = resolve(l.target);
  const lines = [`**${esc(t(locale, key, { name, file: where }))}** (\`${esc(l.target.id)}\`)`];
  const targets = theirs.targets
    .filter(p => p.year !== undefined)
    .map(p => `- ${p.year}: ${esc(p.value ? showValue(p.value, theirs.unit) : (p.def.text?.value ?? '?'))}`);
  if (theirs.def.growth?.value) targets.push(`- ${esc(String(theirs.def.growth.value.value))}`);
  if (targets.length) lines.push(`${t(locale, 'link.targets')}${t(locale, 'punct.colon')}`, targets.join('\n'));
  if (l.role === 'aligns') {
    const region = file.meta?.region;
    const reason = alignmentReason(theirs, l.link.must?.value === 'meet', region, linkedRegion(l.plan, region));
    const held = !reason
      ? t(locale, 'link.notHeld')
      : reason.kind === 'must'
        ? t(locale, 'link.heldMust')
        : t(locale, 'link.heldBinding', { region: reason.region });
    const cmp = compareAlignment(resolve(l.owner), theirs);
    lines.push(held + (cmp.notCompared ? ` ${t(locale, `link.notCompared.${cmp.notCompared}`)}` : ''));
  }
  return lines.join('\n\n');
}

/** Where a link leads: the indicator's definition in the other plan. */
export function linkDefinition(l: ResolvedLink): Location[] {
  const f = l.targetFile;
  return l.target && f ? [{ uri: f.uri, range: f.lines.rangeOf(l.target.keySpan) }] : [];
}

/** The `indicator` values of links, in every plan given, that name the indicator defined at `uri`. */
export function linksTo(
  files: readonly { file: PlanFile; res: Resolution }[],
  uri: string,
  id: string,
): { file: PlanFile; span: Span }[] {
  const out: { file: PlanFile; span: Span }[] = [];
  for (const { file, res } of files)
    for (const l of res.links.links)
      if (l.target?.uri === uri && l.target.id === id && l.link.indicator)
        out.push({ file, span: l.link.indicator.span });
  return out;
}

/** After a total's value: the sum of the parts it is allocated to, in each year they can be summed. */
export function allocationHints(file: PlanFile, res: Resolution, locale: Locale): InlayHint[] {
  const resolve = resolver(res);
  const out: InlayHint[] = [];
  for (const def of file.indicators.values()) {
    if (!def.allocatedTo.length) continue;
    const total = resolve(def);
    const unit = total.unit?.text ?? '';
    for (const y of allocationYears(total, res.links.links, file, resolve)) {
      const gap = Math.abs(y.totalEnd - y.sum);
      const shown = `${fmt(gap)}${unit}`;
      const state = !y.failing
        ? gap === 0 || gap <= 1e-9 * Math.abs(y.totalEnd)
          ? t(locale, 'inlay.allocatedExact')
          : y.mode === 'cap'
            ? t(locale, 'inlay.allocatedWithin', { gap: shown })
            : t(locale, 'inlay.allocatedBeyond', { gap: shown })
        : y.mode === 'cap'
          ? t(locale, 'inlay.allocatedOver', { gap: shown })
          : t(locale, 'inlay.allocatedShort', { gap: shown });
      const sum = `${fmt(y.sum)}${unit}`;
      out.push({
        position: file.lines.positionAt(y.total.span.end),
        label: ` ${t(locale, 'inlay.allocated', { sum })}`,
        tooltip: t(locale, 'inlay.allocatedTooltip', { year: y.year, n: y.terms.length, sum, gap: state }),
      });
    }
  }
  return out;
}
