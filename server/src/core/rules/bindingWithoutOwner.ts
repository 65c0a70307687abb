import type { Rule } from './context';
import { nameOf } from './names';

/** binding-without-owner: a binding (约束性) indicator with no responsible organization, own or via a goal. */
export const bindingWithoutOwner: Rule = {
  code: 'binding-without-owner',
  check(ctx) {
    const goals = [...ctx.scope.items.values()].filter(i => i.kind === 'goal');
    for (const def of ctx.file.indicators.values()) {
      if (def.type !== 'binding' || def.responsible.length) continue;
      const owned = goals.some(
        g => g.kind === 'goal' && g.responsible.length && g.indicators.some(r => r.id === def.id),
      );
      if (owned) continue;
      const n = nameOf(def, ctx.scope);
      ctx.report(def.keySpan, {
        en: `binding indicator ${n.en} has no responsible organization: add 'responsible', or list it in a goal that has one`,
        zh: `约束性指标${n.zh}未明确责任单位：请填写 responsible，或将其列入已明确责任单位的目标`,
      });
    }
  },
};
