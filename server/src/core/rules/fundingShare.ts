import type { Rule } from './context';
import { quantityOf } from './util';
import { nameOf } from './names';

/** funding-share: a cost share with a negative or zero part. */
export const fundingShare: Rule = {
  code: 'funding-share',
  check(ctx) {
    for (const f of ctx.file.funding.values()) {
      for (const s of f.costShare) {
        const q = quantityOf(s.value, 'share');
        if (!q || q.number > 0) continue;
        const n = nameOf(f, ctx.scope);
        ctx.report(s.value.span, {
          en: `the ${s.level} share of ${n.en} is ${q.number}: every part of a cost share must be positive`,
          zh: `资金条款${n.zh}中${s.level}的分担比例为${q.number}：各级分担比例必须大于0`,
        });
      }
    }
  },
};
