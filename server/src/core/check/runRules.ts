/**
 * Runs the rules over a plan: each rule's check of what lies outside the items, then each item's
 * checks in document order, then the checks across items group by group; an unchanged item or group
 * has its reports from the cache instead of running its checks again.
 * A rule that throws is reported where the user looks, not fatal: the other rules still run.
 */
import type { PlanlintConfig } from '../config';
import type { Msg } from '../diagnostics';
import type { ItemDef } from '../model/types';
import type { RuleInputs, Fill } from '../rules/context';
import { fillMessage, type Group, type GroupChecks, type ItemChecks, type Rule } from '../rules/define';
import type { ItemCache } from './itemCache';
import type { Raw } from './raw';
import { CheckGroups } from './runGroups';

export function runRules(rules: readonly Rule[], config: PlanlintConfig, inputs: RuleInputs, cache?: ItemCache): Raw[] {
  const on = rules.filter(r => config.rules[r.meta.code] !== 'off');
  const raw: Raw[] = [];
  let sink = raw;
  const contexts = new Map(
    on.map(rule => {
      const { code, messages } = rule.meta;
      const ctx = {
        ...inputs,
        report: (span, id, values, fix) => {
          const message = fillMessage(messages[id], (values ?? {}) as Record<string, Fill>);
          sink.push({ code, span, message, ...(fix ? { data: { fix } } : {}) });
        },
      } as Parameters<NonNullable<Rule['check']>>[0];
      return [rule, ctx];
    }),
  );
  /** What `fill` reports, apart from the rest: an item's or a group's reports, to keep. */
  const apart = (fill: (own: Raw[]) => void): Raw[] => {
    const own: Raw[] = [];
    sink = own;
    fill(own);
    sink = raw;
    return own;
  };
  for (const rule of on) if (rule.check) guarded(rule.meta.code, raw, () => rule.check!(contexts.get(rule)!));
  const visiting = on.filter(r => r.each);
  const grouping = on.filter(r => r.across);
  if (!visiting.length && !grouping.length) return raw;
  cache?.begin();
  const context = cache?.context(inputs.file, inputs, config, rules);
  for (const item of visiting.length ? inputs.file.items : []) {
    const kept = context === undefined ? undefined : cache!.reports(inputs.file, item, context);
    if (kept) {
      raw.push(...kept);
      continue;
    }
    const own = apart(own => {
      for (const rule of visiting) {
        const visit = (rule.each as ItemChecks)[item.kind] as ((c: unknown, it: ItemDef) => void) | undefined;
        if (visit) guarded(rule.meta.code, own, () => visit(contexts.get(rule), item));
      }
    });
    if (context !== undefined) cache!.keep(inputs.file, item, context, own);
    raw.push(...own);
  }
  const groups = new CheckGroups(inputs, context === undefined ? undefined : { items: cache!, context });
  for (const rule of grouping) {
    const { code } = rule.meta;
    const across = rule.across!;
    const ctx = contexts.get(rule)!;
    const one = (group: Group) => apart(own => guarded(code, own, () => across.check(ctx, group)));
    const all = (each: Group[]) =>
      apart(own =>
        guarded(code, own, () => {
          for (const group of each) across.check(ctx, group);
        }),
      );
    raw.push(...groups.run(rule as Rule & { across: GroupChecks }, one, all));
  }
  cache?.finish();
  return raw;
}

function guarded(code: string, raw: Raw[], run: () => void): void {
  try {
    run();
  } catch (e) {
    // One broken rule must not take the others down; say which one, where the user will see it.
    const why = e instanceof Error ? e.message : String(e);
    const message: Msg = {
      en: `internal error in rule ${code}: ${why}. Other rules ran; please report this.`,
      zh: `规则 ${code} 内部错误：${why}。其他规则已正常运行，请报告此问题。`,
    };
    raw.push({ code, span: { start: 0, end: 0 }, message, data: { internalError: true } });
  }
}
