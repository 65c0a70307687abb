/**
 * How items group for the rules' checks across items (`GroupChecks` in rules/define.ts): each item's
 * summary, read from the item alone, is the groups it joins and the ids it brings into them.
 */
import type { ItemDef } from './types';

/** Joins the item being read to a group: its key, and the ids of other members it names. */
export type Join = (key: string, names?: readonly string[]) => void;

/** A total and the parts and subsets it names: one group per total, by its file and id. */
export function byTotal(item: ItemDef, join: Join): void {
  if (item.kind === 'indicator' && (item.parts.length || item.subsets.length))
    join(
      `${item.uri}\u0000${item.id}`,
      [...item.parts, ...item.subsets].map(r => r.id),
    );
}

/** An indicator and the goals that list it: one group per indicator id. */
export function byListing(item: ItemDef, join: Join): void {
  if (item.kind === 'indicator') join(item.id);
  else if (item.kind === 'goal') for (const r of item.indicators) join(r.id);
}

/** The items of one id, across the files in scope. */
export function byId(item: ItemDef, join: Join): void {
  join(item.id);
}
