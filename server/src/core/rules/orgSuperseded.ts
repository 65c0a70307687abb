import type { Rule } from './context';
import { referenceUses } from './util';

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
      const late = start !== undefined && start > until ? { en: `this plan's period starts in ${start}`, zh: `本规划期始于 ${start} 年` }
        : use.dueYear !== undefined && use.dueYear > until ? { en: `the task is due in ${use.dueYear}`, zh: `该任务完成年份为 ${use.dueYear} 年` } : undefined;
      if (!late) continue;
      const succ = org.successor && ctx.scope.orgNames.get(org.successor.id);
      const name = org.name ? ` (${org.name.value})` : '';
      ctx.report(use.ref.span, {
        en: `'${use.ref.id}'${name} ceased to exist after ${until}, but ${late.en}${succ ? `; its successor is '${succ.id}'${succ.name ? ` (${succ.name.value})` : ''}` : ''}`,
        zh: `“${use.ref.id}”${org.name ? `（${org.name.value}）` : ''}已于 ${until} 年后撤并，但${late.zh}${succ ? `；其职能由“${succ.id}”${succ.name ? `（${succ.name.value}）` : ''}承接` : ''}`,
      }, succ ? { successor: succ.id } : undefined);
    }
  },
};
