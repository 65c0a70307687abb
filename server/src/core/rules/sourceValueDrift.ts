import { fmt } from '../quantity/quantity';
import { itemAnchorUses, backs, endsOf, sameYear, statedValue, type Stated } from '../sources/cited';
import type { TextNumber } from '../sources/textNumbers';
import { valueFix } from '../sources/valueFix';
import { defineRule } from './define';
import { sourceName } from '../model/names';

/** Whether the numbers of the text back a value of `year`: each end of a range value by some number's end. */
function backsValue(numbers: TextNumber[], v: Stated, year: number | undefined): boolean {
  const ends = numbers.filter(t => sameYear(t, year)).flatMap(endsOf);
  const stated = (n: number) => ends.some(t => backs(t, n, v.unit));
  return stated(v.n) && (v.hi === undefined || stated(v.hi));
}

/** source-value-drift: the anchored text states no number equal to the value it backs. */
export const sourceValueDrift = defineRule({
  meta: {
    code: 'source-value-drift',
    severity: 'warning',
    summary: {
      en: 'The anchored text states no number equal to the value it backs',
      zh: '引文中没有与该数值相符的数字',
    },
    messages: {
      // {otherYear}: the value's year, when the text ties its number to another; {states}: the text's numbers.
      inPara: {
        en: '{doc} ¶{para} states no number equal to {value}{otherYear}{states}',
        zh: '{doc}第{para}段中没有与{value}相符的数字{otherYear}{states}',
      },
      inQuote: {
        en: '{doc} ¶{para} (quoted text) states no number equal to {value}{otherYear}{states}',
        zh: '{doc}第{para}段的引文中没有与{value}相符的数字{otherYear}{states}',
      },
    },
    fixes: ['source-value'],
  },
  each(ctx, item) {
    const baselineYear = ctx.file.meta?.baselineYear?.value;
    for (const { anchor, values: fields } of itemAnchorUses(item, baselineYear, ctx.units)) {
      const r = ctx.anchor(anchor);
      if (r.status !== 'ok') continue;
      const numbers = r.matches.flatMap(m => r.doc.numbersIn(m, ctx.units));
      for (const b of fields) {
        const v = statedValue(b, ctx.units);
        if (!v || backsValue(numbers, v, b.year)) continue;
        const { n, hi, unit, q } = v;
        const raw = (t: TextNumber) => r.doc.text.slice(t.span.start, t.span.end);
        // For a baseline or target, a number the text ties to a year is shown with it.
        const tied = (t: TextNumber) => b.year !== undefined && t.year !== undefined;
        const stated = [...new Set(numbers.map(t => `${raw(t)}${tied(t) ? ` (${t.year})` : ''}`))].slice(0, 6);
        const statedZh = [...new Set(numbers.map(t => `${raw(t)}${tied(t) ? `（${t.year}年）` : ''}`))].slice(0, 6);
        const fix = valueFix(numbers, b, v);
        ctx.report(
          b.field.span,
          anchor.quote ? 'inQuote' : 'inPara',
          {
            doc: sourceName(anchor.doc!.id, ctx.scope),
            para: r.matches[0].para,
            value: `${fmt(n)}${hi !== undefined ? `-${fmt(hi)}` : ''}${q.unitText ?? unit?.text ?? ''}`,
            otherYear:
              b.year !== undefined && backsValue(numbers, v, undefined)
                ? {
                    en: ` for ${b.year} (its number there is tied to another year)`,
                    zh: `（${b.year}年；原文中的该数字属于其他年份）`,
                  }
                : '',
            states: stated.length
              ? { en: `; it states ${stated.join(', ')}`, zh: `；原文所列数字为${statedZh.join('、')}` }
              : '',
          },
          fix ? { kind: 'source-value', yaml: fix.yaml, shown: fix.shown } : undefined,
        );
      }
    }
  },
});
