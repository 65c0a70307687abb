/**
 * The PlanLint checker core. Pure: no `fs`, `path`, `vscode` or LSP imports (a test enforces it);
 * all I/O goes through the injected FileHost, so the node server, the browser worker and the CLI
 * run the same code and give the same diagnostics.
 */
export * from './diagnostics';
export { t, tn, tWord, msg, hasMessage, CATALOGUES } from './l10n/index';
export { ALL_RULES, RULES, RULE_CODES, EXTRA_CODES, ruleMeta } from './rules/index';
export type { CodeMeta, Rule, RuleMeta } from './rules/define';
export type { RuleContext } from './rules/context';
export {
  parseConfig,
  mergeConfig,
  excerpt,
  DEFAULT_CONFIG,
  CONFIG_FILE,
  type PlanlintConfig,
  type RuleSetting,
  type ConfigProblem,
} from './config';
export { Workspace } from './workspace/workspace';
export { DEFAULT_LIMITS, FileTooLarge, NotAFile, type FileHost, type Limits } from './workspace/host';
export { decodeText, encodingLabel, isText, type Decoded, type Encoding } from './text/encoding';
export type { CheckOptions, CheckResult } from './check/check';
export {
  parseQuantity,
  intervalOf,
  intersects,
  admits,
  toHalfWidth,
  showInterval,
  showQuantity,
  type Quantity,
  type Interval,
} from './quantity/quantity';
export { parseUnit, dimensionLabel, baseUnitNames, type Unit } from './quantity/units';
export { SourceDocument, readNumbers } from './sources/document';
export { readDocument, READ_FORM, UNREAD_FORM, type ReadResult, type ReadFailureCode } from './sources/read/index';
export type { DocumentText, SourceForm } from './sources/form';
export { LineIndex, type Position, type Range, type Span } from './text/lineIndex';
export * as paths from './text/paths';
export { headingSlug, ruleHelpLink, ruleSection, SHOW_RULE_COMMAND } from './text/ruleHelp';
export { default as planSchema } from '../../../schemas/plan.schema.json';
export { Project, type ServiceSettings, type ProjectCheck } from './project/project';
export type { Hover, Location } from './service/types';
export { Session, type SessionOptions } from './project/session';
export { configDiagnostics, whyUnreadable, type AppliedConfig } from './project/configs';
export type { SourceCitations, Citation, CitedParagraph, CitingItem, UncitedNumber } from './service/citations';
export type { ParagraphMark } from './service/paragraphs';
export type { DocumentCoverage, CoverageItem } from './service/coverage';
export { notACommitment, WORDS_WITH_NUMERALS } from './service/notCommitments';
export { escapeMarkdown, linkTarget } from './service/markdown';
export type { PlanSymbol } from './service/symbols';
export type { CompletionResult } from './service/completion';
export type { CompletionEntry } from './service/types';
export type { QuickFix, TextEdit } from './service/codeActions';
export type { InlayHint } from './service/inlayHints';
export { resolveIndicator, type ResolvedIndicator } from './model/analysis';
export { impliedGrowth, paceBetween, paceKind, showPace } from './model/growth';
export { showValue } from './model/show';
export {
  evaluateIndicator,
  pathPoints,
  INDICATOR_STATES,
  DEFAULT_SCHEDULE_TOLERANCE,
  type IndicatorEvaluation,
  type IndicatorState,
} from './model/monitoring';
export { resolveAnchor } from './resolve/anchors';
export type { Resolution } from './resolve/scope';
export type { PlanFile, IndicatorDef, AnchorDef } from './model/types';
export {
  DRAFT_NEVER_GIVES,
  draftPlan,
  explainText,
  type Draft,
  type DraftOptions,
  type DraftModel,
} from './draft/index';
