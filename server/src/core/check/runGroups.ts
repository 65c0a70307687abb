/**
 * Runs the rules' checks across items (`GroupChecks` in rules/define.ts): gathers the groups from what
 * each item of the scope says of itself (once a check for rules that group alike), and checks each
 * group the checked file joins, unless the cache keeps its reports.
 */
import type { ItemDef, PlanFile } from '../model/types';
import type { Group, GroupChecks, Rule } from '../rules/define';
import type { RuleInputs } from '../rules/context';
import type { Raw } from './raw';
import type { ItemCache, ItemContext } from './itemCache';
import type { Stamp } from './groupCache';

const NONE: never[] = [];

/** A grouping's groups in one check: each key's joiners (one item, or several), and the ids they name. */
interface Gathered {
  joined: Map<string, ItemDef | ItemDef[]>;
  names: Map<string, string[]>;
}

/** One check's groups: gathered once a grouping, members marked once an item. */
export class CheckGroups {
  /** Each grouping's groups that the checked file joins: rules that group alike share them. */
  private readonly grouped = new Map<GroupChecks['groups'], Map<number, Group[]>>();
  private readonly marks = new Map<ItemDef, string>();
  /** The scope's files by uri, with their place in include order (the context's key holds their uris). */
  private readonly files: Map<string, [PlanFile, number]>;

  constructor(
    private readonly inputs: RuleInputs,
    private readonly cache?: { items: ItemCache; context: ItemContext },
  ) {
    this.files = new Map(inputs.scope.files.map((f, i) => [f.uri, [f, i]]));
  }

  /**
   * The reports of a rule's groups: `one` runs a group's check and returns what it reported; `all` runs the
   * checks of groups not kept (`kept: false`), together.
   */
  run(rule: Rule & { across: GroupChecks }, one: (group: Group) => Raw[], all: (groups: Group[]) => Raw[]): Raw[] {
    const { across } = rule;
    if (across.kept === false) return all(this.checked(across));
    // Each group under its own guard, kept or not (the command line keeps none): a group that throws
    // loses its own reports only, in the editor and the command line alike.
    const kept = this.cache;
    if (!kept) return this.checked(across).flatMap(one);
    const { code } = rule.meta;
    const lines = across.lines ?? false;
    const raw: Raw[] = [];
    for (const group of this.checked(across)) {
      const last = kept.items.groups.last(code, group.key);
      if (last && this.holds(last.stamp, group, lines)) {
        raw.push(...kept.items.groups.reuse(code, group.key, last, this.inputs.file, group));
        continue;
      }
      const own = one(group);
      kept.items.groups.keep(code, group.key, this.stampOf(group, lines), this.inputs.file, group, own);
      raw.push(...own);
    }
    return raw;
  }

  /** The groups the checked file joins, large enough for the rule. */
  private checked(across: GroupChecks): Group[] {
    const min = across.minMembers ?? 1;
    let byMin = this.grouped.get(across.groups);
    if (!byMin) this.grouped.set(across.groups, (byMin = new Map()));
    let all = byMin.get(min);
    if (!all) byMin.set(min, (all = this.group(across, min)));
    return all;
  }

  /** Gathers a grouping's groups and keeps those the checked file joins, of `min` members or more. */
  private group(across: GroupChecks, min: number): Group[] {
    const { file, scope } = this.inputs;
    const { joined, names } = gather(across, scope.files);
    const out: Group[] = [];
    for (const [key, j] of joined) {
      const more = names.get(key);
      if (!Array.isArray(j)) {
        // One item that names nothing: a group of one (the items of one id: nearly all of them).
        if (j.uri !== file.uri || (min > 1 && !more)) continue;
      } else if (!j.some(it => it.uri === file.uri)) continue;
      const list = Array.isArray(j) ? j : [j];
      let named: ItemDef[] = NONE;
      for (const id of more ?? NONE) {
        const it = scope.items.get(id);
        if (it && !list.includes(it) && !named.includes(it)) (named === NONE ? (named = []) : named).push(it);
      }
      if (list.length + named.length >= min) out.push({ key, joined: list, named });
    }
    return out;
  }

  /** What a group's kept reports hold to (`check/groupCache.ts`). */
  private stampOf(group: Group, lines: boolean): Stamp {
    const members = [...group.joined, ...group.named];
    return {
      context: this.cache!.context.key,
      marks: members.map(item => this.mark(item)),
      ...(lines ? { lines: members.map(item => this.lineOf(item)) } : {}),
    };
  }

  /** Whether a group is stamped as it was, compared part by part (no stamp is made for it). */
  private holds(stamp: Stamp, group: Group, lines: boolean): boolean {
    if (stamp.context !== this.cache!.context.key) return false;
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

/** Each group's joiners, in include order then document order, and the ids they name. */
function gather(across: GroupChecks, files: readonly PlanFile[]): Gathered {
  const joined = new Map<string, ItemDef | ItemDef[]>();
  const names = new Map<string, string[]>();
  let item: ItemDef;
  const join = (key: string, more?: readonly string[]) => {
    const had = joined.get(key);
    if (had === undefined) joined.set(key, item);
    else if (Array.isArray(had)) had.push(item);
    else joined.set(key, [had, item]);
    if (more?.length) {
      const n = names.get(key);
      if (n) n.push(...more);
      else names.set(key, [...more]);
    }
  };
  for (const f of files) for (item of f.items) across.groups(item, join);
  return { joined, names };
}
