/**
 * `# planlint-disable-next-line <code>...` silences rules on the next line that holds YAML;
 * `# planlint-disable <code>...` on a comment line silences them in the whole file.
 */
import type { LineIndex } from '../text/lineIndex';

export interface SuppressionComment { line: number; codes: string[]; kind: 'file' | 'next-line' }
export interface Suppressions {
  /** code → the comment that silences it in the whole file. */
  file: Map<string, SuppressionComment>;
  /** 0-based line → code → the comment that silences it there. */
  lines: Map<number, Map<string, SuppressionComment>>;
  comments: SuppressionComment[];
}

const NEXT = /^\s*#\s*planlint-disable-next-line\s+(.+?)\s*$/;
const FILE = /^\s*#\s*planlint-disable\s+(.+?)\s*$/;

export function readSuppressions(text: string, lines: LineIndex): Suppressions {
  const out: Suppressions = { file: new Map(), lines: new Map(), comments: [] };
  if (!text.includes('planlint-disable')) return out;
  for (let l = 0; l < lines.lineCount; l++) {
    const t = lines.lineText(l);
    const next = NEXT.exec(t);
    const whole = next ? null : FILE.exec(t);
    const m = next ?? whole;
    if (!m) continue;
    const comment: SuppressionComment = { line: l, codes: m[1].split(/[\s,]+/).filter(Boolean), kind: whole ? 'file' : 'next-line' };
    out.comments.push(comment);
    if (whole) { comment.codes.forEach(c => out.file.set(c, comment)); continue; }
    let target = l + 1;
    while (target < lines.lineCount && /^\s*(#.*)?$/.test(lines.lineText(target))) target++;
    const map = out.lines.get(target) ?? new Map<string, SuppressionComment>();
    comment.codes.forEach(c => map.set(c, comment));
    out.lines.set(target, map);
  }
  return out;
}

/** The comment that silences `code` on `line`, if any. */
export function suppressedBy(s: Suppressions, code: string, line: number): SuppressionComment | undefined {
  return s.lines.get(line)?.get(code) ?? s.file.get(code);
}
