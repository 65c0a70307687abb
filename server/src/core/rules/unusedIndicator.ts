import type { Rule } from './context';
import { nameOf } from './names';

/** unused-indicator: a file's own indicator that no goal lists. */
export const unusedIndicator: Rule = {
  code: 'unused-indicator',
  check(ctx) {
    const listed = new Set<string>();
    for (const it of ctx.scope.items.values()) if (it.kind === 'goal') it.indicators.forEach(r => listed.add(r.id));
    for (const def of ctx.file.indicators.values()) {
      if (listed.has(def.id)) continue;
      const n = nameOf(def, ctx.scope);
      ctx.report(def.keySpan, { en: `no goal lists indicator ${n.en}`, zh: `指标${n.zh}未列入任何目标` });
    }
  },
};
