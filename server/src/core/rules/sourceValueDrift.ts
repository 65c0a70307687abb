import { fmt } from '../quantity/quantity';
import { anchorUses, backs, endsOf, sameYear, statedValue, type Stated } from '../sources/cited';
import type { TextNumber } from '../sources/textNumbers';
import { valueFix } from '../sources/valueFix';
import type { Rule } from './context';
import { sourceName } from './names';

/** Whether the numbers of the text back a value of `year`: each end of a range value by some number's end. */
export function backsValue(numbers: TextNumber[], v: Stated, year: number | undefined): boolean {
  const ends = numbers.filter(t => sameYear(t, year)).flatMap(endsOf);
  const stated = (n: number) => ends.some(t => backs(t, n, v.unit));
  return stated(v.n) && (v.hi === undefined || stated(v.hi));
}

/** source-value-drift: the anchored text states no number equal to the value it backs. */
export const sourceValueDrift: Rule = {
  code: 'source-value-drift',
  check(ctx) {
    for (const { anchor, values: fields } of anchorUses(ctx.file)) {
      const r = ctx.anchor(anchor);
      if (r.status !== 'ok') continue;
      const numbers = r.matches.flatMap(m => r.doc.numbersIn(m));
      for (const b of fields) {
        const v = statedValue(b);
        if (!v || backsValue(numbers, v, b.year)) continue;
        const { n, hi, unit, q } = v;
        const raw = (t: TextNumber) => r.doc.text.slice(t.span.start, t.span.end);
        // For a baseline or target, a number the text ties to a year is shown with it.
        const tied = (t: TextNumber) => b.year !== undefined && t.year !== undefined;
        const shown = (t: TextNumber) => `${raw(t)}${tied(t) ? ` (${t.year})` : ''}`;
        const shownZh = (t: TextNumber) => `${raw(t)}${tied(t) ? `（${t.year}年）` : ''}`;
        const stated = [...new Set(numbers.map(shown))].slice(0, 6);
        const statedZh = [...new Set(numbers.map(shownZh))].slice(0, 6);
        const doc = sourceName(anchor.doc!.id, ctx.scope);
        const where = `${doc.en} ¶${r.matches[0].para}${anchor.quote ? ' (quoted text)' : ''}`;
        const whereZh = `${doc.zh}第${r.matches[0].para}段${anchor.quote ? '的引文' : ''}`;
        const value = `${fmt(n)}${hi !== undefined ? `-${fmt(hi)}` : ''}${q.unitText ?? unit?.text ?? ''}`;
        const otherYear =
          b.year !== undefined && backsValue(numbers, v, undefined)
            ? {
                en: ` for ${b.year} (its number there is tied to another year)`,
                zh: `（${b.year}年；原文中的该数字属于其他年份）`,
              }
            : { en: '', zh: '' };
        const states = stated.length
          ? { en: `; it states ${stated.join(', ')}`, zh: `；原文所列数字为${statedZh.join('、')}` }
          : { en: '', zh: '' };
        const fix = valueFix(numbers, b, v);
        ctx.report(
          b.field.span,
          {
            en: `${where} states no number equal to ${value}${otherYear.en}${states.en}`,
            zh: `${whereZh}中没有与${value}相符的数字${otherYear.zh}${states.zh}`,
          },
          fix ? { sourceValue: fix.yaml, sourceValueShown: fix.shown } : undefined,
        );
      }
    }
  },
};
