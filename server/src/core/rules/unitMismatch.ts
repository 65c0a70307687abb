import { dimensionLabel, parseUnit } from '../quantity/units';
import type { Rule } from './context';
import { quantityFields, quantityOf } from './util';
import { nameOf, nameOfId } from './names';

const MONEY_ROLES = new Set(['threshold', 'amount', 'cap', 'tier']);

/** unit-mismatch: quantities that must be compared have different dimensions. */
export const unitMismatch: Rule = {
  code: 'unit-mismatch',
  check(ctx) {
    for (const { role, field, indicator } of quantityFields(ctx.file)) {
      const q = quantityOf(field, role);
      if (!q?.unit) continue;
      const dim = dimensionLabel(q.unit.dim);
      if (role === 'value' && indicator) {
        const unit = indicator.unit && parseUnit(indicator.unit.value);
        if (unit && unit.dim !== q.unit.dim) {
          const want = dimensionLabel(unit.dim),
            n = nameOf(indicator, ctx.scope);
          ctx.report(field.span, {
            en: `${q.number}${q.unitText} is ${dim.en}, but ${n.en} is measured in ${unit.text} (${want.en})`,
            zh: `${q.number}${q.unitText}的量纲是${dim.zh}，但指标${n.zh}的单位是${unit.text}（${want.zh}）`,
          });
        }
      } else if (role === 'growth' && q.unit.dim !== 'share' && q.unit.dim !== 'pp') {
        ctx.report(field.span, {
          en: `a growth is written in % (compound) or 百分点 (linear), not ${q.unitText}`,
          zh: `年均增长应以 %（复合）或百分点（线性）表示，而不是${q.unitText}`,
        });
      } else if (role === 'rate' && q.unit.dim !== 'share') {
        ctx.report(field.span, {
          en: `a funding rate is a share in %, not ${q.unitText} (${dim.en})`,
          zh: `资金比例应以 % 表示，而不是${q.unitText}（${dim.zh}）`,
        });
      } else if (MONEY_ROLES.has(role) && q.unit.dim.split('/')[0] !== 'money') {
        // a price (元/千瓦时) is money too
        ctx.report(field.span, {
          en: `a funding ${role} is money (元), not ${q.unitText} (${dim.en})`,
          zh: `资金${role === 'cap' ? '上限' : '金额'}应以元计，而不是${q.unitText}（${dim.zh}）`,
        });
      }
    }
    // A total and its parts or subsets must be of one dimension.
    for (const ind of ctx.file.indicators.values()) {
      const unit = ind.unit && parseUnit(ind.unit.value);
      if (!unit) continue;
      for (const ref of [...ind.parts, ...ind.subsets]) {
        const part = ctx.scope.items.get(ref.id);
        if (part?.kind !== 'indicator' || !part.unit) continue;
        const pu = parseUnit(part.unit.value);
        if (pu && pu.dim !== unit.dim) {
          const pn = nameOfId(ref.id, ctx.scope),
            tn = nameOf(ind, ctx.scope);
          const pd = dimensionLabel(pu.dim),
            td = dimensionLabel(unit.dim);
          ctx.report(ref.span, {
            en: `${pn.en} is in ${pu.text} (${pd.en}), but its total ${tn.en} is in ${unit.text} (${td.en})`,
            zh: `${pn.zh}的单位是${pu.text}（${pd.zh}），但总量${tn.zh}的单位是${unit.text}（${td.zh}）`,
          });
        }
      }
    }
  },
};
