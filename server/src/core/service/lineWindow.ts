/**
 * A window of lines around an offset, so that what completion reads near the cursor costs the same in
 * a plan of 10 indicators and one of 10,000 (splitting the whole text into lines did not).
 */

/** The start of the line `n` lines above the one holding `offset` (0 when there are fewer). */
export function lineStartAbove(text: string, offset: number, n: number): number {
  let s = text.lastIndexOf('\n', offset - 1) + 1;
  for (let k = 0; k < n && s > 0; k++) s = text.lastIndexOf('\n', s - 2) + 1;
  return s;
}

/** The end of the line `n` lines below the one holding `offset` (the text's end when there are fewer). */
export function lineEndBelow(text: string, offset: number, n: number): number {
  let e = text.indexOf('\n', offset);
  for (let k = 0; k < n && e >= 0; k++) e = text.indexOf('\n', e + 1);
  return e < 0 ? text.length : e;
}
