import type { Msg } from '../diagnostics';
import { resolveIndicator, type ResolvedIndicator } from '../model/analysis';
import type { AnchorDef, IndicatorDef, PlanFile } from '../model/types';
import { resolveAnchor, type AnchorResult } from '../sources/anchors';
import type { Span } from '../text/lineIndex';
import type { Resolution } from '../check/scope';

/** What every rule sees: the checked file, what it can reach, and where to report. */
export interface RuleContext extends Resolution {
  file: PlanFile;
  /** Growth tolerance, in percentage points a year. */
  tolerance: number;
  /** Resolved values of an indicator, computed once per check. */
  indicator(def: IndicatorDef): ResolvedIndicator;
  /** Where a source anchor points, computed once per check. */
  anchor(def: AnchorDef): AnchorResult;
  report(span: Span, message: Msg, data?: Record<string, unknown>): void;
}

export interface Rule {
  code: string;
  check(ctx: RuleContext): void;
}

export function indicatorMemo(res: Resolution): (def: IndicatorDef) => ResolvedIndicator {
  const memo = new Map<IndicatorDef, ResolvedIndicator>();
  return def => {
    let r = memo.get(def);
    if (!r) {
      r = resolveIndicator(
        def,
        res.scope.files.find(f => f.uri === def.uri),
      );
      memo.set(def, r);
    }
    return r;
  };
}

export function anchorMemo(res: Resolution): (def: AnchorDef) => AnchorResult {
  const memo = new Map<AnchorDef, AnchorResult>();
  return def => {
    let r = memo.get(def);
    if (!r) {
      r = resolveAnchor(def, res.sourceStates);
      memo.set(def, r);
    }
    return r;
  };
}

/** Quotes an id for messages. */
export const q = (s: string) => `'${s}'`;
