/**
 * Runs the rules' checks across items (`GroupChecks` in rules/define.ts): gathers the groups from what
 * each item of the scope says of itself (once a check for rules that group alike), and checks each
 * group the checked file joins, unless the cache keeps its reports.
 */
import type { ItemDef, PlanFile } from '../model/types';
import type { Group, GroupChecks, Rule } from '../rules/define';
import type { GroupRef } from '../model/groups';
import type { RuleInputs } from '../rules/context';
import type { Raw } from './raw';
import type { ItemCache, ItemContext } from './itemCache';
import type { Stamp } from './groupCache';

const NONE: never[] = [];

interface Gathered {
  joined: ItemDef[];
  names?: string[];
  /** Whether an item of the checked file joined: only then is the group checked here. */
  own: boolean;
}

/** One check's groups: gathered once a grouping, members marked once an item. */
export class CheckGroups {
  private readonly gathered = new Map<GroupChecks['groups'], Map<string, Gathered>>();
  private readonly marks = new Map<ItemDef, string>();
  /** The scope's files by uri, with their place in include order (the context's key holds their uris). */
  private readonly files: Map<string, [PlanFile, number]>;

  constructor(
    private readonly inputs: RuleInputs,
    private readonly cache?: { items: ItemCache; context: ItemContext },
  ) {
    this.files = new Map(inputs.scope.files.map((f, i) => [f.uri, [f, i]]));
  }

  /** The reports of a rule's groups; `run` runs a group's check and returns what it reported. */
  run(rule: Rule & { across: GroupChecks }, run: (group: Group) => Raw[]): Raw[] {
    const { across } = rule;
    const { file, scope } = this.inputs;
    const raw: Raw[] = [];
    const kept = this.cache && across.kept !== false ? this.cache : undefined;
    for (const [key, g] of this.gather(across)) {
      if (!g.own) continue;
      let named: ItemDef[] = NONE;
      let missing = '';
      for (const id of g.names ?? NONE) {
        const it = scope.items.get(id);
        if (!it) missing += `${id}\u0002`;
        else if (!g.joined.includes(it) && !named.includes(it)) (named === NONE ? (named = []) : named).push(it);
      }
      if (g.joined.length + named.length < (across.minMembers ?? 1)) continue;
      const group: Group = { key, joined: g.joined, named };
      if (!kept) {
        raw.push(...run(group));
        continue;
      }
      const { code } = rule.meta;
      const lines = across.lines ?? false;
      const last = kept.items.groups.last(code, key);
      if (last && this.holds(last.stamp, group, missing, lines)) {
        raw.push(...kept.items.groups.reuse(code, key, last, file, group));
        continue;
      }
      const own = run(group);
      kept.items.groups.keep(code, key, this.stampOf(group, missing, lines), file, group, own);
      raw.push(...own);
    }
    return raw;
  }

  /** Each group's joiners, in include order then document order, and the ids they name. */
  private gather(across: GroupChecks): Map<string, Gathered> {
    let out = this.gathered.get(across.groups);
    if (out) return out;
    this.gathered.set(across.groups, (out = new Map()));
    const items = this.cache?.items;
    for (const f of this.inputs.scope.files) {
      const own = f === this.inputs.file;
      for (const item of f.items) {
        const refs: readonly GroupRef[] = items ? items.summary(across, item) : across.groups(item);
        for (const ref of refs) {
          let g = out.get(ref.key);
          if (!g) out.set(ref.key, (g = { joined: [], own: false }));
          g.joined.push(item);
          g.own ||= own;
          if (ref.names) (g.names ??= []).push(...ref.names);
        }
      }
    }
    return out;
  }

  /** What a group's kept reports hold to (`check/groupCache.ts`). */
  private stampOf(group: Group, missing: string, lines: boolean): Stamp {
    const members = [...group.joined, ...group.named];
    return {
      context: this.cache!.context.key,
      missing,
      marks: members.map(item => this.mark(item)),
      ...(lines ? { lines: members.map(item => this.lineOf(item)) } : {}),
    };
  }

  /** Whether a group is stamped as it was, compared part by part (no stamp is made for it). */
  private holds(stamp: Stamp, group: Group, missing: string, lines: boolean): boolean {
    if (stamp.context !== this.cache!.context.key || stamp.missing !== missing) return false;
    if (stamp.marks.length !== group.joined.length + group.named.length) return false;
    let i = 0;
    for (const list of [group.joined, group.named])
      for (const item of list) {
        if (this.mark(item) !== stamp.marks[i] || (lines && this.lineOf(item) !== stamp.lines![i])) return false;
        i++;
      }
    return true;
  }

  private lineOf(item: ItemDef): number {
    return this.files.get(item.uri)![0].lines.positionAt(item.keySpan.start).line;
  }

  /** A member's part of a stamp: its file, text and column, how it is named and whether the scope sees it. */
  private mark(item: ItemDef): string {
    let mark = this.marks.get(item);
    if (mark === undefined) {
      const [f, place] = this.files.get(item.uri)!; // members are the scope files' items
      const { items, context } = this.cache!;
      const seen = this.inputs.scope.items.get(item.id) === item;
      mark = `${place}:${items.memberKey(f, item, context)}${seen ? '' : '~'}`;
      this.marks.set(item, mark);
    }
    return mark;
  }
}
