import { itemAnchorUses } from '../sources/cited';
import { defineRule, longText } from './define';
import { sourceName } from '../model/names';

/** source-anchor: a paragraph number out of range, or a quote not found. */
export const sourceAnchor = defineRule({
  meta: {
    code: 'source-anchor',
    severity: 'error',
    summary: { en: 'A paragraph number is out of range, or a quote is not found', zh: '段落号超出范围或引文未找到' },
    messages: {
      noSuchPara: { en: '{doc} has {count} paragraphs; there is no ¶{para}', zh: '{doc}共{count}段，没有第{para}段' },
      // {elsewhere}: the paragraphs the quote is in, when it is in the document.
      quoteNotFound: {
        en: longText(
          'quote not found in {doc} ',
          '(whitespace is ignored; punctuation, full-width forms and digits must match){elsewhere}',
        ),
        zh: '在{doc}中未找到该引文（忽略空白，但标点、全半角和数字须一致）{elsewhere}',
      },
      quoteNotInPara: {
        en: longText(
          'quote not found in {doc} ¶{para} ',
          '(whitespace is ignored; punctuation, full-width forms and digits must match){elsewhere}',
        ),
        zh: '在{doc}第{para}段中未找到该引文（忽略空白，但标点、全半角和数字须一致）{elsewhere}',
      },
    },
  },
  each(ctx, item) {
    for (const { anchor: a } of itemAnchorUses(item, undefined, undefined)) {
      const r = ctx.anchor(a);
      const doc = sourceName(a.doc?.id ?? '', ctx.scope);
      if (r.status === 'para-out-of-range') {
        ctx.report(a.para!.span, 'noSuchPara', { doc, count: r.count, para: r.para });
      } else if (r.status === 'quote-not-found') {
        const elsewhere = r.elsewhere.length
          ? { en: `; it is in ¶${r.elsewhere.join(', ¶')}`, zh: `；该引文位于第${r.elsewhere.join('、')}段` }
          : '';
        if (a.para) ctx.report(a.quote!.span, 'quoteNotInPara', { doc, para: a.para.value, elsewhere });
        else ctx.report(a.quote!.span, 'quoteNotFound', { doc, elsewhere });
      }
    }
  },
});
