import { defineRule } from './define';
import { byListing } from '../model/groups';
import { nameOf } from '../model/names';

/** unused-indicator: a file's own indicator that no goal lists. */
export const unusedIndicator = defineRule({
  meta: {
    code: 'unused-indicator',
    severity: 'hint',
    summary: { en: 'No goal lists the indicator', zh: '指标未被任何目标引用' },
    messages: { unlisted: { en: 'no goal lists indicator {name}', zh: '指标{name}未列入任何目标' } },
  },
  across: {
    groups: byListing,
    kept: false,
    check(ctx, group) {
      // A goal counts when the scope sees it under its id (another item of its id shadows it).
      const listed = group.joined.some(g => g.kind === 'goal' && ctx.scope.items.get(g.id) === g);
      if (listed) return;
      for (const def of group.joined)
        if (def.kind === 'indicator' && def.uri === ctx.file.uri)
          ctx.report(def.keySpan, 'unlisted', { name: nameOf(def, ctx.scope) });
    },
  },
});
