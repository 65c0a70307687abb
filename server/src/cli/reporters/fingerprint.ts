import { createHash } from 'node:crypto';
import type { PlanDiagnostic } from '../../core/index';
import type { FileReport } from './types';

/**
 * A fingerprint that survives unrelated edits: the rule, the file and the text of the offending
 * line (not its number), with a count for identical lines. Code scanning then tracks a finding
 * rather than raising it again when lines above it move.
 */
export function fingerprints(r: FileReport, diags: PlanDiagnostic[]): string[] {
  const lines = r.source.split(/\r?\n/);
  const seen = new Map<string, number>();
  return diags.map(d => {
    const base = `${d.code}|${r.file}|${(lines[d.range.start.line] ?? '').trim()}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return createHash('sha256').update(`${base}|${n}`).digest('hex').slice(0, 32);
  });
}
