/** The unit a unit not understood was probably meant to be (`亿园` → `亿元`), shared by unit-unknown and the checks. */
import { closest } from '../text/closest';
import { baseUnitNames, parseScale, parseUnit } from './units';

let known: string[] | undefined;
/** Common written forms of units. */
function knownUnits(): string[] {
  known ??= baseUnitNames()
    .flatMap(b => ['', '万', '亿', '千', '百', '万亿'].map(p => p + b))
    .filter(u => parseUnit(u));
  return known;
}

/**
 * One edit away, never a single character (岁 is no typo of 元), sharing a character, and of the
 * indicator's dimension when that is known: a unit of another kind is no suggestion.
 */
export function likelyUnit(unit: string, dim?: string): string | undefined {
  if ([...unit].length < 2 || parseScale(unit) !== undefined) return undefined;
  const guess = closest(unit, knownUnits(), 1);
  if (!guess || ![...guess].some(c => unit.includes(c))) return undefined;
  return dim === undefined || parseUnit(guess)?.dim === dim ? guess : undefined;
}
