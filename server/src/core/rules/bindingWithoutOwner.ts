import { defineRule, longText } from './define';
import { nameOf } from '../model/names';

/** binding-without-owner: a binding (约束性) indicator with no responsible organization, own or via a goal. */
export const bindingWithoutOwner = defineRule({
  meta: {
    code: 'binding-without-owner',
    severity: 'warning',
    summary: { en: 'A binding indicator has no responsible organization', zh: '约束性指标没有责任单位' },
    messages: {
      noOwner: {
        en: longText(
          'binding indicator {name} has no responsible organization: ',
          "add 'responsible', or list it in a goal that has one",
        ),
        zh: '约束性指标{name}未明确责任单位：请填写 responsible，或将其列入已明确责任单位的目标',
      },
    },
  },
  check(ctx) {
    const goals = [...ctx.scope.items.values()].filter(i => i.kind === 'goal');
    for (const def of ctx.file.indicators.values()) {
      if (def.type !== 'binding' || def.responsible.length) continue;
      const owned = goals.some(
        g => g.kind === 'goal' && g.responsible.length && g.indicators.some(r => r.id === def.id),
      );
      if (owned) continue;
      ctx.report(def.keySpan, 'noOwner', { name: nameOf(def, ctx.scope) });
    }
  },
});
