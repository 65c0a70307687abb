import { fmt } from '../quantity/quantity';
import { anchorUses, backs, statedValue } from '../sources/cited';
import type { Rule } from './context';

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
        if (!v) continue;
        const { n, unit, q } = v;
        if (numbers.some(t => backs(t, n, unit))) continue;
        const stated = [...new Set(numbers.map(t => r.doc.text.slice(t.span.start, t.span.end)))].slice(0, 6);
        const where = `'${anchor.doc!.id}' ¶${r.matches[0].para}${anchor.quote ? ' (quoted text)' : ''}`;
        const whereZh = `“${anchor.doc!.id}”第 ${r.matches[0].para} 段${anchor.quote ? '（引文）' : ''}`;
        const value = `${fmt(n)}${q.unitText ?? unit?.text ?? ''}`;
        ctx.report(b.field.span, {
          en: `${where} states no number equal to ${value}${stated.length ? `; it states ${stated.join(', ')}` : ''}`,
          zh: `${whereZh}中没有与 ${value} 相符的数字${stated.length ? `；原文为 ${stated.join('、')}` : ''}`,
        });
      }
    }
  },
};
