import type { Msg } from '../diagnostics';
import { MAX_PARAGRAPHS } from '../sources/document';
import type { Rule } from './context';

const MAX = MAX_PARAGRAPHS.toLocaleString('en');

const WHY: Record<string, Msg> = {
  missing: { en: 'cannot be read', zh: '无法读取' },
  outside: { en: 'lies outside the workspace and is not read', zh: '位于工作区之外，不予读取' },
  'not-text': { en: 'is not text in UTF-8, UTF-16 or GB18030', zh: '不是 UTF-8、UTF-16或GB18030编码的文本' },
  'too-large': { en: 'is larger than the size limit for source documents', zh: '超过来源文件的大小限制' },
  'too-many-paragraphs': {
    en: `has more than ${MAX} paragraphs, the limit for source documents, and is not read`,
    zh: `段落数超过来源文件的上限（${MAX_PARAGRAPHS}段），不予读取`,
  },
};

/**
 * source-missing: a source document that cannot be read, lies outside the workspace, or is not text in
 * any encoding of the contract's *Text encodings*. Reported once, on its entry.
 */
export const sourceMissing: Rule = {
  code: 'source-missing',
  check(ctx) {
    for (const def of ctx.file.sources.values()) {
      const state = ctx.sourceStates.get(def.id);
      if (!state?.problem || state.def !== def || !def.path) continue;
      const why = WHY[state.problem.reason] ?? WHY.missing;
      const title = def.title?.value.trim();
      const shown = title
        ? { en: `'${title}' (${def.path.value})`, zh: `“${title}”（${def.path.value}）` }
        : { en: `'${def.path.value}'`, zh: `“${def.path.value}”` };
      ctx.report(def.path.span, { en: `source document ${shown.en} ${why.en}`, zh: `来源文件${shown.zh}${why.zh}` });
    }
  },
};
