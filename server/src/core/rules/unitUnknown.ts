import { likelyUnit } from '../quantity/likelyUnit';
import { parseUnit } from '../quantity/units';
import type { Rule } from './context';
import { quantityFields, quantityOf } from './util';
import { nameOf } from './names';

/** unit-unknown: a unit that is not understood (an indicator's unit, or one written in a quantity). */
export const unitUnknown: Rule = {
  code: 'unit-unknown',
  check(ctx) {
    const report = (span: { start: number; end: number }, unit: string, dim?: string, value = false) => {
      const guess = likelyUnit(unit, dim);
      // A value's other checks read it in the likely unit (analysis.ts); say so where the user looks.
      const checked =
        guess && value
          ? { en: ` The other checks read it as '${guess}'.`, zh: `其他校验暂按“${guess}”处理` }
          : { en: '', zh: '' };
      ctx.report(
        span,
        {
          en: `unknown unit '${unit}'${guess ? `; did you mean '${guess}'?` : ''}${checked.en}`,
          zh: `无法识别的单位“${unit}”${guess ? `，是否应为“${guess}”？` : ''}${checked.zh}`,
        },
        guess ? { suggestion: guess, unit } : { unit },
      );
    };
    for (const ind of ctx.file.indicators.values()) {
      if (ind.unit && !parseUnit(ind.unit.value)) report(ind.unit.span, ind.unit.value);
    }
    for (const { field, role, indicator } of quantityFields(ctx.file)) {
      const q = quantityOf(field, role);
      if (!q) continue;
      if (q.unitText && !q.unit && q.scale === undefined) {
        report(field.span, q.unitText, indicator?.unit && parseUnit(indicator.unit.value)?.dim, role === 'value');
      } else if (q.unknown !== undefined) {
        ctx.report(
          field.span,
          q.unknown
            ? {
                en: `'${q.unknown}' in "${String(field.value)}" is not understood, so its number is not checked`,
                zh: `“${String(field.value)}”中的“${q.unknown}”无法识别，其数值未参与校验`,
              }
            : {
                en: `the words of "${String(field.value)}" admit no value together (${q.words.join(', ')})`,
                zh: `“${String(field.value)}”中的比较词（${q.words.join('、')}）相互矛盾，不允许任何数值`,
              },
          { words: q.unknown },
        );
      } else if (q.multiple !== undefined && role === 'value' && indicator && !indicator.baseline?.value) {
        const n = nameOf(indicator, ctx.scope);
        ctx.report(field.span, {
          en: `"${String(field.value)}" is a multiple of the baseline, and ${n.en} has none`,
          zh: `“${String(field.value)}”是基期值的倍数，但指标${n.zh}没有基期值`,
        });
      }
    }
  },
};
