import type { FixData, Msg } from '../diagnostics';
import { resolveIndicator, type ResolvedIndicator } from '../model/analysis';
import type { AnchorDef, IndicatorDef, PlanFile } from '../model/types';
import { resolveAnchor, type AnchorResult } from '../resolve/anchors';
import type { Span } from '../text/lineIndex';
import type { Resolution } from '../resolve/scope';

/** What every rule reads: the checked file and what it can reach. */
export interface RuleInputs extends Resolution {
  file: PlanFile;
  /** Growth tolerance, in percentage points a year. */
  tolerance: number;
  /** Schedule tolerance, in percent of the way from a path's start to its target. */
  scheduleTolerance: number;
  /** Resolved values of an indicator, computed once per check. */
  indicator(def: IndicatorDef): ResolvedIndicator;
  /** Where a source anchor points, computed once per check. */
  anchor(def: AnchorDef): AnchorResult;
}

/** A rule's message texts by id, each in both languages, with `{name}` placeholders. */
export type Messages = Record<string, Msg>;
/** A placeholder's value: one text for both languages, or one per language. */
export type Fill = string | number | Msg;

/** The `{name}` placeholders of a message text, read by the compiler from the text's literal type. */
type Holes<S extends string> = S extends `${string}{${infer H}}${infer R}` ? H | Holes<R> : never;
type HolesOf<T extends Msg> = Holes<T['en']> | Holes<T['zh']>;
/** What `report` takes after the message id: a value for each placeholder (if it has any), then a fix. */
type ReportArgs<T extends Msg, F> = [HolesOf<T>] extends [never]
  ? [values?: Record<string, never>, fix?: F]
  : [values: Record<HolesOf<T>, Fill>, fix?: F];

/**
 * What a rule sees: its inputs, and where to report. `report` takes an id of the rule's own messages,
 * exactly the placeholders that message has, and only the kinds of fix the rule declares.
 */
export interface RuleContext<M extends Messages = Messages, F extends FixData = FixData> extends RuleInputs {
  report<I extends keyof M & string>(span: Span, id: I, ...args: ReportArgs<M[I], F>): void;
}

export function indicatorMemo(res: Resolution): (def: IndicatorDef) => ResolvedIndicator {
  const memo = new Map<IndicatorDef, ResolvedIndicator>();
  return def => {
    let r = memo.get(def);
    if (!r) {
      // A linked plan's indicator reads its baseline year from its own file.
      const file =
        res.scope.files.find(f => f.uri === def.uri) ??
        [...res.links.plans.values()].flatMap(p => p.files).find(f => f.uri === def.uri);
      r = resolveIndicator(def, file, res.units);
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
