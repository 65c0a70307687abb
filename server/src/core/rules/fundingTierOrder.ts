import type { Rule } from './context';
import { showYuan, yuan } from './fundingCapConflict';

/** funding-tier-order: tier amounts that do not run in the declared `tiers_order` (equal neighbours allowed). */
export const fundingTierOrder: Rule = {
  code: 'funding-tier-order',
  check(ctx) {
    for (const f of ctx.file.funding.values()) {
      const order = f.tiersOrder?.value;
      if (order !== 'ascending' && order !== 'descending') continue;
      let prev: { v: number; level?: string } | undefined;
      for (const t of f.tiers) {
        const v = yuan(t.amount);
        if (v === undefined) continue;
        if (prev && (order === 'ascending' ? v < prev.v : v > prev.v)) {
          ctx.report(t.amount!.span, {
            en: `tiers should run ${order}, but ${t.level ?? 'this tier'} (${showYuan(v)}) comes after ${prev.level ?? 'the previous tier'} (${showYuan(prev.v)})`,
            zh: `分档应${order === 'ascending' ? '递增' : '递减'}，但${t.level ?? '本档'}（${showYuan(v)}）排在${prev.level ?? '上一档'}（${showYuan(prev.v)}）之后`,
          });
        }
        prev = { v, level: t.level };
      }
    }
  },
};
