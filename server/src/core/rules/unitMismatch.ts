import { itemQuantityFields, quantityOf } from '../model/walk';
import { dimensionLabel, parseUnit } from '../quantity/units';
import { defineRule } from './define';
import { byTotal } from '../model/groups';
import { nameOf, nameOfId } from '../model/names';
import { linkedName, linkFileName } from '../model/linkNames';

// A threshold is a condition in any unit (亩, 吨标准煤, 亿美元), compared with nothing: not here.
const MONEY_ROLES = new Set(['amount', 'cap', 'tier']);

/** unit-mismatch: quantities that must be compared have different dimensions. */
export const unitMismatch = defineRule({
  meta: {
    code: 'unit-mismatch',
    severity: 'error',
    summary: { en: 'Quantities that must be compared have different dimensions', zh: '需要比较的数量量纲不一致' },
    messages: {
      // {dimension}, {wanted}: a dimension's name (dimensionLabel).
      value: {
        en: '{value} is {dimension}, but {name} is measured in {unit} ({wanted})',
        zh: '{value}的量纲是{dimension}，但指标{name}的单位是{unit}（{wanted}）',
      },
      growth: {
        en: 'a growth is written in % (compound) or 百分点 (linear), not {unit}',
        zh: '年均增长应以 %（复合）或百分点（线性）表示，而不是{unit}',
      },
      rate: {
        en: 'a funding rate is a share in %, not {unit} ({dimension})',
        zh: '资金比例应以 % 表示，而不是{unit}（{dimension}）',
      },
      // {role}: amount, cap, tier.
      money: {
        en: 'a funding {role} is money (元), not {unit} ({dimension})',
        zh: '资金{role}应以元计，而不是{unit}（{dimension}）',
      },
      // {file}: the other plan, relative to this one.
      link: {
        en: '{other} in {file} is in {otherUnit} ({otherDimension}), but {name} is in {unit} ({dimension})',
        zh: '{file}中的{other}单位是{otherUnit}（{otherDimension}），但{name}的单位是{unit}（{dimension}）',
      },
      part: {
        en: '{part} is in {partUnit} ({partDimension}), but its total {name} is in {unit} ({dimension})',
        zh: '{part}的单位是{partUnit}（{partDimension}），但总量{name}的单位是{unit}（{dimension}）',
      },
    },
  },
  each(ctx, item) {
    for (const { role, field, indicator } of itemQuantityFields(item)) {
      const q = quantityOf(field, role, ctx.units);
      if (!q?.unit) continue;
      const dimension = dimensionLabel(q.unit.dim);
      const written = `${q.unitText}`;
      if (role === 'value' && indicator) {
        const unit = indicator.unit && parseUnit(indicator.unit.value, ctx.units);
        if (unit && unit.dim !== q.unit.dim) {
          ctx.report(field.span, 'value', {
            value: `${q.number}${written}`,
            dimension,
            name: nameOf(indicator, ctx.scope),
            unit: unit.text,
            wanted: dimensionLabel(unit.dim),
          });
        }
      } else if (role === 'growth' && q.unit.dim !== 'share' && q.unit.dim !== 'pp') {
        ctx.report(field.span, 'growth', { unit: written });
      } else if (role === 'rate' && q.unit.dim !== 'share') {
        ctx.report(field.span, 'rate', { unit: written, dimension });
      } else if (MONEY_ROLES.has(role) && q.unit.dim.split('/')[0] !== 'money') {
        // a price (元/千瓦时) is money too
        const what = { en: role, zh: role === 'cap' ? '上限' : '金额' };
        ctx.report(field.span, 'money', { role: what, unit: written, dimension });
      }
    }
  },
  across: {
    // A total and its parts or subsets must be of one dimension.
    groups: byTotal,
    check(ctx, group) {
      const ind = group.joined[0];
      const unit = ind.kind === 'indicator' && ind.unit && parseUnit(ind.unit.value, ctx.units);
      if (ind.kind !== 'indicator' || !unit) return;
      for (const ref of [...ind.parts, ...ind.subsets]) {
        const part = ctx.scope.items.get(ref.id);
        if (part?.kind !== 'indicator' || !part.unit) continue;
        const pu = parseUnit(part.unit.value, ctx.units);
        if (pu && pu.dim !== unit.dim) {
          ctx.report(ref.span, 'part', {
            part: nameOfId(ref.id, ctx.scope),
            partUnit: pu.text,
            partDimension: dimensionLabel(pu.dim),
            name: nameOf(ind, ctx.scope),
            unit: unit.text,
            dimension: dimensionLabel(unit.dim),
          });
        }
      }
    },
  },
  check(ctx) {
    // An indicator and the one it carries down, or a total and the parts it is allocated to: one dimension.
    for (const l of ctx.links.links) {
      const unit = l.owner.unit && parseUnit(l.owner.unit.value, ctx.units);
      const other = l.target?.unit && parseUnit(l.target.unit.value, ctx.units);
      if (!unit || !other || unit.dim === other.dim) continue;
      ctx.report(l.link.indicator!.span, 'link', {
        other: linkedName(l, ctx.scope.items),
        file: linkFileName(ctx.file.uri, l.target!.uri),
        otherUnit: other.text,
        otherDimension: dimensionLabel(other.dim),
        name: nameOf(l.owner, ctx.scope),
        unit: unit.text,
        dimension: dimensionLabel(unit.dim),
      });
    }
  },
});
