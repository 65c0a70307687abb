import type { PlanDiagnostic, ProjectCheck } from '../../core/index';

export interface FileReport {
  /** Path relative to the current folder, with forward slashes. */
  file: string;
  diagnostics: PlanDiagnostic[];
  /** Diagnostics silenced by suppression comments (SARIF lists them as suppressed). */
  suppressed: PlanDiagnostic[];
  /** The file's text, for fingerprints that survive unrelated edits. */
  source: string;
  /** The checked model, for the HTML report. */
  result?: Extract<ProjectCheck, { ok: true }>;
}
export interface ReportContext {
  color: boolean;
  toolVersion: string;
  cwd: string;
  locale: 'en' | 'zh-cn';
  /** Files named on the command line that could not be read: the summary must not claim all is well. */
  unread?: string[];
}
/** One output format: a pure function of the results (adding a format is one small file). */
export type Reporter = (reports: FileReport[], ctx: ReportContext) => string;
