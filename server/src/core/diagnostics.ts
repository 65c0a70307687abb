import type { Range } from './text/lineIndex';

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type Locale = 'en' | 'zh-cn';
/** A message in every locale the product speaks; the caller picks one. */
export interface Msg {
  en: string;
  zh: string;
}

export function pickLocale(m: Msg, locale: Locale): string {
  return locale === 'zh-cn' ? m.zh : m.en;
}

/** Normalises a VS Code / BCP 47 locale tag ("zh-CN", "zh-hans", "en-US") to one we speak. */
export function toLocale(tag: string | undefined): Locale {
  return tag && /^zh/i.test(tag) ? 'zh-cn' : 'en';
}

/** The checker's own diagnostic: protocol-neutral, positions 0-based, columns in UTF-16 units. */
export interface PlanDiagnostic {
  uri: string;
  range: Range;
  severity: Severity;
  code: string;
  message: string;
  data?: DiagnosticData;
  /** `planlint doc`: the paragraph the finding sits in, and the other places it compares. */
  paragraph?: number;
  related?: RelatedSpan[];
  /** `planlint doc`: the line of the in-memory draft the finding comes from (for `--explain`). */
  draftLine?: number;
  /**
   * Set on a finding a `planlint-disable` comment silences: a reviewer's decision, shown apart from the
   * open findings. `line` is the comment's (0-based), `reason` the text after its ` -- `.
   */
  acknowledged?: { line: number; reason?: string };
}

/** Another place a finding on a document compares: its paragraph and span (`planlint doc`). */
export interface RelatedSpan {
  paragraph: number;
  range: Range;
}

/** What a diagnostic carries for the editor: its quick fix's facts, or that its rule failed. */
export interface DiagnosticData {
  fix?: FixData;
  internalError?: true;
}

/**
 * The facts a quick fix needs, one kind per remedy; `service/codeActions.ts` switches on `kind`. A
 * rule module names the kinds it carries in `meta.fixes`, so its reports can carry no other.
 */
export type FixData =
  /** org-superseded: name the successor instead. */
  | { kind: 'successor'; id: string }
  /** unknown-reference: the defined name nearest to the one written. */
  | { kind: 'suggestion'; id: string }
  /** unit-unknown: the unit written, and the unit it was probably meant to be. */
  | { kind: 'unit'; unit: string; suggestion: string }
  /**
   * growth-mismatch: the growth the numbers imply (when exact and not against the direction), in
   * `unit`; the last target as the stated growth gives it, and where that target is written.
   */
  | { kind: 'growth'; implied?: number; unit: string; target: number; targetRange?: Range }
  /** source-value-drift: the number the source states, as YAML and as shown in the fix's title. */
  | { kind: 'source-value'; yaml: string; shown: string };
export type FixKind = FixData['kind'];

export const DOCS_BASE = 'https://github.com/planlint/planlint/blob/main/docs/rules.md';
export function ruleDocUrl(code: string): string {
  return `${DOCS_BASE}#${code}`;
}
