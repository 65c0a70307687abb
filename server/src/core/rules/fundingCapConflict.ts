import { showYuan, yuan } from '../model/money';
import { defineRule } from './define';

/** The unit of account of a cap: the schema's word (in English messages) and as plans write it. */
const PER: Record<string, { en: string; zh: string }> = {
  project: { en: 'project', zh: '单个项目' },
  enterprise: { en: 'enterprise', zh: '单家企业' },
  'enterprise-year': { en: 'enterprise-year', zh: '单家企业每年' },
};

/** funding-cap-conflict: a cap below an amount it must cover; per-project/enterprise caps that contradict. */
export const fundingCapConflict = defineRule({
  meta: {
    code: 'funding-cap-conflict',
    severity: 'error',
    summary: {
      en: 'A funding cap is below an amount it must cover, or caps contradict each other',
      zh: '资金上限低于应覆盖的金额，或上限之间互相矛盾',
    },
    messages: {
      belowAmount: {
        en: "the cap {cap} is below the clause's amount {amount}",
        zh: '上限{cap}低于条款金额{amount}',
      },
      belowTier: { en: 'the cap {cap} is below the tier amount {amount}', zh: '上限{cap}低于分档金额{amount}' },
      belowNamedTier: {
        en: 'the cap {cap} is below the tier amount {amount} ({level})',
        zh: '上限{cap}低于分档金额{amount}（{level}）',
      },
      narrowerAbove: {
        en: 'the per-{narrow} cap {cap} exceeds the per-{wide} cap {wideCap}',
        zh: '{narrow}上限{cap}超过{wide}上限{wideCap}',
      },
    },
  },
  each: {
    funding(ctx, f) {
      const fixed = yuan(f.amount, ctx.units) ?? yuan(f.amountMin, ctx.units);
      const tiers = f.tiers.map(t => ({ t, v: yuan(t.amount, ctx.units) })).filter(x => x.v !== undefined);
      const caps = f.caps
        .map(c => ({ c, v: yuan(c.amount, ctx.units), per: c.per?.value ?? 'project' }))
        .filter(x => x.v !== undefined);
      for (const { c, v } of caps) {
        const span = c.amount!.span;
        if (fixed !== undefined && v! < fixed) {
          ctx.report(span, 'belowAmount', { cap: showYuan(v!), amount: showYuan(fixed) });
          continue;
        }
        const top = tiers.reduce<(typeof tiers)[number] | undefined>((a, x) => (!a || x.v! > a.v! ? x : a), undefined);
        if (top && v! < top.v!) {
          const values = { cap: showYuan(v!), amount: showYuan(top.v!) };
          if (top.t.level) ctx.report(span, 'belowNamedTier', { ...values, level: top.t.level });
          else ctx.report(span, 'belowTier', values);
        }
      }
      // A narrower unit of account cannot have a larger cap than a wider one.
      const narrowerThan: [string, string][] = [
        ['project', 'enterprise'],
        ['project', 'enterprise-year'],
        ['enterprise-year', 'enterprise'],
      ];
      for (const [small, big] of narrowerThan) {
        for (const a of caps.filter(x => x.per === small)) {
          const b = caps.find(x => x.per === big && x.v! < a.v!);
          if (b) {
            const values = { narrow: PER[small], cap: showYuan(a.v!), wide: PER[big], wideCap: showYuan(b.v!) };
            ctx.report(a.c.amount!.span, 'narrowerAbove', values);
          }
        }
      }
    },
  },
});
