/** What the drafter extracts from a document, before it is written out as YAML (emit.ts). */
import type { Msg } from '../diagnostics';

/** A quote anchor: the text as written, and `para` when the quote alone is not unique. */
export interface DraftAnchor {
  quote: string;
  para?: number;
}

export interface DraftValue {
  value: string;
  year?: number;
  anchor: DraftAnchor;
  /** A reading to check, written as `# draft: check …` on the value's line. */
  check?: Msg;
  /** A baseline found by name elsewhere in the document: the indicator's own table row says it better. */
  fact?: boolean;
}

export interface DraftIndicator {
  name: string;
  unit: string;
  category?: string;
  type?: '预期性' | '约束性';
  direction: 'increase' | 'decrease' | 'maintain';
  baseline?: DraftValue;
  targets: (DraftValue & { field: 'value' | 'change' | 'text' })[];
  growth?: DraftValue;
  /** Progress figures: values reported as reached in a year of the period. */
  actuals?: (DraftValue & { field: 'value' | 'change' | 'growth' })[];
  /** What a counted target lists (`A、B、C三大基地`), on its last target. */
  items?: string[];
  itemsPartial?: boolean;
  /** Readings to check, each written as a `# draft: check …` line. */
  checks?: Msg[];
  /** The words of the clauses that state its targets (the contract's direction words are read in them). */
  words?: string;
  /** A 〔〕 cell under a flow: the period's total, over this many years. */
  cumulative?: number;
  /** The table marks its name (★, *): binding where the table's note says so. */
  marked?: boolean;
  parts?: string[];
  subsets?: string[];
  /** The heading the indicator stands under (a goal), by its index in the heading list. */
  heading?: number;
  /** Where its first number stands, for document order and merging. */
  at: number;
}

export interface DraftTask {
  title: string;
  lead: string[];
  support: string[];
  /** What the clause says that names no body (有关部门). */
  note?: string;
  checks?: Msg[];
  heading?: number;
  anchor: DraftAnchor;
  at: number;
}

export interface DraftCap {
  amount: string;
  per?: string;
}
export interface DraftFunding {
  title: string;
  instrument?: string;
  basis?: string;
  rate?: string;
  threshold?: string;
  amount?: string | { min: string; max: string };
  caps: DraftCap[];
  tiers?: { level: string; amount: string }[];
  tiersOrder?: 'ascending' | 'descending';
  durationYears?: number;
  costShare?: [string, number][];
  heading?: number;
  anchor: DraftAnchor;
  at: number;
}

export interface DraftHeading {
  title: string;
  anchor: DraftAnchor;
  at: number;
  level: number;
}

export interface DraftModel {
  id: string;
  title?: string;
  period: [number, number];
  baselineYear: number;
  sourcePath: string;
  headings: DraftHeading[];
  indicators: DraftIndicator[];
  tasks: DraftTask[];
  funding: DraftFunding[];
}
