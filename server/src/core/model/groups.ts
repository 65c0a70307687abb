/** How items group for the rules' checks across items (`GroupChecks` in rules/define.ts), from each item alone. */
import type { ItemDef } from './types';

/** A group an item joins for a rule's checks across items: its key, and the ids of other members it names. */
export interface GroupRef {
  key: string;
  names?: readonly string[];
}

const NONE: readonly GroupRef[] = [];

/** A total and the parts and subsets it names: one group per total, by its file and id. */
export function byTotal(item: ItemDef): readonly GroupRef[] {
  if (item.kind !== 'indicator' || (!item.parts.length && !item.subsets.length)) return NONE;
  return [{ key: `${item.uri}\u0000${item.id}`, names: [...item.parts, ...item.subsets].map(r => r.id) }];
}

/** An indicator and the goals that list it: one group per indicator id. */
export function byListing(item: ItemDef): readonly GroupRef[] {
  if (item.kind === 'indicator') return [{ key: item.id }];
  if (item.kind === 'goal') return item.indicators.map(r => ({ key: r.id }));
  return NONE;
}

/** The items of one id, across the files in scope. */
export const byId = (item: ItemDef): readonly GroupRef[] => [{ key: item.id }];
