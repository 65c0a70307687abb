/** The typed plan model. Every value keeps the span of the text it came from. */
import type { Span, LineIndex } from '../text/lineIndex';
import type { ParsedYaml } from '../yaml/parse';

export interface Located<T> {
  value: T;
  span: Span;
}
/** A reference to an id (indicator, goal, organization, document, ...). */
export interface Ref {
  id: string;
  span: Span;
}

export interface AnchorDef {
  span: Span;
  doc?: Ref;
  para?: Located<number>;
  quote?: Located<string>;
  /** The `doc#pN` shorthand was used. */
  shorthand: boolean;
}

/** A baseline, a target or an actual. */
export interface PointDef {
  span: Span;
  year?: Located<number>;
  value?: Located<unknown>;
  change?: Located<unknown>;
  /** A qualitative commitment (`保持在合理区间`): kept, never compared. */
  text?: Located<string>;
  /** An actual's average annual growth from the baseline year (`年均增长5.3%`). */
  growth?: Located<unknown>;
  /** What a counted target counts, as listed (`items`); the key's span for messages. */
  items?: { keySpan: Span; span: Span; values: Located<string>[] };
  /** `items_partial: true`: the document ended a shorter list with 等. */
  itemsPartial?: boolean;
  source?: AnchorDef;
}

/**
 * A link to an indicator another plan (or this one) defines: `aligns` (规划衔接) and `allocated_to`
 * (指标分解). `span` is the link's node; `plan` is relative to the file that holds the link.
 */
export interface LinkDef {
  span: Span;
  plan?: Located<string>;
  indicator?: Located<string>;
  /** `must: meet` (aligns only): the plan committed to the other's figure. */
  must?: Located<string>;
}

export interface GrowthDef {
  span: Span;
  value?: Located<unknown>;
  source?: AnchorDef;
}

export interface ItemBase {
  id: string;
  keySpan: Span;
  span: Span;
  uri: string;
  source?: AnchorDef;
}

export interface IndicatorDef extends ItemBase {
  kind: 'indicator';
  name?: Located<string>;
  unit?: Located<string>;
  category?: string;
  type: 'expected' | 'binding';
  direction?: Located<string>;
  baseline?: PointDef;
  targets: PointDef[];
  /** Values reported for a year (实现值, 完成值): not commitments. */
  actuals: PointDef[];
  growth?: GrowthDef;
  parts: Ref[];
  partsSpan?: Span;
  subsets: Ref[];
  responsible: Ref[];
  /** `bounds: [min, max]` in the indicator's unit; either may be null. */
  bounds?: { span: Span; min?: number; max?: number };
  /** The indicators this one carries down (a lone link is read as a list of one). */
  aligns: LinkDef[];
  /** The indicators this total is split into. */
  allocatedTo: LinkDef[];
}

export interface GoalDef extends ItemBase {
  kind: 'goal';
  title?: Located<string>;
  indicators: Ref[];
  responsible: Ref[];
}
export interface TaskDef extends ItemBase {
  kind: 'task';
  title?: Located<string>;
  lead: Ref[];
  support: Ref[];
  goals: Ref[];
  due?: Located<number>;
}

export interface CapDef {
  span: Span;
  amount?: Located<unknown>;
  per?: Located<string>;
}
export interface TierDef {
  span: Span;
  level?: string;
  amount?: Located<unknown>;
}
export interface ShareDef {
  level: string;
  keySpan: Span;
  value: Located<unknown>;
}

export interface FundingDef extends ItemBase {
  kind: 'funding';
  title?: Located<string>;
  instrument?: Located<string>;
  rate?: Located<unknown>;
  /** A condition to qualify, in any unit; compared with nothing. */
  threshold?: Located<unknown>;
  /** What the threshold measures, where it is not the basis (`{ of: 亩均税收, value: … }`). */
  thresholdOf?: Located<string>;
  /** A fixed amount, or the two ends of a range. */
  amount?: Located<unknown>;
  amountMin?: Located<unknown>;
  amountMax?: Located<unknown>;
  caps: CapDef[];
  durationYears?: Located<number>;
  startYear?: Located<number>;
  payer: Ref[];
  costShare: ShareDef[];
  tiers: TierDef[];
  tiersOrder?: Located<string>;
  supports: Ref[];
}

export type ItemDef = IndicatorDef | GoalDef | TaskDef | FundingDef;

export interface OrgDef {
  id: string;
  keySpan: Span;
  span: Span;
  uri: string;
  name?: Located<string>;
  aliases: Located<string>[];
  until?: Located<number>;
  successor?: Ref;
  /** What became of it after `until` (beyond the contract): `renamed`, `merged` or `abolished`. */
  change?: Located<string>;
}

export interface SourceDef {
  id: string;
  keySpan: Span;
  span: Span;
  uri: string;
  path?: Located<string>;
  title?: Located<string>;
}

export interface PlanMeta {
  keySpan: Span;
  span: Span;
  id?: Located<string>;
  title?: Located<string>;
  region?: string;
  period?: { span: Span; first?: Located<number>; last?: Located<number> };
  baselineYear?: Located<number>;
  issuedBy: Ref[];
}

export interface PlanFile {
  uri: string;
  text: string;
  lines: LineIndex;
  yaml: ParsedYaml;
  /** True when the file holds only `planlint`, `organizations` and `sources`. */
  isRegistry: boolean;
  meta?: PlanMeta;
  includes: Located<string>[];
  sources: Map<string, SourceDef>;
  organizations: Map<string, OrgDef>;
  indicators: Map<string, IndicatorDef>;
  goals: Map<string, GoalDef>;
  tasks: Map<string, TaskDef>;
  funding: Map<string, FundingDef>;
  /** Indicators, goals, tasks and funding clauses in document order, first definitions only. */
  items: ItemDef[];
}
