/**
 * The rule registry and the rule table, both derived from the rule modules. One rule, one module; its
 * fixtures and its docs section are checked by test/unit/rule-modules.test.mjs.
 */
import type { CodeMeta, Rule } from './define';
import { EXTRA_CODES, READER_CODES } from './otherCodes';
import { schema } from './schema';
import { duplicateId } from './duplicateId';
import { unknownReference } from './unknownReference';
import { unitUnknown } from './unitUnknown';
import { unitMismatch } from './unitMismatch';
import { percentRange } from './percentRange';
import { yearOrder } from './yearOrder';
import { targetOutsidePeriod } from './targetOutsidePeriod';
import { directionConflict } from './directionConflict';
import { milestoneRegression } from './milestoneRegression';
import { targetConflict } from './targetConflict';
import { countMismatch } from './countMismatch';
import { growthMismatch } from './growthMismatch';
import { sumMismatch } from './sumMismatch';
import { bindingWithoutOwner } from './bindingWithoutOwner';
import { orgSuperseded } from './orgSuperseded';
import { fundingCapConflict } from './fundingCapConflict';
import { fundingTierOrder } from './fundingTierOrder';
import { fundingShare } from './fundingShare';
import { fundingDuration } from './fundingDuration';
import { sourceMissing } from './sourceMissing';
import { sourceAnchor } from './sourceAnchor';
import { sourceAmbiguous } from './sourceAmbiguous';
import { sourceValueDrift } from './sourceValueDrift';
import { behindSchedule } from './behindSchedule';
import { targetMet } from './targetMet';
import { alignmentWeaker } from './alignmentWeaker';
import { allocationShortfall } from './allocationShortfall';
import { unusedIndicator } from './unusedIndicator';
import { draftPlaceholder } from './draftPlaceholder';

/** The rules, in the order of the format contract's table. */
export const ALL_RULES: readonly Rule[] = [
  schema,
  duplicateId,
  unknownReference,
  unitUnknown,
  unitMismatch,
  percentRange,
  yearOrder,
  targetOutsidePeriod,
  directionConflict,
  milestoneRegression,
  targetConflict,
  countMismatch,
  growthMismatch,
  sumMismatch,
  bindingWithoutOwner,
  orgSuperseded,
  fundingCapConflict,
  fundingTierOrder,
  fundingShare,
  fundingDuration,
  sourceMissing,
  sourceAnchor,
  sourceAmbiguous,
  sourceValueDrift,
  behindSchedule,
  targetMet,
  alignmentWeaker,
  allocationShortfall,
  unusedIndicator,
  // Beyond the contract's table: a drafted plan's `# draft:` placeholders left in (docs/draft.md).
  draftPlaceholder,
];

/** Every rule code of the contract with its row, in the contract's order; codes never change meaning. */
export const RULES: readonly CodeMeta[] = [...READER_CODES, ...ALL_RULES.map(r => r.meta)];
/** The codes a config can set. */
export const RULE_CODES: ReadonlySet<string> = new Set(RULES.map(r => r.code));
export { EXTRA_CODES };

export function ruleMeta(code: string): CodeMeta | undefined {
  return RULES.find(r => r.code === code) ?? EXTRA_CODES.find(r => r.code === code);
}
