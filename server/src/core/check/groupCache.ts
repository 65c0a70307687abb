/**
 * The reports of each group of a rule's checks across items (`GroupChecks` in rules/define.ts), kept
 * from one check of a plan to the next. A group is stamped by its members: each one's text and column
 * (the item cache's own key), whether another item in scope shares its name (a message then adds its
 * id), whether the scope sees it under its id, its line when the rule's messages name lines; and the
 * context of the check's items (an id a member names that names nothing is in that member's text). A
 * group stamped as before gets its reports back, each moved with the member it lies in, and its check
 * does not run again.
 */
import type { ItemDef, PlanFile } from '../model/types';
import type { Group } from '../rules/define';
import type { Raw } from './raw';
import { linesIn, moveRaw } from './moveRaw';

/** What a group's kept reports hold to (`CheckGroups` in runGroups.ts makes and compares it). */
export interface Stamp {
  context: string;
  /** Each member's mark, joined members first. */
  marks: readonly string[];
  /** Each member's line, when the rule's messages name lines. */
  lines?: readonly number[];
}
/** A member of the checked file: where it started when its group's reports were kept. */
interface At {
  start: number;
  line: number;
}
export interface KeptGroup {
  stamp: Stamp;
  at: readonly At[];
  /** Each report, and the index in `at` of the member it lies in. */
  raw: readonly [Raw, number][];
  /** The number of the last check that kept it. */
  seen: number;
  /** Whether a report holds lines (a fix's range): then a move of lines alone moves it too. */
  lines: boolean;
}

export class GroupCache {
  /** By rule code, then group key (the summaries' own strings: their hashes are kept). */
  private readonly kept = new Map<string, Map<string, KeptGroup>>();
  private checks = 0;
  /** Groups whose checks ran, and groups whose reports were kept, in the last check. */
  ran = 0;
  reused = 0;

  begin(): void {
    this.checks++;
    this.ran = 0;
    this.reused = 0;
  }

  /** Ends a check: the groups it did not keep are let go. */
  finish(): void {
    for (const byKey of this.kept.values())
      for (const [key, kept] of byKey) if (kept.seen !== this.checks) byKey.delete(key);
  }

  /** What was kept of a group in the last check, to compare its stamp with. */
  last(code: string, key: string): KeptGroup | undefined {
    return this.kept.get(code)?.get(key);
  }

  /** A kept group's reports, moved to where their members now start. */
  reuse(code: string, key: string, kept: KeptGroup, file: PlanFile, group: Group): readonly Raw[] {
    let i = 0;
    let still = !kept.lines;
    for (const list of [group.joined, group.named])
      for (const item of list) if (item.uri === file.uri) still &&= item.keySpan.start === kept.at[i++].start;
    const moved = still ? kept : movedGroup(kept, file, group);
    moved.seen = this.checks;
    if (!still) this.put(code, key, moved);
    this.reused++;
    return moved.raw.map(([r]) => r);
  }

  /** Keeps what a group's check reported, unless a report lies outside its members here or says a rule failed. */
  keep(code: string, key: string, stamp: Stamp, file: PlanFile, group: Group, raw: readonly Raw[]): void {
    this.ran++;
    const own = members(file, group);
    const placed: [Raw, number][] = [];
    for (const r of raw) {
      const m = own.findIndex(it => r.span.start >= it.keySpan.start && r.span.end <= it.span.end);
      if (m < 0 || r.data?.internalError) return;
      placed.push([r, m]);
    }
    const at = own.map(it => ({ start: it.keySpan.start, line: file.lines.positionAt(it.keySpan.start).line }));
    this.put(code, key, { stamp, at, raw: placed, seen: this.checks, lines: linesIn(raw) });
  }

  private put(code: string, key: string, kept: KeptGroup): void {
    let byKey = this.kept.get(code);
    if (!byKey) this.kept.set(code, (byKey = new Map()));
    byKey.set(key, kept);
  }
}

/** A group's members in the checked file, in order. */
const members = (file: PlanFile, group: Group): ItemDef[] =>
  [...group.joined, ...group.named].filter(item => item.uri === file.uri);

/** A kept group with its reports moved: only a member that moved (or any, when lines matter) has its line read. */
function movedGroup(kept: KeptGroup, file: PlanFile, group: Group): KeptGroup {
  const at = members(file, group).map((item, i) => {
    const start = item.keySpan.start;
    const same = start === kept.at[i].start && !kept.lines;
    return same ? kept.at[i] : { start, line: file.lines.positionAt(start).line };
  });
  const raw = kept.raw.map(([r, m]): [Raw, number] => [
    moveRaw(r, at[m].start - kept.at[m].start, at[m].line - kept.at[m].line),
    m,
  ]);
  return { ...kept, at, raw };
}
