/**
 * `planlint doc <document|directory>...` (the contract's *Checking a document directly*): each source
 * document drafted in memory and checked; its findings reported at the document's own positions, in
 * every output format, with the checker's exit codes. A document that cannot be read gets one
 * `source-missing` error at line 1, column 1, with the reason.
 */
import * as path from 'node:path';
import type { Locale, PlanDiagnostic, SourceDocument } from '../../core/index';
import { t } from '../../core/l10n/index';
import { newRun, refusedOutcome } from '../outcomes';
import type { FileReport } from '../reporters/index';
import type { RunOptions } from '../run';

const AT_START = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

export async function runDocChecks(files: string[], opts: RunOptions & { explain?: boolean }): Promise<FileReport[]> {
  return (await checkDocuments(files, opts)).map(d => d.report);
}

/** A place a finding on a document names: its paragraph's text and the spans in it (offsets in that text). */
export interface DocumentPlace {
  para: number;
  text: string;
  spans: [number, number][];
}
/** A document checked directly, for the report: its findings, each with its paragraph and the related ones. */
export interface CheckedDocument {
  report: FileReport;
  places: DocumentPlace[][];
}

export async function checkDocuments(
  files: string[],
  opts: RunOptions & { explain?: boolean },
): Promise<CheckedDocument[]> {
  const { session, budget } = newRun(opts);
  const rel = (file: string) => path.relative(opts.cwd, file).split(path.sep).join('/') || path.basename(file);
  const out: CheckedDocument[] = [];
  for (const file of files) {
    if (budget.exceeded) {
      out.push({ report: refusedOutcome(file, opts, budget).report!, places: [] });
      continue;
    }
    const project = await session.projectFor(file);
    const r = await project.documents.checkDocument(file);
    let diagnostics: PlanDiagnostic[];
    let places: DocumentPlace[][] = [];
    if ('unread' in r) {
      const unread = { uri: file, range: AT_START, severity: 'error' as const, code: 'source-missing' };
      diagnostics = [{ ...unread, message: r.unread, paragraph: 1, related: [] }];
    } else {
      diagnostics = opts.explain ? explained(r.findings, r.draft, opts.locale) : r.findings;
      places = r.findings.map(f => placesOf(r.doc, f));
    }
    out.push({ report: { file: rel(file), diagnostics, suppressed: [], source: '' }, places });
  }
  return out.sort((a, b) => (a.report.file < b.report.file ? -1 : a.report.file > b.report.file ? 1 : 0));
}

/** A finding's paragraph, then each related one, with the spans it marks there. */
function placesOf(doc: SourceDocument, f: PlanDiagnostic): DocumentPlace[] {
  const text = doc.form === 'text' || doc.form === 'markdown';
  const place = (para: number, range: PlanDiagnostic['range']): DocumentPlace | undefined => {
    const p = doc.paragraph(para);
    if (!p) return undefined;
    const at = (pos: PlanDiagnostic['range']['start']) => (text ? doc.lines.offsetAt(pos) - p.start : pos.character);
    return { para, text: doc.paragraphText(para), spans: [[at(range.start), at(range.end)]] };
  };
  const out: DocumentPlace[] = [];
  for (const [para, range] of [
    [f.paragraph ?? 1, f.range] as const,
    ...(f.related ?? []).map(r => [r.paragraph, r.range] as const),
  ]) {
    const p = place(para, range);
    if (!p) continue;
    const same = out.find(o => o.para === p.para);
    if (same) same.spans.push(...p.spans);
    else out.push(p);
  }
  return out;
}

/** `--explain`: each finding with the drafted entry it comes from (the reading a reviewer checks). */
function explained(findings: PlanDiagnostic[], draft: string, locale: Locale): PlanDiagnostic[] {
  return findings.map(f => {
    const reading = f.draftLine === undefined ? undefined : draft.split('\n')[f.draftLine]?.trim();
    return reading ? { ...f, message: `${f.message}\n${t(locale, 'doc.explain', { line: reading })}` } : f;
  });
}
