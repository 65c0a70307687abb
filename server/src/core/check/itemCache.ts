/**
 * The reports of each item's checks, kept from one check of a plan to the next: an item whose text,
 * column and context are unchanged gets its reports back, moved to where the item now starts, and
 * its checks do not run again. The context is everything an item's checks may read outside the
 * item (`ItemChecks` in rules/define.ts): what the file holds outside its items (meta, includes,
 * sources, organizations), what the ids it refers to name and whether its name is unique (`keyOf`),
 * the same outside part of the files it includes, its source documents, its config and its rules.
 * Documents and unit tables are compared by identity: the workspace makes a new one whenever a file's
 * text changes.
 */
import type { PlanlintConfig } from '../config';
import type { ItemDef, PlanFile } from '../model/types';
import { itemReferenceUses } from '../model/walk';
import { hasYamlAnchors, outsideHash } from '../model/outside';
import { hashRange } from '../text/hash';
import type { Rule } from '../rules/define';
import { GroupCache } from './groupCache';
import type { Resolution } from '../resolve/scope';
import type { Raw } from './raw';
import { linesIn, moveRaw } from './moveRaw';
import { labelOf } from '../model/names';

interface Kept {
  start: number;
  line: number;
  raw: readonly Raw[];
  /** Whether a report holds lines (a fix's range): then a move of lines alone moves it too. */
  lines: boolean;
}
interface OwnKey {
  text: string;
  column: number;
  ids: string[];
  /** Its kind, text and column, as a group's stamp takes them (`memberKey`). */
  asMember?: string;
}
/** The reports kept under one text hash, by the rest of the key: nearly always one, so a list, not a map. */
interface Slot {
  rest: string;
  kept: Kept;
  other?: Slot;
}

/** What every item of one check shares: the context's key, and the names of the checked file's scope. */
export interface ItemContext {
  key: string;
  names: ScopeNames;
}

export class ItemCache {
  /** By the hash of an item's text, then the rest of its key. */
  private kept = new Map<string, Slot>();
  private next = new Map<string, Slot>();
  private readonly ids = new WeakMap<object, number>();
  private readonly outsides = new WeakMap<PlanFile, number>();
  private readonly configs = new WeakMap<PlanlintConfig, string>();
  private readonly owns = new WeakMap<ItemDef, OwnKey>();
  /** Item text hashes by the parser's entry strings, from the last check and for the next. */
  private hashes = new Map<string, string>();
  private nextHashes = new Map<string, string>();
  private lastId = 0;
  /** The reports of the rules' checks across items, by group. */
  readonly groups = new GroupCache();
  /** Items whose checks ran, and items whose reports were kept, in the last check. */
  ran = 0;
  reused = 0;

  /** The context of a check's items, or none when the file cannot be checked by item. */
  context(file: PlanFile, res: Resolution, config: PlanlintConfig, rules: readonly Rule[]): ItemContext | undefined {
    if (hasYamlAnchors(file.text)) return undefined; // such a file is checked in full
    const parts: (string | number)[] = [
      this.configKey(config),
      this.idOf(rules),
      this.idOf(res.units),
      outsideHash(file),
    ];
    // An included file's items are in each item's key, by what its references name: here, the rest of it.
    for (const f of res.scope.files) if (f !== file) parts.push(f.uri, this.outsideOf(f));
    for (const [id, s] of res.sourceStates)
      parts.push(id, s.uri ?? '', s.doc ? this.idOf(s.doc) : 0, s.problem ? JSON.stringify(s.problem) : '');
    // Linked plans are read across items (alignment, allocation), never by an item's own checks.
    // One number: every item's key carries it.
    return { key: String(hashRange(parts.join('|'))), names: new ScopeNames(res.scope.items) };
  }

  /** The kept reports of an item, moved to where it starts now; none when its checks must run. */
  reports(file: PlanFile, item: ItemDef, context: ItemContext): readonly Raw[] | undefined {
    const [text, rest] = this.keyOf(file, item, context);
    let slot = this.kept.get(text);
    while (slot && slot.rest !== rest) slot = slot.other;
    if (!slot) return undefined;
    const { kept } = slot;
    const start = item.keySpan.start;
    let moved = kept;
    if (start !== kept.start || kept.lines) {
      const line = file.lines.positionAt(start).line;
      const by = [start - kept.start, line - kept.line] as const;
      if (by[0] || by[1]) moved = { ...kept, start, line, raw: kept.raw.map(r => moveRaw(r, ...by)) };
    }
    this.put(text, rest, moved);
    this.reused++;
    return moved.raw;
  }

  /** Keeps what an item's checks reported, unless a report lies outside it or says a rule failed. */
  keep(file: PlanFile, item: ItemDef, context: ItemContext, raw: readonly Raw[]): void {
    this.ran++;
    const start = item.keySpan.start,
      end = item.span.end;
    if (raw.some(r => r.span.start < start || r.span.end > end || r.data?.internalError)) return;
    const line = file.lines.positionAt(start).line;
    const [text, rest] = this.keyOf(file, item, context);
    this.put(text, rest, { start, line, raw, lines: linesIn(raw) });
  }

