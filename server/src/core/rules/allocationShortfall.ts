import type { Msg } from '../diagnostics';
import { allocationYears } from '../model/allocation';
import { linkedName, linkFileName } from '../model/linkNames';
import { nameOf } from '../model/names';
import { showValueMsg } from '../model/show';
import { fmt } from '../quantity/quantity';
import { defineRule } from './define';

/** A message names at most this many parts, then how many more. */
const MAX_PARTS = 5;

/**
 * allocation-shortfall (指标分解): the parts a total is allocated to cannot reach it, or, for a decrease or
 * a cap, exceed it. Sums are exact (to a relative 1e-9): an allocation is arithmetic, not an estimate.
 */
export const allocationShortfall = defineRule({
  meta: {
    code: 'allocation-shortfall',
    severity: 'error',
    summary: {
      en: 'The parts a total is split into cannot reach it, or, for a decrease or a cap, exceed it',
      zh: '分解到各项的指标之和达不到总量，或（下降、上限类指标）超过总量',
    },
    messages: {
      // {parts}: each part's file (relative to this plan), name and value, at most five, then how many more.
      short: {
        en: 'in {year} the parts {name} is allocated to add up to {sum}, short of its {total}: {parts}',
        zh: '{year}年{name}分解到各项之和为{sum}，达不到总量{total}：{parts}',
      },
      over: {
        en: 'in {year} the parts {name} is allocated to add up to {sum}, more than its cap {total}: {parts}',
        zh: '{year}年{name}分解到各项之和为{sum}，超过总量上限{total}：{parts}',
      },
    },
  },
  check(ctx) {
    for (const def of ctx.file.indicators.values()) {
      if (!def.allocatedTo.length) continue;
      const total = ctx.indicator(def);
      const unit = total.unit?.text ?? '';
      for (const y of allocationYears(total, ctx.links.links, ctx.file, ctx.indicator)) {
        if (!y.failing) continue;
        const shownTerms = y.terms.slice(0, MAX_PARTS).map(term => {
          const name = linkedName(term.link, ctx.scope.items);
          const value = showValueMsg(term.value, ctx.indicator(term.link.target!).unit);
          if (term.link.target!.uri === ctx.file.uri)
            return { en: `${name.en} ${value.en}`, zh: `${name.zh}${value.zh}` };
          const file = linkFileName(ctx.file.uri, term.link.target!.uri).en;
          return { en: `${file} ${name.en} ${value.en}`, zh: `${file}中${name.zh}${value.zh}` };
        });
        const more = y.terms.length - shownTerms.length;
        const parts: Msg = {
          en: shownTerms.map(x => x.en).join('; ') + (more ? `; and ${more} more` : ''),
          zh: shownTerms.map(x => x.zh).join('；') + (more ? `；等另${more}项` : ''),
        };
        ctx.report(y.total.span, y.mode === 'increase' ? 'short' : 'over', {
          year: y.year,
          name: nameOf(def, ctx.scope),
          sum: `${fmt(y.sum)}${unit}`,
          total: showValueMsg(y.total, total.unit),
          parts,
        });
      }
    }
  },
});
