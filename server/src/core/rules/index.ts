/** The rules, in the order of the format contract's table. One rule, one file. */
import type { Rule } from './context';
import { yamlSyntax } from './yamlSyntax';
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
import { unusedIndicator } from './unusedIndicator';

export const ALL_RULES: readonly Rule[] = [
  yamlSyntax,
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
  unusedIndicator,
];
