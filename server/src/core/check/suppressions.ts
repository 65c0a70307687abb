/**
 * `# planlint-disable-next-line <code>...` silences rules on the next line that holds YAML;
 * `# planlint-disable <code>...` on a comment line silences them in the whole file.
 */
import type { LineIndex } from '../text/lineIndex';

export interface Suppressions {
  file: Set<string>;
  /** 0-based line → codes silenced on it. */
  lines: Map<number, Set<string>>;
  /** Each comment, for reporting unused ones. */
  comments: { line: number; codes: string[]; kind: 'file' | 'next-line' }[];
}

const NEXT = /^\s*#\s*planlint-disable-next-line\s+(.+?)\s*$/;
const FILE = /^\s*#\s*planlint-disable\s+(.+?)\s*$/;

export function readSuppressions(text: string, lines: LineIndex): Suppressions {
  const out: Suppressions = { file: new Set(), lines: new Map(), comments: [] };
  if (!text.includes('planlint-disable')) return out;
  for (let l = 0; l < lines.lineCount; l++) {
    const t = lines.lineText(l);
    const next = NEXT.exec(t);
    const whole = next ? null : FILE.exec(t);
    const m = next ?? whole;
    if (!m) continue;
    const codes = m[1].split(/[\s,]+/).filter(Boolean);
    if (whole) { codes.forEach(c => out.file.add(c)); out.comments.push({ line: l, codes, kind: 'file' }); continue; }
    let target = l + 1;
    while (target < lines.lineCount && /^\s*(#.*)?$/.test(lines.lineText(target))) target++;
    const set = out.lines.get(target) ?? new Set<string>();
    codes.forEach(c => set.add(c));
    out.lines.set(target, set);
    out.comments.push({ line: l, codes, kind: 'next-line' });
  }
  return out;
}

export function isSuppressed(s: Suppressions, code: string, line: number): boolean {
  return s.file.has(code) || !!s.lines.get(line)?.has(code);
}
