import { showYuan, yuan } from '../model/money';
import { defineRule } from './define';

/** funding-tier-order: tier amounts that do not run in the declared `tiers_order` (equal neighbours allowed). */
export const fundingTierOrder = defineRule({
  meta: {
    code: 'funding-tier-order',
    severity: 'error',
    summary: { en: 'Tier amounts do not run in the declared order', zh: '分档金额不符合声明的顺序' },
    messages: {
      // {order}: ascending, descending; a tier without a level is "this tier", "the previous tier".
      outOfOrder: {
        en: 'tiers should run {order}, but {tier} ({amount}) comes after {previous} ({previousAmount})',
        zh: '分档应{order}，但{tier}（{amount}）排在{previous}（{previousAmount}）之后',
      },
    },
  },
  each: {
    funding(ctx, f) {
      const order = f.tiersOrder?.value;
      if (order !== 'ascending' && order !== 'descending') return;
      let prev: { v: number; level?: string } | undefined;
      for (const t of f.tiers) {
        const v = yuan(t.amount, ctx.units);
        if (v === undefined) continue;
        if (prev && (order === 'ascending' ? v < prev.v : v > prev.v)) {
          ctx.report(t.amount!.span, 'outOfOrder', {
            order: { en: order, zh: order === 'ascending' ? '递增' : '递减' },
            tier: t.level ?? { en: 'this tier', zh: '本档' },
            amount: showYuan(v),
            previous: prev.level ?? { en: 'the previous tier', zh: '上一档' },
            previousAmount: showYuan(prev.v),
          });
        }
        prev = { v, level: t.level };
      }
    },
  },
});
