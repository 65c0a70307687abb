import { baseUnitNames, parseUnit } from '../quantity/units';
import { closest } from '../schema/validate';
import type { Rule } from './context';
import { quantityFields, quantityOf } from './util';

let known: string[] | undefined;
/** Common written forms of units, for "did you mean". */
function knownUnits(): string[] {
  known ??= baseUnitNames().flatMap(b => ['', '万', '亿', '千', '百', '万亿'].map(p => p + b)).filter(u => parseUnit(u));
  return known;
}

/** unit-unknown: a unit that is not understood (an indicator's unit, or one written in a quantity). */
export const unitUnknown: Rule = {
  code: 'unit-unknown',
  check(ctx) {
    const report = (span: { start: number; end: number }, unit: string) => {
      const guess = closest(unit, knownUnits(), 1);
      ctx.report(span, {
        en: `unknown unit '${unit}'${guess ? `; did you mean '${guess}'?` : ''}`,
        zh: `无法识别的单位“${unit}”${guess ? `；是否应为“${guess}”？` : ''}`,
      }, guess ? { suggestion: guess, unit } : { unit });
    };
    for (const ind of ctx.file.indicators.values()) {
      if (ind.unit && !parseUnit(ind.unit.value)) report(ind.unit.span, ind.unit.value);
    }
    for (const { field } of quantityFields(ctx.file)) {
      const q = quantityOf(field);
      if (q?.unitText && !q.unit) report(field.span, q.unitText);
    }
  },
};
