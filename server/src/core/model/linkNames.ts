/** How messages, hovers and hints name what a link reaches: the other file (relative to this plan), its indicator. */
import type { LinkedPlan, ResolvedLink } from './links';
import type { Msg } from '../diagnostics';
import { msg } from '../l10n/index';
import { relativeUri } from '../text/paths';
import { nameOf } from './names';
import type { IndicatorDef, ItemDef } from './types';

const NO_MAP = new Map();

/** The file that defines a link's target, relative to the checked plan; `this plan` for the plan itself. */
export function linkFileName(fromUri: string, targetUri: string): Msg {
  if (targetUri === fromUri) return msg('link.thisPlan');
  const rel = relativeUri(fromUri, targetUri);
  return { en: rel, zh: rel };
}

/** The target indicator by its name, told apart within its own plan's ids (or this plan's, without `plan`). */
export function linkedName(link: ResolvedLink, ownItems: ReadonlyMap<string, ItemDef>): Msg {
  const target = link.target as IndicatorDef;
  const items = link.plan?.items ?? ownItems;
  return nameOf(target, { items, organizations: NO_MAP, sources: NO_MAP });
}

/** The region the linked plan states (`plan.region`); for a link within this plan, this plan's. */
export function linkedRegion(plan: LinkedPlan | undefined, ownRegion: string | undefined): string | undefined {
  return plan ? plan.file?.meta?.region : ownRegion;
}
