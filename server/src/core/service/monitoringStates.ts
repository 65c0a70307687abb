/** Each indicator's state (*Monitoring: actuals*) for the outline, from the one reading in model/monitoring.ts. */
import type { Resolution } from '../resolve/scope';
import type { Locale } from '../diagnostics';
import { t } from '../l10n/index';
import { resolveIndicator } from '../model/analysis';
import { evaluateIndicator, type IndicatorState, type MonitoringTolerances } from '../model/monitoring';
import type { PlanFile } from '../model/types';
import type { StateGrouping } from './symbols';

const STATE_KEY = {
  met: 'state.met',
  behind: 'state.behind',
  onTrack: 'state.onTrack',
  notCompared: 'state.notCompared',
  noData: 'state.noData',
} as const;
/** A state's name as the report, the outline and the evaluation table write it. */
export const stateLabel = (state: IndicatorState, locale: Locale) => t(locale, STATE_KEY[state]);

export function stateGrouping(
  file: PlanFile,
  res: Resolution,
  tol: MonitoringTolerances,
  locale: Locale,
): StateGrouping {
  return {
    stateOf: def =>
      evaluateIndicator(resolveIndicator(def, res.scope.files.find(f => f.uri === def.uri) ?? file, res.units), tol)
        .state,
    label: (state: IndicatorState, n: number) =>
      t(locale, 'outline.stateGroup', { state: stateLabel(state, locale), n }),
  };
}
