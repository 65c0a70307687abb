/**
 * How messages name things: an indicator, goal, task, funding clause, organization or source document
 * by its `name` or `title`, as a drafter knows it, with its id in parentheses only when another one in
 * scope (the checked file and what it includes) shares that name. Without a name, by its id.
 */
import type { Msg } from '../diagnostics';
import type { ItemDef, OrgDef, SourceDef } from './types';

type Named = ItemDef | OrgDef | SourceDef;
/** What a name is told apart from: the checked file's scope (resolve/scope.ts), or any part of it. */
interface NameScope {
  items: ReadonlyMap<string, ItemDef>;
  organizations: ReadonlyMap<string, OrgDef>;
  sources: ReadonlyMap<string, SourceDef>;
}

/** A task's title can be a sentence: a message shows its first words. */
const MAX_CHARS = 40;

/** Labels read once a definition object (every check asks for every item's, to tell names apart). */
const labels = new WeakMap<Named, string | null>();

/** The name or title a thing is known by, if it has one. */
export function labelOf(x: Named): string | undefined {
  let label = labels.get(x);
  if (label === undefined) {
    const n = 'name' in x ? x.name : 'title' in x ? x.title : undefined;
    labels.set(x, (label = n?.value.trim() || null));
  }
  return label ?? undefined;
}

function poolOf(x: Named, scope: NameScope): ReadonlyMap<string, Named> {
  if ('kind' in x) return scope.items;
  return 'aliases' in x ? scope.organizations : scope.sources;
}

/** How many things in a pool carry each label: counted once per pool (a scope is built, then read). */
const labelCounts = new WeakMap<ReadonlyMap<string, Named>, Map<string, number>>();
function countsOf(pool: ReadonlyMap<string, Named>): Map<string, number> {
  let counts = labelCounts.get(pool);
  if (!counts) {
    counts = new Map();
    for (const o of pool.values()) {
      const l = labelOf(o);
      if (l) counts.set(l, (counts.get(l) ?? 0) + 1);
    }
    labelCounts.set(pool, counts);
  }
  return counts;
}

const shorten = (s: string) => ([...s].length > MAX_CHARS ? `${[...s].slice(0, MAX_CHARS - 1).join('')}…` : s);

/**
 * A name in Chinese quotes: “…”, with quotes inside it made ‘…’ (“某市‘十四五’规划”), as Chinese nests
 * them; a document's title in 《…》 (`title` true), as Chinese names a document.
 */
const zhQuoted = (s: string, title = false) =>
  title ? `《${s.replace(/^《|》$/g, '')}》` : `“${s.replace(/“/g, '‘').replace(/”/g, '’')}”`;

/** `'name'` / `“name”`, or with the id when two things in scope share the name: `'name' (id)` / `“name”（id）`. */
export function nameOf(x: Named, scope: NameScope, title = false): Msg {
  const label = labelOf(x);
  if (!label) return { en: `'${x.id}'`, zh: `“${x.id}”` };
  const pool = poolOf(x, scope);
  const own = pool.get(x.id);
  const others = (countsOf(pool).get(label) ?? 0) - (own && labelOf(own) === label ? 1 : 0);
  const shown = shorten(label);
  return others > 0
    ? { en: `'${shown}' (${x.id})`, zh: `${zhQuoted(shown, title)}（${x.id}）` }
    : { en: `'${shown}'`, zh: zhQuoted(shown, title) };
}

/** Its name alone, quoted (for a message that already shows its id), if it has one. */
export function bareNameOf(x: Named): Msg | undefined {
  const label = labelOf(x);
  return label ? { en: `'${shorten(label)}'`, zh: zhQuoted(shorten(label)) } : undefined;
}

/** The name of the item an id refers to in scope; the quoted id when it names nothing. */
export function nameOfId(id: string, scope: NameScope): Msg {
  const it = scope.items.get(id);
  return it ? nameOf(it, scope) : { en: `'${id}'`, zh: `“${id}”` };
}

/** A source document by its title, or by its id when it has none or is not defined. */
export function sourceName(id: string, scope: NameScope): Msg {
  const s = scope.sources.get(id);
  return s ? nameOf(s, scope, s.title !== undefined) : { en: `'${id}'`, zh: `“${id}”` };
}
