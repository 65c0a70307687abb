import type { Rule } from './context';

/** unused-indicator: a file's own indicator that no goal lists. */
export const unusedIndicator: Rule = {
  code: 'unused-indicator',
  check(ctx) {
    const listed = new Set<string>();
    for (const it of ctx.scope.items.values()) if (it.kind === 'goal') it.indicators.forEach(r => listed.add(r.id));
    for (const def of ctx.file.indicators.values()) {
      if (!listed.has(def.id)) ctx.report(def.keySpan, { en: `no goal lists indicator '${def.id}'`, zh: `没有目标引用指标“${def.id}”` });
    }
  },
};
