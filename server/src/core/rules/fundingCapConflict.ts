import { fmt } from '../quantity/quantity';
import type { Located } from '../model/types';
import type { Rule } from './context';
import { quantityOf } from './util';

/** Money in 元, when the quantity states a money unit. */
export function yuan(field: Located<unknown> | undefined): number | undefined {
  const q = field && quantityOf(field, 'amount');
  return q?.unit?.dim === 'money' ? q.number * q.unit.factor : undefined;
}
export function showYuan(n: number): string {
  return n >= 1e8 && n % 1e6 === 0 ? `${fmt(n / 1e8)}亿元` : n >= 1e4 ? `${fmt(n / 1e4)}万元` : `${fmt(n)}元`;
}

/** The unit of account of a cap, as plans write it. */
const PER_ZH: Record<string, string> = {
  project: '单个项目',
  enterprise: '单家企业',
  'enterprise-year': '单家企业每年',
};

/** funding-cap-conflict: a cap below an amount it must cover; per-project/enterprise caps that contradict. */
export const fundingCapConflict: Rule = {
  code: 'funding-cap-conflict',
  check(ctx) {
    for (const f of ctx.file.funding.values()) {
      const fixed = yuan(f.amount) ?? yuan(f.amountMin);
      const tiers = f.tiers.map(t => ({ t, v: yuan(t.amount) })).filter(x => x.v !== undefined);
      const caps = f.caps
        .map(c => ({ c, v: yuan(c.amount), per: c.per?.value ?? 'project' }))
        .filter(x => x.v !== undefined);
      for (const { c, v } of caps) {
        const span = c.amount!.span;
        if (fixed !== undefined && v! < fixed) {
          ctx.report(span, {
            en: `the cap ${showYuan(v!)} is below the clause's amount ${showYuan(fixed)}`,
            zh: `上限${showYuan(v!)}低于条款金额${showYuan(fixed)}`,
          });
          continue;
        }
        const top = tiers.reduce<(typeof tiers)[number] | undefined>((a, x) => (!a || x.v! > a.v! ? x : a), undefined);
        if (top && v! < top.v!) {
          ctx.report(span, {
            en: `the cap ${showYuan(v!)} is below the tier amount ${showYuan(top.v!)}${top.t.level ? ` (${top.t.level})` : ''}`,
            zh: `上限${showYuan(v!)}低于分档金额${showYuan(top.v!)}${top.t.level ? `（${top.t.level}）` : ''}`,
          });
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
          if (b)
            ctx.report(a.c.amount!.span, {
              en: `the per-${small} cap ${showYuan(a.v!)} exceeds the per-${big} cap ${showYuan(b.v!)}`,
              zh: `${PER_ZH[small]}上限${showYuan(a.v!)}超过${PER_ZH[big]}上限${showYuan(b.v!)}`,
            });
        }
      }
    }
  },
};
