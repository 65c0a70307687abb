import { msg } from '../l10n/index';
import { MAX_PARAGRAPHS } from '../sources/document';
import type { ReadFailureCode } from '../sources/read/failure';
import { defineRule } from './define';

/**
 * source-missing: a source document that cannot be read, lies outside the workspace, is not text in
 * any encoding of the contract's *Text encodings*, or that its reader refuses (with the reason).
 * Reported once, on its entry.
 */
export const sourceMissing = defineRule({
  meta: {
    code: 'source-missing',
    severity: 'error',
    summary: {
      en: 'A source document cannot be read, lies outside the workspace, or is not text',
      zh: '来源文件无法读取、位于工作区之外或不是文本',
    },
    // By the reason the document was not read.
    messages: {
      missing: { en: 'source document {doc} cannot be read', zh: '来源文件{doc}无法读取' },
      outside: {
        en: 'source document {doc} lies outside the workspace and is not read',
        zh: '来源文件{doc}位于工作区之外，不予读取',
      },
      notText: {
        en: 'source document {doc} is not text in UTF-8, UTF-16 or GB18030',
        zh: '来源文件{doc}不是 UTF-8、UTF-16或GB18030编码的文本',
      },
      tooLarge: {
        en: 'source document {doc} is larger than the size limit for source documents',
        zh: '来源文件{doc}超过来源文件的大小限制',
      },
      unreadable: { en: 'source document {doc} cannot be read: {why}', zh: '来源文件{doc}无法读取：{why}' },
      unsupported: {
        en: 'source document {doc} is a {form} file, which is not read: save it as .docx, .html, .pdf or text',
        zh: '来源文件{doc}是 {form} 文件，不予读取：请另存为 .docx、.html、.pdf 或文本',
      },
      tooManyParagraphs: {
        en: 'source document {doc} has more than {max} paragraphs, the limit for source documents, and is not read',
        zh: '来源文件{doc}段落数超过来源文件的上限（{max}段），不予读取',
      },
    },
  },
  check(ctx) {
    const max = { en: MAX_PARAGRAPHS.toLocaleString('en'), zh: String(MAX_PARAGRAPHS) };
    for (const def of ctx.file.sources.values()) {
      const state = ctx.sourceStates.get(def.id);
      if (!state?.problem || state.def !== def || !def.path) continue;
      const title = def.title?.value.trim();
      const path = def.path.value;
      const doc = title
        ? { en: `'${title}' (${path})`, zh: `《${title}》（${path}）` }
        : { en: `'${path}'`, zh: `“${path}”` };
      const span = def.path.span;
      switch (state.problem.reason) {
        case 'outside':
          ctx.report(span, 'outside', { doc });
          break;
        case 'not-text':
          ctx.report(span, 'notText', { doc });
          break;
        case 'too-large':
          ctx.report(span, 'tooLarge', { doc });
          break;
        case 'unreadable':
          ctx.report(span, 'unreadable', { doc, why: msg(`read.${state.problem.detail as ReadFailureCode}`) });
          break;
        case 'unsupported':
          ctx.report(span, 'unsupported', { doc, form: state.problem.detail });
          break;
        case 'too-many-paragraphs':
          ctx.report(span, 'tooManyParagraphs', { doc, max });
          break;
        default:
          ctx.report(span, 'missing', { doc });
      }
    }
  },
});
