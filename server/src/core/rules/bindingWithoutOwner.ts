import { defineRule, longText } from './define';
import { byListing } from '../model/groups';
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
  across: {
    groups: byListing,
    kept: false,
    check(ctx, group) {
      // Owned through a goal the scope sees under its id that lists it and has a responsible body.
      const owned = group.joined.some(
        g => g.kind === 'goal' && g.responsible.length && ctx.scope.items.get(g.id) === g,
      );
      if (owned) return;
      for (const def of group.joined)
        if (def.kind === 'indicator' && def.uri === ctx.file.uri && def.type === 'binding' && !def.responsible.length)
          ctx.report(def.keySpan, 'noOwner', { name: nameOf(def, ctx.scope) });
    },
  },
});
