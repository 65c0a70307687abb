import type { Msg } from '../diagnostics';
import { closest } from '../schema/validate';
import type { Rule, RuleContext } from './context';
import { referenceUses, type RefKind } from './util';
import type { AnchorDef } from '../model/types';
import { anchorUses } from '../sources/cited';
import { bareNameOf } from './names';

const KIND: Record<string, Msg> = {
  indicator: { en: 'indicator', zh: '指标' },
  goal: { en: 'goal', zh: '目标' },
  task: { en: 'task', zh: '任务' },
  funding: { en: 'funding clause', zh: '资金条款' },
  organization: { en: 'organization', zh: '机构' },
  source: { en: 'source document', zh: '来源文件' },
  item: { en: 'task or goal', zh: '任务或目标' },
};
const INCLUDE: Record<string, Msg> = {
  missing: { en: 'cannot be read', zh: '无法读取' },
  outside: { en: 'lies outside the workspace and is not read', zh: '位于工作区之外，不予读取' },
  cycle: { en: 'closes an include cycle', zh: '形成循环引入' },
  'not-text': { en: 'is not text in UTF-8, UTF-16 or GB18030', zh: '不是 UTF-8、UTF-16或GB18030编码的文本' },
  'too-large': { en: 'is larger than the size limit', zh: '超过大小限制' },
  broken: { en: 'has YAML syntax errors, so its ids cannot be used', zh: '有 YAML 语法错误，其中的标识无法使用' },
};

/** Where a reference stands, as a drafter says it. */
const ROLE_ZH: Record<string, string> = {
  'goal indicators': '目标所列指标（indicators）',
  parts: '分项（parts）',
  subsets: '其中项（subsets）',
  goals: '任务所属目标（goals）',
  supports: '资金支持对象（supports）',
};

const article = (w: string) => (/^[aeiou]/.test(w) ? 'an ' : 'a ') + w;

/** Every source anchor of the checked file (one enumeration: sources/cited.ts). */
export function anchorsOf(ctx: RuleContext): AnchorDef[] {
  return anchorUses(ctx.file).map(u => u.anchor);
}

/** unknown-reference: a reference that names nothing of the right kind; an include that cannot be used. */
export const unknownReference: Rule = {
  code: 'unknown-reference',
  check(ctx) {
    const { scope } = ctx;
    for (const p of ctx.includeProblems) {
      const why = INCLUDE[p.kind];
      const detail =
        p.kind === 'cycle'
          ? ` (${p.detail
              .split(' → ')
              .map(u => u.split('/').pop())
              .join(' → ')})`
          : '';
      ctx.report(p.entry.span, {
        en: `include '${p.entry.value}' ${why.en}${detail}`,
        zh: `引入的文件“${p.entry.value}”${why.zh}${detail}`,
      });
    }
    const candidates = (kind: RefKind): string[] => {
      if (kind === 'organization') return [...scope.orgNames.keys()];
      if (kind === 'source') return [...scope.sources.keys()];
      return [...scope.items.values()]
        .filter(i => (kind === 'item' ? i.kind === 'task' || i.kind === 'goal' : i.kind === kind))
        .map(i => i.id);
    };
    const missing = (id: string, span: { start: number; end: number }, kind: RefKind) => {
      const guess = closest(id, candidates(kind));
      const k = KIND[kind];
      ctx.report(
        span,
        {
          en: `no ${k.en} named '${id}'${guess ? `; did you mean '${guess}'?` : ''}`,
          zh: `没有名为“${id}”的${k.zh}${guess ? `；是否应为“${guess}”？` : ''}`,
        },
        guess ? { suggestion: guess } : undefined,
      );
    };
    for (const use of referenceUses(ctx.file)) {
      const { ref, expect } = use;
      if (expect === 'organization') {
        if (!scope.orgNames.has(ref.id)) missing(ref.id, ref.span, expect);
        continue;
      }
      const item = scope.items.get(ref.id);
      if (!item) {
        missing(ref.id, ref.span, expect);
        continue;
      }
      const ok = expect === 'item' ? (use.allowed as string[]).includes(item.kind) : item.kind === expect;
      if (!ok) {
        const is = KIND[item.kind],
          want = KIND[expect];
        // The id is what was written; the name says which item it is.
        const n = bareNameOf(item);
        const wants = want.en === 'task or goal' ? 'tasks or goals' : want.en + 's';
        ctx.report(ref.span, {
          en: `'${ref.id}' is ${article(is.en)}${n ? `, ${n.en}` : ''}, but ${use.role} must name ${wants}`,
          zh: `“${ref.id}”是${is.zh}${n ? n.zh : ''}，但${ROLE_ZH[use.role] ?? use.role}只能引用${want.zh}`,
        });
      }
    }
    for (const a of anchorsOf(ctx)) {
      if (a.doc && !scope.sources.has(a.doc.id)) missing(a.doc.id, a.doc.span, 'source');
    }
  },
};
