import { showValueMsg } from '../model/show';
import { admits, fmt } from '../quantity/quantity';
import { isCountedDimension } from '../quantity/units';
import { defineRule } from './define';
import { nameOf } from '../model/names';

const SHOWN_ITEMS = 8;
const listOf = (items: string[]) => {
  const head = items.slice(0, SHOWN_ITEMS);
  const more = items.length > SHOWN_ITEMS ? { en: ', …', zh: '……' } : { en: '', zh: '' };
  return { en: head.join(', ') + more.en, zh: head.join('、') + more.zh };
};

/**
 * count-mismatch (revision 4): a counted target lists `items` whose number its value does not admit
 * (`五大…基地` with four or six listed). With `items_partial` (a list the document ends with 等), only
 * more items than the value admits.
 */
export const countMismatch = defineRule({
  meta: {
    code: 'count-mismatch',
    severity: 'warning',
    summary: {
      en: 'A target lists items whose number its value does not admit',
      zh: '目标所列项数与目标值不符',
    },
    messages: {
      mismatch: {
        en: 'the {year} target of {name} is {value}, but it lists {count} items: {items}',
        zh: '指标{name}的{year}年目标值为{value}，但列出了{count}项：{items}',
      },
      tooMany: {
        en: 'the {year} target of {name} is {value}, but even its partial list (等) has {count} items: {items}',
        zh: '指标{name}的{year}年目标值为{value}，但未列全的清单（等）已有{count}项：{items}',
      },
    },
  },
  each: {
    indicator(ctx, def) {
      const r = ctx.indicator(def);
      if (!r.unit || !isCountedDimension(r.unit.dim)) return;
      for (const t of r.targets) {
        const items = t.def.items;
        const v = t.value;
        if (!items || !v?.interval || v.fromChange) continue;
        // The value in the dimension's base unit (5 of 万户 is 50000 households).
        const f = r.unit.factor;
        const i = v.interval;
        const base = { lo: i.lo * f, hi: i.hi * f, loOpen: i.loOpen, hiOpen: i.hiOpen };
        const n = items.values.length;
        if (admits(base, n)) continue;
        const tooMany = n > base.hi || (n === base.hi && base.hiOpen);
        if (t.def.itemsPartial && !tooMany) continue;
        ctx.report(items.span, t.def.itemsPartial ? 'tooMany' : 'mismatch', {
          year: t.year ?? '?',
          name: nameOf(def, ctx.scope),
          value: showValueMsg(v, r.unit),
          count: fmt(n),
          items: listOf(items.values.map(x => x.value)),
        });
      }
    },
  },
});
