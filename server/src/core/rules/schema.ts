import { parseQuantity } from '../quantity/quantity';
import { schemaProblems } from '../schema/validate';
import { itemAnchorUses } from '../sources/cited';
import { fieldOf, itemQuantityFields } from '../model/walk';
import { defineRule } from './define';
import { nameOf } from '../model/names';

/** schema: required fields, types, unknown fields, and the shapes JSON Schema cannot say. */
export const schema = defineRule({
  meta: {
    code: 'schema',
    severity: 'error',
    summary: {
      en: 'A required field is missing, a field has the wrong type, or an unknown field is used',
      zh: '缺少必填字段、字段类型错误或使用了未知字段',
    },
    messages: {
      // In the words of the schema validator (schema/validate.ts) and the quantity reader.
      validator: { en: '{problem}', zh: '{problem}' },
      quantity: { en: '{problem}', zh: '{problem}' },
      noTarget: {
        en: 'indicator {name} needs at least one target or a growth',
        zh: '指标{name}至少需要一个目标（targets）或年均增长（growth）',
      },
      emptyTarget: {
        en: 'the target of {name} needs a value, a change or a text',
        zh: '指标{name}的目标需要填写 value、change 或 text',
      },
      emptyYearTarget: {
        en: 'the {year} target of {name} needs a value, a change or a text',
        zh: '指标{name}的{year}年目标需要填写 value、change 或 text',
      },
      severalValues: {
        en: 'a target has one of value, change and text, not several',
        zh: '目标只能有 value、change、text 之一，不能同时有多个',
      },
      itemsWithoutValue: {
        en: "'items' lists what a value counts: a {field} target has no value to count",
        zh: '“items”列出 value 所计的各项：{field} 目标没有可计数的数值',
      },
      emptyActual: {
        en: 'the {year} actual of {name} needs a value, a change or a growth',
        zh: '指标{name}的{year}年实际值需要填写 value、change 或 growth',
      },
      severalActualValues: {
        en: 'an actual has one of value, change and growth, not several',
        zh: '实际值只能有 value、change、growth 之一，不能同时有多个',
      },
      bareAnchor: { en: 'a source anchor needs a para or a quote', zh: '来源锚点需要 para 或 quote' },
    },
  },
  check(ctx) {
    for (const p of schemaProblems(ctx.file.yaml.doc, ctx.file.yaml.js))
      ctx.report(p.span, 'validator', { problem: p.message });
  },
  each(ctx, item) {
    for (const { field, role } of itemQuantityFields(item)) {
      if (typeof field.value !== 'string' && typeof field.value !== 'number') continue;
      const p = parseQuantity(field.value, fieldOf(role), ctx.units);
      if (!p.ok) ctx.report(field.span, 'quantity', { problem: p.error });
    }
    if (item.kind === 'indicator') {
      const ind = item;
      const name = nameOf(ind, ctx.scope);
      if (ind.targets.length === 0 && !ind.growth) ctx.report(ind.keySpan, 'noTarget', { name });
      for (const t of ind.targets) {
        const given = [t.value, t.change, t.text].filter(Boolean);
        if (!given.length) {
          if (t.year) ctx.report(t.span, 'emptyYearTarget', { name, year: t.year.value });
          else ctx.report(t.span, 'emptyTarget', { name });
        } else if (given.length > 1) {
          ctx.report(given[1]!.span, 'severalValues');
        }
        if (t.items && !t.value && (t.change || t.text))
          ctx.report(t.items.keySpan, 'itemsWithoutValue', { field: t.change ? 'change' : 'text' });
      }
      for (const a of ind.actuals) {
        const given = [a.value, a.change, a.growth].filter(Boolean);
        if (!given.length) ctx.report(a.span, 'emptyActual', { name, year: a.year?.value ?? '?' });
        else if (given.length > 1) ctx.report(given[1]!.span, 'severalActualValues');
      }
    }
    for (const { anchor: a } of itemAnchorUses(item, undefined, undefined)) {
      if (!a.shorthand && a.doc && !a.para && !a.quote) ctx.report(a.span, 'bareAnchor');
    }
  },
});
