import type { Msg } from '../diagnostics';
import { alignmentReason, compareAlignment, type AlignmentFinding } from '../model/alignment';
import { linkedName, linkedRegion, linkFileName } from '../model/linkNames';
import { nameOf } from '../model/names';
import { showValueMsg } from '../model/show';
import type { Unit } from '../quantity/units';
import { defineRule, longText } from './define';

const shown = (v: AlignmentFinding['mine'], unit?: Unit): Msg =>
  'shown' in v ? { en: `'${v.shown}'`, zh: `“${v.shown}”` } : showValueMsg(v, unit);

/**
 * alignment-weaker (规划衔接): a target or stated growth less ambitious than the one it carries down, where
 * that one is binding in a plan of the same region, or the link says `must: meet`.
 */
export const alignmentWeaker = defineRule({
  meta: {
    code: 'alignment-weaker',
    severity: 'warning',
    summary: {
      en: 'A target or stated growth falls short of the one it carries down',
      zh: '目标或年均增长弱于所衔接的指标',
    },
    messages: {
      // {file}: the other plan, relative to this one; {other}: its indicator; {why}: binding and region, or must: meet.
      value: {
        en: longText(
          'in {year} {name} aims at {value}, short of {other} in {file}, which it carries down: ',
          '{otherValue} ({why})',
        ),
        zh: '{name}{year}年目标为{value}，弱于所衔接的{file}中{other}的{otherValue}（{why}）',
      },
      change: {
        en: longText(
          'in {year} {name} aims at a change of {value}, short of {other} in {file}, which it carries down: ',
          '{otherValue} ({why})',
        ),
        zh: '{name}{year}年目标变化为{value}，弱于所衔接的{file}中{other}的{otherValue}（{why}）',
      },
      maintain: {
        en: 'in {year} {name} is held at {value}, which admits no value of {other} in {file}: {otherValue} ({why})',
        zh: '{name}{year}年保持在{value}，与所衔接的{file}中{other}的{otherValue}没有共同取值（{why}）',
      },
      growth: {
        en: longText(
          'the stated growth {value} of {name} is short of {other} in {file}, which it carries down: ',
          '{otherValue} ({why})',
        ),
        zh: '{name}的年均增长{value}，弱于所衔接的{file}中{other}的{otherValue}（{why}）',
      },
    },
  },
  check(ctx) {
    const region = ctx.file.meta?.region;
    for (const link of ctx.links.links) {
      if (link.role !== 'aligns' || !link.target) continue;
      const mine = ctx.indicator(link.owner),
        theirs = ctx.indicator(link.target);
      const reason = alignmentReason(theirs, link.link.must?.value === 'meet', region, linkedRegion(link.plan, region));
      if (!reason) continue;
      const why: Msg =
        reason.kind === 'must'
          ? { en: 'must: meet', zh: 'must: meet，须达到' }
          : { en: `binding there, both plans of ${reason.region}`, zh: `对方为约束性指标，同属${reason.region}` };
      const values = {
        name: nameOf(link.owner, ctx.scope),
        other: linkedName(link, ctx.scope.items),
        file: linkFileName(ctx.file.uri, link.target.uri),
        why,
      };
      for (const f of compareAlignment(mine, theirs).findings) {
        const value = shown(f.mine, mine.unit),
          otherValue = shown(f.theirs, theirs.unit);
        if (f.kind === 'growth') ctx.report(f.span, 'growth', { ...values, value, otherValue });
        else ctx.report(f.span, f.kind, { ...values, year: f.year!, value, otherValue });
      }
    }
  },
});
