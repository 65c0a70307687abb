import { itemQuantityFields, quantityOf } from '../model/walk';
import { likelyUnit } from '../quantity/likelyUnit';
import { parseUnit } from '../quantity/units';
import type { Span } from '../text/lineIndex';
import { defineRule } from './define';
import { nameOf } from '../model/names';

/** unit-unknown: a unit that is not understood (an indicator's unit, or one written in a quantity). */
export const unitUnknown = defineRule({
  meta: {
    code: 'unit-unknown',
    severity: 'warning',
    summary: { en: 'A unit is not understood', zh: '无法识别的单位' },
    messages: {
      unknown: { en: "unknown unit '{unit}'", zh: '无法识别的单位“{unit}”' },
      didYouMean: {
        en: "unknown unit '{unit}'; did you mean '{guess}'?",
        zh: '无法识别的单位“{unit}”，是否应为“{guess}”？',
      },
      // A value's other checks read it in the likely unit (analysis.ts); say so where the user looks.
      readAs: {
        en: "unknown unit '{unit}'; did you mean '{guess}'? The other checks read it as '{guess}'.",
        zh: '无法识别的单位“{unit}”，是否应为“{guess}”？其他校验暂按“{guess}”处理',
      },
      unknownWord: {
        en: `'{word}' in "{text}" is not understood, so its number is not checked`,
        zh: '“{text}”中的“{word}”无法识别，其数值未参与校验',
      },
      wordsClash: {
        en: 'the words of "{text}" admit no value together ({words})',
        zh: '“{text}”中的比较词（{words}）相互矛盾，不允许任何数值',
      },
      noBaseline: {
        en: '"{text}" is a multiple of the baseline, and {name} has none',
        zh: '“{text}”是基期值的倍数，但指标{name}没有基期值',
      },
    },
    fixes: ['unit'],
  },
  each(ctx, item) {
    const report = (span: Span, unit: string, dim?: string, value = false) => {
      const guess = likelyUnit(unit, dim, ctx.units);
      if (!guess) ctx.report(span, 'unknown', { unit });
      else
        ctx.report(span, value ? 'readAs' : 'didYouMean', { unit, guess }, { kind: 'unit', unit, suggestion: guess });
    };
    if (item.kind === 'indicator' && item.unit && !parseUnit(item.unit.value, ctx.units))
      report(item.unit.span, item.unit.value);
    for (const { field, role, indicator } of itemQuantityFields(item)) {
      const q = quantityOf(field, role, ctx.units);
      if (!q) continue;
      const text = String(field.value);
      if (q.unitText && !q.unit && q.scale === undefined) {
        report(
          field.span,
          q.unitText,
          indicator?.unit && parseUnit(indicator.unit.value, ctx.units)?.dim,
          role === 'value',
        );
      } else if (q.unknown !== undefined) {
        if (q.unknown) ctx.report(field.span, 'unknownWord', { word: q.unknown, text });
        else ctx.report(field.span, 'wordsClash', { text, words: { en: q.words.join(', '), zh: q.words.join('、') } });
      } else if (q.multiple !== undefined && role === 'value' && indicator && !indicator.baseline?.value) {
        ctx.report(field.span, 'noBaseline', { text, name: nameOf(indicator, ctx.scope) });
      }
    }
  },
});
