import { quantityOf } from '../model/walk';
import { defineRule } from './define';
import { nameOf } from '../model/names';

/** funding-share: a cost share with a negative or zero part. */
export const fundingShare = defineRule({
  meta: {
    code: 'funding-share',
    severity: 'error',
    summary: { en: 'A cost share has a negative or zero part', zh: '分担比例中有零或负数' },
    messages: {
      notPositive: {
        en: 'the {level} share of {name} is {share}: every part of a cost share must be positive',
        zh: '资金条款{name}中{level}的分担比例为{share}：各级分担比例必须大于0',
      },
    },
  },
  each: {
    funding(ctx, f) {
      for (const s of f.costShare) {
        const q = quantityOf(s.value, 'share', ctx.units);
        if (!q || q.number > 0) continue;
        ctx.report(s.value.span, 'notPositive', { level: s.level, name: nameOf(f, ctx.scope), share: q.number });
      }
    },
  },
});
