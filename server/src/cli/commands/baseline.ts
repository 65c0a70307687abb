/** `--baseline FILE`: report only findings that an earlier `--format json` output does not hold. */
import type { Msg } from '../../core/index';
import { msg } from '../../core/l10n/index';
import type { FileReport } from '../reporters/index';

/** A baseline file that is not what `--format json` prints, with why in every locale. */
export class BaselineRefused extends Error {
  constructor(readonly why: Msg) {
    super(why.en);
  }
}

interface Known {
  file: string;
  code: string;
  message: string;
}

/** Matches by file, rule and message (not by line, which unrelated edits move); each known finding absorbs one. */
export function applyBaseline(reports: FileReport[], baselineJson: string): FileReport[] {
  const known = JSON.parse(baselineJson) as Known[];
  if (!Array.isArray(known)) throw new BaselineRefused(msg('baseline.notArray'));
  const left = new Map<string, number>();
  for (const k of known) {
    const key = `${k.file}|${k.code}|${k.message}`;
    left.set(key, (left.get(key) ?? 0) + 1);
  }
  return reports.map(r => ({
    ...r,
    diagnostics: r.diagnostics.filter(d => {
      const key = `${r.file}|${d.code}|${d.message}`;
      const n = left.get(key) ?? 0;
      if (n > 0) {
        left.set(key, n - 1);
        return false;
      }
      return true;
    }),
  }));
}
