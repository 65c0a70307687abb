/** The unit a unit not understood was probably meant to be (`亿园` → `亿元`), shared by unit-unknown and the checks. */
import { closest } from '../text/closest';
import { baseUnitNames, parseScale, parseUnit, type UnitTable } from './units';

/** Common written forms of units (of the table's, once per table). */
function knownUnits(units: UnitTable | undefined): string[] {
  const list = () =>
    baseUnitNames(units)
      .flatMap(b => ['', '万', '亿', '千', '百', '万亿'].map(p => p + b))
      .filter(u => parseUnit(u, units));
  return units ? units.remember('likely-units', '', list) : list();
}

/**
 * One edit away, never a single character (岁 is no typo of 元), sharing a character, and of the
 * indicator's dimension when that is known: a unit of another kind is no suggestion.
 */
export function likelyUnit(unit: string, dim: string | undefined, units: UnitTable | undefined): string | undefined {
  if ([...unit].length < 2 || parseScale(unit) !== undefined) return undefined;
  const guess = closest(unit, knownUnits(units), 1);
  if (!guess || ![...guess].some(c => unit.includes(c))) return undefined;
  return dim === undefined || parseUnit(guess, units)?.dim === dim ? guess : undefined;
}
