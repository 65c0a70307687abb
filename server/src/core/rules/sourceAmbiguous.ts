import { itemAnchorUses } from '../sources/cited';
import { defineRule } from './define';
import { sourceName } from '../model/names';

/** source-ambiguous: a quote that matches more than one place. */
export const sourceAmbiguous = defineRule({
  meta: {
    code: 'source-ambiguous',
    severity: 'warning',
    summary: { en: 'A quote matches more than one place', zh: '引文匹配到多处' },
    messages: {
      // {paras}: the paragraphs it matches in.
      addPara: {
        en: 'quote matches {count} places in {doc} ({paras}): add para to pick one, or quote more of the text',
        zh: '引文在{doc}中匹配到{count}处（第{paras}段）：请添加 para 指定段落，或引用更长的原文',
      },
      quoteMore: {
        en: 'quote matches {count} places in {doc} ({paras}): quote more of the text',
        zh: '引文在{doc}中匹配到{count}处（第{paras}段）：请引用更长的原文',
      },
    },
  },
  each(ctx, item) {
    for (const { anchor: a } of itemAnchorUses(item, undefined, undefined)) {
      const r = ctx.anchor(a);
      if (r.status !== 'ok' || !a.quote || r.matches.length < 2) continue;
      const paras = [...new Set(r.matches.map(m => m.para))];
      ctx.report(a.quote.span, a.para ? 'quoteMore' : 'addPara', {
        count: r.matches.length,
        doc: sourceName(a.doc!.id, ctx.scope),
        paras: { en: `¶${paras.join(', ¶')}`, zh: paras.join('、') },
      });
    }
  },
});
