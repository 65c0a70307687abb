/**
 * `# planlint-disable-next-line <code>...` silences rules on the next line that holds YAML;
 * `# planlint-disable <code>...` on a comment line silences them in the whole file. As in ESLint,
 * `-- <reason>` after the codes says why: a finding so silenced is acknowledged, with its reason.
 */
import type { LineIndex } from '../text/lineIndex';

export interface SuppressionComment {
  line: number;
  codes: string[];
  kind: 'file' | 'next-line';
  /** The text after ` -- `, trimmed; absent when the comment gives none. */
  reason?: string;
}
export interface Suppressions {
  /** code → the comment that silences it in the whole file. */
  file: Map<string, SuppressionComment>;
  /** 0-based line → code → the comment that silences it there. */
  lines: Map<number, Map<string, SuppressionComment>>;
  comments: SuppressionComment[];
}

/**
 * Matched on the trimmed line, so no pattern has a lazy group before trailing whitespace (that
 * took seconds on a comment padded with 200,000 spaces).
 */
const COMMENT = /^#\s*planlint-disable(-next-line)?\s+(\S.*)$/;
const isBlankOrComment = (line: string) => {
  const t = line.trimStart();
  return t === '' || t.startsWith('#');
};

export function readSuppressions(text: string, lines: LineIndex): Suppressions {
  const out: Suppressions = { file: new Map(), lines: new Map(), comments: [] };
  if (!text.includes('planlint-disable')) return out;
  // next-line comments wait for the next line that holds YAML: one pass, however many there are.
  let pending: SuppressionComment[] = [];
  for (let l = 0; l < lines.lineCount; l++) {
    const t = lines.lineText(l);
    const m = t.includes('planlint-disable') ? COMMENT.exec(t.trim()) : null;
    if (!m) {
      if (pending.length && !isBlankOrComment(t)) {
        attach(out, l, pending);
        pending = [];
      }
      continue;
    }
    const whole = !m[1];
    // ESLint's separator: two or more dashes with whitespace on both sides.
    const sep = /\s-{2,}\s|\s-{2,}$/.exec(` ${m[2]}`);
    const list = sep ? ` ${m[2]}`.slice(0, sep.index) : m[2];
    const reason = sep ? ` ${m[2]}`.slice(sep.index + sep[0].length).trim() : '';
    const codes = list.split(/[\s,]+/).filter(Boolean);
    const comment: SuppressionComment = { line: l, codes, kind: whole ? 'file' : 'next-line' };
    if (reason) comment.reason = reason;
    out.comments.push(comment);
    if (whole) for (const c of comment.codes) out.file.set(c, comment);
    else pending.push(comment);
  }
  if (pending.length) attach(out, lines.lineCount, pending);
  return out;
}

function attach(out: Suppressions, target: number, comments: SuppressionComment[]): void {
  const map = out.lines.get(target) ?? new Map<string, SuppressionComment>();
  for (const comment of comments) for (const c of comment.codes) map.set(c, comment);
  out.lines.set(target, map);
}

/** The comment that silences `code` on `line`, if any. */
export function suppressedBy(s: Suppressions, code: string, line: number): SuppressionComment | undefined {
  return s.lines.get(line)?.get(code) ?? s.file.get(code);
}
