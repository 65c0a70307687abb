import type { FixData, Msg } from '../diagnostics';
import type { OrgDef } from '../model/types';
import { fileReferenceUses, itemReferenceUses, type RefUse } from '../model/walk';
import type { RuleContext } from './context';
import { defineRule } from './define';
import { nameOf } from '../model/names';

/**
 * What became of a body after its `until` year, in the registry's words (`change`, beyond the contract):
 * renamed (更名), merged into its successor (并入), abolished (撤销); without `change`, a neutral wording.
 */
function fate(org: OrgDef, until: number, succ: Msg | undefined): Msg {
  switch (org.change?.value) {
    case 'renamed':
      return succ
        ? { en: `was renamed ${succ.en} after ${until}`, zh: `${until}年后已更名为${succ.zh}` }
        : { en: `was renamed after ${until}`, zh: `${until}年后已更名` };
    case 'merged':
      return succ
        ? { en: `was merged into ${succ.en} after ${until}`, zh: `${until}年后已并入${succ.zh}` }
        : { en: `was merged into another body after ${until}`, zh: `${until}年后已合并` };
    case 'abolished':
      return { en: `was abolished after ${until}`, zh: `${until}年后已撤销` };
    default:
      return { en: `ceased to exist after ${until}`, zh: `${until}年后已不再存在` };
  }
}

const MESSAGES = {
  // {fate}: what became of it and when; {successor}: who took over, when {fate} does not say.
  beforePeriod: {
    en: "{name} {fate}, but this plan's period starts in {start}{successor}",
    zh: '{name}{fate}，但本规划期始于{start}年{successor}',
  },
  beforeDue: {
    en: '{name} {fate}, but the task is due in {due}{successor}',
    zh: '{name}{fate}，但该任务完成时限为{due}年{successor}',
  },
} as const;

/** One reference to an organization, named after its `until` year: reported, with its successor as the fix. */
function superseded(ctx: RuleContext<typeof MESSAGES, Extract<FixData, { kind: 'successor' }>>, use: RefUse): void {
  const start = ctx.file.meta?.period?.first?.value;
  if (use.expect !== 'organization' || use.role === 'successor') return;
  const org = ctx.scope.orgNames.get(use.ref.id);
  const until = org?.until?.value;
  if (!org || until === undefined) return;
  const due = use.dueYear;
  const afterStart = start !== undefined && start > until;
  if (!afterStart && !(due !== undefined && due > until)) return;
  const succ = org.successor && ctx.scope.orgNames.get(org.successor.id);
  const succName = succ ? nameOf(succ, ctx.scope) : undefined;
  // Renamed or merged: the wording already names the successor; otherwise say who took over.
  const named = org.change?.value === 'renamed' || org.change?.value === 'merged';
  const values = {
    name: nameOf(org, ctx.scope),
    fate: fate(org, until, succName),
    successor:
      succName && !named ? { en: `; its successor is ${succName.en}`, zh: `；其职能由${succName.zh}承接` } : '',
  };
  const fix = succ ? ({ kind: 'successor', id: succ.id } as const) : undefined;
  if (afterStart) ctx.report(use.ref.span, 'beforePeriod', { ...values, start: start! }, fix);
  else ctx.report(use.ref.span, 'beforeDue', { ...values, due: due! }, fix);
}

/** org-superseded: an organization named after its `until` year; suggests its successor. */
export const orgSuperseded = defineRule({
  meta: {
    code: 'org-superseded',
    severity: 'warning',
    summary: { en: 'An organization is named after it ceased to exist', zh: '引用了已撤销、更名或合并的机构' },
    messages: MESSAGES,
    fixes: ['successor'],
  },
  check(ctx) {
    for (const use of fileReferenceUses(ctx.file)) superseded(ctx, use);
  },
  each(ctx, item) {
    for (const use of itemReferenceUses(item)) superseded(ctx, use);
  },
});
