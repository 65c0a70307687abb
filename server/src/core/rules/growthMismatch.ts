import { impliedGrowth, valueAfter } from '../model/growth';
import { tightComparator } from '../model/show';
import { fmt, opText, showInterval, type Interval } from '../quantity/quantity';
import { defineRule, longText } from './define';
import { nameOf } from '../model/names';

/** A growth a fix may propose: never against the indicator's direction. */
const withDirection = (dir: string | undefined, g: number) =>
  dir === 'increase' ? g > 0 : dir === 'decrease' ? g < 0 : true;

/**
 * growth-mismatch: the stated growth against the growth implied by the baseline and the last
 * target. With comparators, only what the bounds make impossible by more than the tolerance.
 */
export const growthMismatch = defineRule({
  meta: {
    code: 'growth-mismatch',
    severity: 'warning',
    summary: {
      en: 'The stated growth differs from the growth the numbers imply',
      zh: '所述年均增长与基期值、目标值推算的年均增长不符',
    },
    messages: {
      implies: {
        en: longText(
          'stated growth {stated} a year for {name}, ',
          'but {baseline} → {target}{unit} over {from}–{to} implies {growth}',
        ),
        zh: '指标{name}所述年均增长{stated}，但{from}—{to}年由{baseline}到{target}{unit}，推算年均增长{growth}',
      },
      allowsAtMost: {
        en: longText(
          'stated growth {stated} a year for {name}, ',
          'but {baseline} → {target}{unit} over {from}–{to} allows at most {growth}',
        ),
        zh: '指标{name}所述年均增长{stated}，但{from}—{to}年由{baseline}到{target}{unit}，年均增长最多{growth}',
      },
      needsAtLeast: {
        en: longText(
          'stated growth {stated} a year for {name}, ',
          'but {baseline} → {target}{unit} over {from}–{to} needs at least {growth}',
        ),
        zh: '指标{name}所述年均增长{stated}，但{from}—{to}年由{baseline}到{target}{unit}，年均增长至少{growth}',
      },
    },
    fixes: ['growth'],
  },
  each: {
    indicator(ctx, def) {
      const r = ctx.indicator(def);
      const g = r.growth;
      const imp = g && impliedGrowth(r, g.kind);
      if (!g || !imp) return;
      const I = imp.interval,
        G = g.interval;
      const gap = Math.max(G.lo - I.hi, I.lo - G.hi, 0);
      if (!(gap > ctx.tolerance + 1e-9)) return;
      const compound = g.kind === 'compound';
      const pace = (n: number) => ({
        en: `${fmt(n, 1)}${compound ? '%' : ' 百分点'}`,
        zh: `${fmt(n, 1)}${compound ? '%' : '个百分点'}`,
      });
      const [id, growth] = imp.exact
        ? (['implies', pace(I.lo)] as const)
        : G.lo > I.hi
          ? (['allowsAtMost', pace(I.hi)] as const)
          : (['needsAtLeast', pace(I.lo)] as const);
      const show = (v: { interval?: Interval }) => tightComparator(showInterval(v.interval!));
      const stated = `${opText(g.quantity.op)}${g.quantity.number}${g.quantity.unitText}`;
      ctx.report(
        g.span,
        id,
        {
          stated: { en: stated, zh: compound ? stated : stated.replace(/百分点$/, '个百分点') },
          name: nameOf(def, ctx.scope),
          baseline: show(r.baseline!.value!),
          target: show(imp.last.value!),
          unit: r.unit ? { en: ` ${r.unit.text}`, zh: r.unit.text } : '',
          from: imp.from,
          to: imp.to,
          growth,
        },
        // What a quick fix needs: the growth the numbers give, and the target the stated growth gives. A fix
        // must leave the plan true to its source: neither is offered for a value anchored to a source (the
        // finding would only move to source-value-drift); the reviewer records the inconsistency instead.
        {
          kind: 'growth',
          implied:
            imp.exact && withDirection(def.direction?.value, I.lo) && !def.growth?.source
              ? Number(fmt(I.lo, 1))
              : undefined,
          unit: compound ? '%' : '百分点',
          target: Number(fmt(valueAfter(r.baseline!.value!.interval!.lo, g.quantity.number, imp.years, g.kind), 2)),
          targetRange:
            imp.last.value && !imp.last.value.fromChange && !imp.last.def.source
              ? ctx.file.lines.rangeOf(imp.last.value.span)
              : undefined,
        },
      );
    },
  },
});
