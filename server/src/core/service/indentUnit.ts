/**
 * A plan's indentation step, so that what the editor inserts (a snippet, an "Add to plan…" entry) is
 * indented as the file is: the first line indented under a top-level key, two spaces by default.
 */
export function indentUnit(lines: readonly string[]): number {
  for (let i = 1; i < lines.length; i++) {
    const m = /^( +)[^\s#]/.exec(lines[i]);
    if (m && /^[^\s#][^#]*:\s*(#.*)?$/.test(lines[i - 1])) return m[1].length;
  }
  return 2;
}

/** Text written two spaces a level, re-indented `unit` spaces a level (each line's leading spaces). */
export function reindent(text: string, unit: number): string {
  if (unit === 2) return text;
  return text.replace(/^( +)/gm, (_, s: string) => ' '.repeat((s.length / 2) * unit));
}
