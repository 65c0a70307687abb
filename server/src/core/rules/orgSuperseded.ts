import type { Msg } from '../diagnostics';
import type { OrgDef } from '../model/types';
import type { Rule } from './context';
import { nameOf } from './names';
import { referenceUses } from './util';

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

/** org-superseded: an organization named after its `until` year; suggests its successor. */
export const orgSuperseded: Rule = {
  code: 'org-superseded',
  check(ctx) {
    const start = ctx.file.meta?.period?.first?.value;
    for (const use of referenceUses(ctx.file)) {
      if (use.expect !== 'organization' || use.role === 'successor') continue;
      const org = ctx.scope.orgNames.get(use.ref.id);
      const until = org?.until?.value;
      if (!org || until === undefined) continue;
      const due = use.dueYear;
      const late =
        start !== undefined && start > until
          ? { en: `this plan's period starts in ${start}`, zh: `本规划期始于${start}年` }
          : due !== undefined && due > until
            ? { en: `the task is due in ${due}`, zh: `该任务完成时限为${due}年` }
            : undefined;
      if (!late) continue;
      const succ = org.successor && ctx.scope.orgNames.get(org.successor.id);
      const succName = succ ? nameOf(succ, ctx.scope) : undefined;
      // Renamed or merged: the wording already names the successor; otherwise say who took over.
      const named = org.change?.value === 'renamed' || org.change?.value === 'merged';
      const next =
        succName && !named
          ? { en: `; its successor is ${succName.en}`, zh: `；其职能由${succName.zh}承接` }
          : { en: '', zh: '' };
      const n = nameOf(org, ctx.scope),
        what = fate(org, until, succName);
      ctx.report(
        use.ref.span,
        {
          en: `${n.en} ${what.en}, but ${late.en}${next.en}`,
          zh: `${n.zh}${what.zh}，但${late.zh}${next.zh}`,
        },
        succ ? { successor: succ.id } : undefined,
      );
    }
  },
};
