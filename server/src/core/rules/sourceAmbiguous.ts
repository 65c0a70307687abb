import type { Rule } from './context';
import { anchorsOf } from './unknownReference';
import { sourceName } from './names';

/** source-ambiguous: a quote that matches more than one place. */
export const sourceAmbiguous: Rule = {
  code: 'source-ambiguous',
  check(ctx) {
    for (const a of anchorsOf(ctx)) {
      const r = ctx.anchor(a);
      if (r.status !== 'ok' || !a.quote || r.matches.length < 2) continue;
      const paras = [...new Set(r.matches.map(m => m.para))];
      const fix = a.para
        ? { en: 'quote more of the text', zh: '请引用更长的原文' }
        : { en: 'add para to pick one, or quote more of the text', zh: '请添加 para 指定段落，或引用更长的原文' };
      const doc = sourceName(a.doc!.id, ctx.scope);
      ctx.report(
        a.quote.span,
        {
          en: `quote matches ${r.matches.length} places in ${doc.en} (¶${paras.join(', ¶')}): ${fix.en}`,
          zh: `引文在${doc.zh}中匹配到${r.matches.length}处（第${paras.join('、')}段）：${fix.zh}`,
        },
        { paras },
      );
    }
  },
};
