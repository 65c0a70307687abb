import type { Rule } from './context';
import { anchorsOf } from './unknownReference';
import { sourceName } from './names';

/** source-anchor: a paragraph number out of range, or a quote not found. */
export const sourceAnchor: Rule = {
  code: 'source-anchor',
  check(ctx) {
    for (const a of anchorsOf(ctx)) {
      const r = ctx.anchor(a);
      const name = sourceName(a.doc?.id ?? '', ctx.scope);
      if (r.status === 'para-out-of-range') {
        ctx.report(a.para!.span, {
          en: `${name.en} has ${r.count} paragraphs; there is no ¶${r.para}`,
          zh: `${name.zh}共${r.count}段，没有第${r.para}段`,
        });
      } else if (r.status === 'quote-not-found') {
        const hint = r.elsewhere.length
          ? { en: `; it is in ¶${r.elsewhere.join(', ¶')}`, zh: `；该引文位于第${r.elsewhere.join('、')}段` }
          : { en: '', zh: '' };
        const where = a.para ? { en: ` ¶${a.para.value}`, zh: `第${a.para.value}段` } : { en: '', zh: '' };
        ctx.report(
          a.quote!.span,
          {
            en: `quote not found in ${name.en}${where.en} (whitespace is ignored; punctuation, full-width forms and digits must match)${hint.en}`,
            zh: `在${name.zh}${where.zh}中未找到该引文（忽略空白，但标点、全半角和数字须一致）${hint.zh}`,
          },
          r.elsewhere.length ? { elsewhere: r.elsewhere } : undefined,
        );
      }
    }
  },
};
