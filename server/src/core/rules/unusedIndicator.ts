import { defineRule } from './define';
import { nameOf } from '../model/names';

/** unused-indicator: a file's own indicator that no goal lists. */
export const unusedIndicator = defineRule({
  meta: {
    code: 'unused-indicator',
    severity: 'hint',
    summary: { en: 'No goal lists the indicator', zh: '指标未被任何目标引用' },
    messages: { unlisted: { en: 'no goal lists indicator {name}', zh: '指标{name}未列入任何目标' } },
  },
  check(ctx) {
    const listed = new Set<string>();
    for (const it of ctx.scope.items.values()) if (it.kind === 'goal') for (const r of it.indicators) listed.add(r.id);
    for (const def of ctx.file.indicators.values()) {
      if (!listed.has(def.id)) ctx.report(def.keySpan, 'unlisted', { name: nameOf(def, ctx.scope) });
    }
  },
});
