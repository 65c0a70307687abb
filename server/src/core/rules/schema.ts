import { parseQuantity } from '../quantity/quantity';
import { schemaProblems } from '../schema/validate';
import type { Rule } from './context';
import { fieldOf, quantityFields } from './util';
import { anchorsOf } from './unknownReference';
import { nameOf } from './names';

/** schema: required fields, types, unknown fields, and the shapes JSON Schema cannot say. */
export const schema: Rule = {
  code: 'schema',
  check(ctx) {
    for (const p of schemaProblems(ctx.file.yaml.doc, ctx.file.yaml.js)) ctx.report(p.span, p.message);
    for (const { field, role } of quantityFields(ctx.file)) {
      if (typeof field.value !== 'string' && typeof field.value !== 'number') continue;
      const p = parseQuantity(field.value, fieldOf(role));
      if (!p.ok) ctx.report(field.span, p.error);
    }
    for (const ind of ctx.file.indicators.values()) {
      const n = nameOf(ind, ctx.scope);
      if (ind.targets.length === 0 && !ind.growth) {
        ctx.report(ind.keySpan, {
          en: `indicator ${n.en} needs at least one target or a growth`,
          zh: `指标${n.zh}至少需要一个目标（targets）或年均增长（growth）`,
        });
      }
      for (const t of ind.targets) {
        const y = t.year ? { en: `${t.year.value} `, zh: `${t.year.value}年` } : { en: '', zh: '' };
        const given = [t.value, t.change, t.text].filter(Boolean);
        if (!given.length) {
          ctx.report(t.span, {
            en: `the ${y.en}target of ${n.en} needs a value, a change or a text`,
            zh: `指标${n.zh}的${y.zh}目标需要填写 value、change 或 text`,
          });
        } else if (given.length > 1) {
          ctx.report(given[1]!.span, {
            en: 'a target has one of value, change and text, not several',
            zh: '目标只能有 value、change、text 之一，不能同时有多个',
          });
        }
      }
    }
    for (const a of anchorsOf(ctx)) {
      if (!a.shorthand && a.doc && !a.para && !a.quote) {
        ctx.report(a.span, { en: `a source anchor needs a para or a quote`, zh: `来源锚点需要 para 或 quote` });
      }
    }
  },
};
