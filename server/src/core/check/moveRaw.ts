import type { Raw } from './raw';

/** A kept report moved with its item: `by` characters and `lines` lines (a fix's range is in lines). */
export function moveRaw(r: Raw, by: number, lines: number): Raw {
  const span = { start: r.span.start + by, end: r.span.end + by };
  const fix = r.data?.fix;
  if (fix?.kind !== 'growth' || !fix.targetRange) return { ...r, span };
  const { start, end } = fix.targetRange;
  const targetRange = {
    start: { line: start.line + lines, character: start.character },
    end: { line: end.line + lines, character: end.character },
  };
  return { ...r, span, data: { ...r.data, fix: { ...fix, targetRange } } };
}

/** Whether reports hold lines besides their offsets (a growth fix's range): they move with a line added above. */
export const linesIn = (raw: readonly Raw[]): boolean =>
  raw.some(r => r.data?.fix?.kind === 'growth' && r.data.fix.targetRange !== undefined);
