/**
 * What a plan's links (`aligns`, `allocated_to`) resolve to: the values `resolve/links.ts` makes and
 * the model, rules and services read. They live here, below `resolve/`, so the model never imports upward.
 */
import type { IndicatorDef, ItemDef, LinkDef, PlanFile } from './types';

export type LinkRole = 'aligns' | 'allocated_to';
/**
 * Why a link does not resolve. `self`: it names the indicator that holds it; `no-indicator`: the plan
 * defines no indicator of that id; the rest say why the plan cannot be used.
 */
export type LinkProblemKind =
  | 'self'
  | 'no-indicator'
  | 'missing'
  | 'outside'
  | 'not-a-file'
  | 'not-text'
  | 'too-large'
  | 'broken'
  | 'not-a-plan';

/** A plan a link names, read once per check with the files it includes. */
export interface LinkedPlan {
  uri: string;
  /** The plan file itself (its `plan.region`, `plan.baseline_year`); absent when it cannot be used. */
  file?: PlanFile;
  /** Its indicators, goals, tasks and funding, its own first, then its includes'. */
  items: ReadonlyMap<string, ItemDef>;
  /** Every file read for it: the plan and its includes (a change to any of them checks the linker again). */
  files: PlanFile[];
  /** Every file its includes name, read or not (one missing or broken may be fixed). */
  named?: string[];
  problem?: LinkProblemKind;
}

export interface ResolvedLink {
  role: LinkRole;
  link: LinkDef;
  /** The indicator of the checked file that holds the link. */
  owner: IndicatorDef;
  /** The linked plan; absent for a link without `plan` (this plan or its includes). */
  plan?: LinkedPlan;
  /** The indicator it names, when it resolves. */
  target?: IndicatorDef;
  /** The file that defines the target (for its baseline year). */
  targetFile?: PlanFile;
  problem?: LinkProblemKind;
}

export interface Links {
  links: ResolvedLink[];
  /** The plans read for the links, by URI (the checked file is never among them). */
  plans: Map<string, LinkedPlan>;
}
