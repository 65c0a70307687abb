import { Lexer } from 'yaml';
import { defineRule } from './define';

/** The lexer's control tokens (document start, flow error end, scalar start): not text of the source. */
const CONTROL = new Set(['\u0002', '\u0018', '\u001f']);
/** A comment that opens with the drafter's marker: `# draft: the unit (…)`. */
const MARKER = /^#\s*draft:\s*/;

/**
 * draft-placeholder: a `# draft:` comment the drafter wrote on a placeholder (docs/draft.md) is still in
 * the plan, so CI flags an unfinished plan. Comments are found by the YAML lexer, so a `# draft:` inside
 * a quoted or plain value is text, not a placeholder.
 */
export const draftPlaceholder = defineRule({
  meta: {
    code: 'draft-placeholder',
    severity: 'warning',
    summary: {
      en: 'A placeholder the drafter marked with # draft: is not filled in',
      zh: '起草时以 # draft: 标出的占位内容尚未填写',
    },
    messages: {
      left: {
        en: 'unfinished draft: fill this in, then delete the comment ({what})',
        zh: '草稿尚未完成：请填写此处，然后删除该注释（{what}）',
      },
    },
  },
  check(ctx) {
    const text = ctx.file.text;
    if (!text.includes('draft:')) return;
    let offset = 0;
    for (const token of new Lexer().lex(text)) {
      if (token.startsWith('#') && MARKER.test(token)) {
        const what = token.replace(MARKER, '').trim();
        ctx.report({ start: offset, end: offset + token.length }, 'left', {
          what: what.length > 60 ? `${what.slice(0, 60)}…` : what,
        });
      }
      if (!CONTROL.has(token)) offset += token.length;
    }
  },
});
