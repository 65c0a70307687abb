/**
 * `planlint doc <document|directory>...` (the contract's *Checking a document directly*): each source
 * document drafted in memory and checked; its findings reported at the document's own positions, in
 * every output format, with the checker's exit codes. A document that cannot be read gets one
 * `source-missing` error at line 1, column 1, with the reason.
 */
import * as path from 'node:path';
import type { Locale, PlanDiagnostic } from '../../core/index';
import { t } from '../../core/l10n/index';
import { newRun, refusedOutcome } from '../outcomes';
import type { FileReport } from '../reporters/index';
import type { RunOptions } from '../run';

const AT_START = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

export async function runDocChecks(files: string[], opts: RunOptions & { explain?: boolean }): Promise<FileReport[]> {
  const { session, budget } = newRun(opts);
  const rel = (file: string) => path.relative(opts.cwd, file).split(path.sep).join('/') || path.basename(file);
  const reports: FileReport[] = [];
  for (const file of files) {
    if (budget.exceeded) {
      reports.push(refusedOutcome(file, opts, budget).report!);
      continue;
    }
    const project = await session.projectFor(file);
    const r = await project.checkDocument(file);
    let diagnostics: PlanDiagnostic[];
    if ('unread' in r) {
      const unread = { uri: file, range: AT_START, severity: 'error' as const, code: 'source-missing' };
      diagnostics = [{ ...unread, message: r.unread, paragraph: 1, related: [] }];
    } else diagnostics = opts.explain ? explained(r.findings, r.draft, opts.locale) : r.findings;
    reports.push({ file: rel(file), diagnostics, suppressed: [], source: '' });
  }
  return reports.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** `--explain`: each finding with the drafted entry it comes from (the reading a reviewer checks). */
function explained(findings: PlanDiagnostic[], draft: string, locale: Locale): PlanDiagnostic[] {
  return findings.map(f => {
    const reading = f.draftLine === undefined ? undefined : draft.split('\n')[f.draftLine]?.trim();
    return reading ? { ...f, message: `${f.message}\n${t(locale, 'doc.explain', { line: reading })}` } : f;
  });
}