  private put(text: string, rest: string, kept: Kept): void {
    this.next.set(text, { rest, kept, other: this.next.get(text) });
  }

  /** What a group's stamp takes from one member: its text and column, and whether another item shares its name. */
  memberKey(file: PlanFile, item: ItemDef, context: ItemContext): string {
    const own = this.ownKey(file, item);
    own.asMember ??= `${item.kind}:${own.text}:${own.column}`;
    return context.names.shared(item) ? `${own.asMember}*` : own.asMember;
  }

  /** Ends a check: what it used is kept for the next, the rest is let go. */
  finish(): void {
    this.groups.finish();
    this.kept = this.next;
    this.next = new Map();
    this.hashes = this.nextHashes;
    this.nextHashes = new Map();
  }

  /** Starts a check's counts. */
  begin(): void {
    this.ran = 0;
    this.reused = 0;
    this.groups.begin();
  }

  /**
   * An item's key: the hash of its text; then its kind and column, whether another item in scope
   * shares its name (a message then adds its id), what each id it refers to names now (kind and
   * name), or, for an id that names nothing, every id in scope (the nearest is suggested); and the
   * context.
   */
  private keyOf(file: PlanFile, item: ItemDef, context: ItemContext): [string, string] {
    const { text, column, ids } = this.ownKey(file, item);
    const { names } = context;
    let refs = names.shared(item) ? '*' : '';
    for (const id of ids) {
      const it = names.items.get(id);
      refs += it ? `${it.kind}:${labelOf(it) ?? ''}:${names.shared(it)}\n` : `?${names.idsHash()}\n`;
    }
    return [text, `${item.kind}:${column}:${hashRange(refs)}:${context.key}`];
  }

  /**
   * What an item's key takes from the item itself: its text's hash, its column and the ids it refers to,
   * once an item (the model keeps an unchanged item's object from one version to the next).
   */
  private ownKey(file: PlanFile, item: ItemDef): OwnKey {
    let own = this.owns.get(item);
    if (!own) {
      const start = item.keySpan.start;
      const column = start - file.text.lastIndexOf('\n', start - 1) - 1;
      const ids: string[] = [];
      for (const u of itemReferenceUses(item)) if (u.expect !== 'organization') ids.push(u.ref.id);
      own = { text: this.textHash(file, item, column), column, ids };
      this.owns.set(item, own);
    } else {
      // Its entry's hash is kept for the next check too: an item moved by a line added above is found by it.
      const entry = file.yaml.entries?.get(item.keySpan.start - own.column);
      if (entry !== undefined) this.nextHashes.set(entry, own.text);
    }
    return own;
  }

  /**
   * The hash of an item's text. An entry the parser did not parse again is the same string as before,
   * whose own hash the engine keeps: its item's hash is found without reading the text again.
   */
  private textHash(file: PlanFile, item: ItemDef, column: number): string {
    const start = item.keySpan.start;
    const entry = file.yaml.entries?.get(start - column);
    let h = entry === undefined ? undefined : this.hashes.get(entry);
    h ??= String(hashRange(file.text, start, item.span.end));
    if (entry !== undefined) this.nextHashes.set(entry, h);
    return h;
  }

  /** An included file's outside (`outsideHash`), hashed once a version. */
  private outsideOf(f: PlanFile): number {
    let h = this.outsides.get(f);
    if (h === undefined) this.outsides.set(f, (h = outsideHash(f)));
    return h;
  }

  /** A config as text, once a config object (a project keeps one while its config and settings hold). */
  private configKey(config: PlanlintConfig): string {
    let key = this.configs.get(config);
    if (key === undefined) this.configs.set(config, (key = JSON.stringify(config)));
    return key;
  }

  private idOf(o: object): number {
    let id = this.ids.get(o);
    if (id === undefined) this.ids.set(o, (id = ++this.lastId));
    return id;
  }
}

/** The names of a scope's items: which are carried by more than one, and all its ids as one hash. */
class ScopeNames {
  private readonly counts = new Map<string, number>();
  private ids?: number;
  constructor(readonly items: Resolution['scope']['items']) {
    for (const it of items.values()) {
      const label = labelOf(it);
      if (label !== undefined) this.counts.set(label, (this.counts.get(label) ?? 0) + 1);
    }
  }
  /**
   * Whether a message names the item with its id (`nameOf`): another item the scope sees carries its
   * name. An item shadowed by another of its id is not counted in the scope: only the other one is.
   */
  shared(it: ItemDef): boolean {
    const label = labelOf(it);
    if (label === undefined) return false;
    const seen = this.items.get(it.id);
    return (this.counts.get(label) ?? 0) - (seen && labelOf(seen) === label ? 1 : 0) > 0;
  }
  idsHash(): number {
    this.ids ??= hashRange([...this.items.values()].map(it => `${it.kind}:${it.id}`).join('\n'));
    return this.ids;
  }
}
