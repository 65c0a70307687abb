import type { FixData, Msg } from '../diagnostics';
import { fileReferenceUses, itemReferenceUses, type RefKind, type RefUse } from '../model/walk';
import type { RuleContext } from './context';
import { itemAnchorUses } from '../sources/cited';
import type { Span } from '../text/lineIndex';
import { closest } from '../text/closest';
import { defineRule } from './define';
import { bareNameOf } from '../model/names';

const KIND: Record<string, Msg> = {
  indicator: { en: 'indicator', zh: '指标' },
  goal: { en: 'goal', zh: '目标' },
  task: { en: 'task', zh: '任务' },
  funding: { en: 'funding clause', zh: '资金条款' },
  organization: { en: 'organization', zh: '机构' },
  source: { en: 'source document', zh: '来源文件' },
  item: { en: 'task or goal', zh: '任务或目标' },
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
const fileName = (uri: string) => uri.split('/').pop();

const MESSAGES = {
  // By why the include cannot be used.
  includeMissing: { en: "include '{include}' cannot be read", zh: '引入的文件“{include}”无法读取' },
  includeOutside: {
    en: "include '{include}' lies outside the workspace and is not read",
    zh: '引入的文件“{include}”位于工作区之外，不予读取',
  },
  includeCycle: {
    en: "include '{include}' closes an include cycle ({cycle})",
    zh: '引入的文件“{include}”形成循环引入 ({cycle})',
  },
  includeNotText: {
    en: "include '{include}' is not text in UTF-8, UTF-16 or GB18030",
    zh: '引入的文件“{include}”不是 UTF-8、UTF-16或GB18030编码的文本',
  },
  includeTooLarge: {
    en: "include '{include}' is larger than the size limit",
    zh: '引入的文件“{include}”超过大小限制',
  },
  includeBroken: {
    en: "include '{include}' has YAML syntax errors, so its ids cannot be used",
    zh: '引入的文件“{include}”有 YAML 语法错误，其中的标识无法使用',
  },
  // A link (aligns, allocated_to): {plan} as written.
  linkSelf: {
    en: "'{id}' is this very indicator: a link names the indicator of another plan, or another one of this plan",
    zh: '“{id}”就是本指标：衔接或分解应指向其他规划的指标，或本规划的其他指标',
  },
  linkNoIndicator: {
    en: "plan '{plan}' defines no indicator named '{id}'",
    zh: '规划“{plan}”中没有名为“{id}”的指标',
  },
  linkNoIndicatorDidYouMean: {
    en: "plan '{plan}' defines no indicator named '{id}'; did you mean '{guess}'?",
    zh: '规划“{plan}”中没有名为“{id}”的指标；是否应为“{guess}”？',
  },
  linkMissing: { en: "linked plan '{plan}' cannot be read", zh: '衔接的规划“{plan}”无法读取' },
  linkOutside: {
    en: "linked plan '{plan}' lies outside the workspace and is not read",
    zh: '衔接的规划“{plan}”位于工作区之外，不予读取',
  },
  linkNotAFile: {
    en: "linked plan '{plan}' is not a regular file and is not read",
    zh: '衔接的规划“{plan}”不是普通文件，不予读取',
  },
  linkNotText: {
    en: "linked plan '{plan}' is not text in UTF-8, UTF-16 or GB18030",
    zh: '衔接的规划“{plan}”不是 UTF-8、UTF-16或GB18030编码的文本',
  },
  linkTooLarge: {
    en: "linked plan '{plan}' is larger than the size limit",
    zh: '衔接的规划“{plan}”超过大小限制',
  },
  linkBroken: {
    en: "linked plan '{plan}' has YAML syntax errors, so its indicators cannot be used",
    zh: '衔接的规划“{plan}”有 YAML 语法错误，其中的指标无法使用',
  },
  linkNotPlan: {
    en: "'{plan}' is not a plan file (a *.plan.yaml with a plan section)",
    zh: '“{plan}”不是规划文件（带 plan 节的 *.plan.yaml）',
  },
  // {kind}: what it should name (indicator, goal, task, organization, source document, task or goal).
  noSuch: { en: "no {kind} named '{id}'", zh: '没有名为“{id}”的{kind}' },
  noSuchDidYouMean: {
    en: "no {kind} named '{id}'; did you mean '{guess}'?",
    zh: '没有名为“{id}”的{kind}；是否应为“{guess}”？',
  },
  // {role}: the field that holds the reference; {kind}: what the id is; {wanted}: what the field names.
  wrongKind: {
    en: "'{id}' is {kind}, but {role} must name {wanted}",
    zh: '“{id}”是{kind}，但{role}只能引用{wanted}',
  },
  wrongKindNamed: {
    en: "'{id}' is {kind}, {name}, but {role} must name {wanted}",
    zh: '“{id}”是{kind}{name}，但{role}只能引用{wanted}',
  },
} as const;
type Ctx = RuleContext<typeof MESSAGES, Extract<FixData, { kind: 'suggestion' }>>;

/** Reports an id that names nothing of its kind, with the nearest defined one as the fix. */
function missing(ctx: Ctx, id: string, span: Span, kind: RefKind): void {
  const { scope } = ctx;
  const candidates = (kind: RefKind): string[] => {
    if (kind === 'organization') return [...scope.orgNames.keys()];
    if (kind === 'source') return [...scope.sources.keys()];
    return [...scope.items.values()]
      .filter(i => (kind === 'item' ? i.kind === 'task' || i.kind === 'goal' : i.kind === kind))
      .map(i => i.id);
  };
  const guess = closest(id, candidates(kind));
  if (guess) ctx.report(span, 'noSuchDidYouMean', { kind: KIND[kind], id, guess }, { kind: 'suggestion', id: guess });
  else ctx.report(span, 'noSuch', { kind: KIND[kind], id });
}

/** Each reference of `uses` must name something of the kind it expects. */
function checkUses(ctx: Ctx, uses: Iterable<RefUse>): void {
  const { scope } = ctx;
  for (const use of uses) {
    const { ref, expect } = use;
    if (expect === 'organization') {
      if (!scope.orgNames.has(ref.id)) missing(ctx, ref.id, ref.span, expect);
      continue;
    }
    const item = scope.items.get(ref.id);
    if (!item) {
      missing(ctx, ref.id, ref.span, expect);
      continue;
    }
    const ok = expect === 'item' ? (use.allowed as string[]).includes(item.kind) : item.kind === expect;
    if (!ok) {
      const is = KIND[item.kind],
        want = KIND[expect];
      const values = {
        id: ref.id,
        kind: { en: article(is.en), zh: is.zh },
        role: { en: use.role, zh: ROLE_ZH[use.role] ?? use.role },
        wanted: { en: want.en === 'task or goal' ? 'tasks or goals' : `${want.en}s`, zh: want.zh },
      };
      // The id is what was written; the name says which item it is.
      const name = bareNameOf(item);
      if (name) ctx.report(ref.span, 'wrongKindNamed', { ...values, name });
      else ctx.report(ref.span, 'wrongKind', values);
    }
  }
}

/** unknown-reference: a reference that names nothing of the right kind; an include that cannot be used. */
export const unknownReference = defineRule({
  meta: {
    code: 'unknown-reference',
    severity: 'error',
    summary: {
      en: 'A reference names nothing of the right kind, or an include cannot be used',
      zh: '引用的对象不存在或类型不符，或引入文件无法使用',
    },
    messages: MESSAGES,
    fixes: ['suggestion'],
  },
  check(ctx) {
    const INCLUDE = {
      missing: 'includeMissing',
      outside: 'includeOutside',
      'not-text': 'includeNotText',
      'too-large': 'includeTooLarge',
      broken: 'includeBroken',
    } as const;
    for (const p of ctx.includeProblems) {
      const include = p.entry.value;
      if (p.kind === 'cycle') {
        const cycle = p.detail.split(' → ').map(fileName).join(' → ');
        ctx.report(p.entry.span, 'includeCycle', { include, cycle });
      } else ctx.report(p.entry.span, INCLUDE[p.kind], { include });
    }
    checkUses(ctx, fileReferenceUses(ctx.file));
    const LINK = {
      missing: 'linkMissing',
      outside: 'linkOutside',
      'not-a-file': 'linkNotAFile',
      'not-text': 'linkNotText',
      'too-large': 'linkTooLarge',
      broken: 'linkBroken',
      'not-a-plan': 'linkNotPlan',
    } as const;
    for (const l of ctx.links.links) {
      const { plan, indicator } = l.link;
      if (!l.problem || !indicator) continue;
      const id = indicator.value;
      if (l.problem === 'self') ctx.report(indicator.span, 'linkSelf', { id });
      else if (l.problem === 'no-indicator' && !l.plan) missing(ctx, id, indicator.span, 'indicator');
      else if (l.problem === 'no-indicator') {
        const ids = [...l.plan!.items.values()].filter(i => i.kind === 'indicator').map(i => i.id);
        const guess = closest(id, ids),
          values = { plan: plan!.value, id };
        if (guess)
          ctx.report(
            indicator.span,
            'linkNoIndicatorDidYouMean',
            { ...values, guess },
            { kind: 'suggestion', id: guess },
          );
        else ctx.report(indicator.span, 'linkNoIndicator', values);
      } else if (plan) ctx.report(plan.span, LINK[l.problem], { plan: plan.value });
    }
  },
  each(ctx, item) {
    checkUses(ctx, itemReferenceUses(item));
    for (const { anchor: a } of itemAnchorUses(item, undefined, undefined)) {
      if (a.doc && !ctx.scope.sources.has(a.doc.id)) missing(ctx, a.doc.id, a.doc.span, 'source');
    }
  },
});
