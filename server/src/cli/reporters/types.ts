import type { PlanDiagnostic } from '../../core/index';

export interface FileReport {
  /** Path relative to the current folder, with forward slashes. */
  file: string;
  diagnostics: PlanDiagnostic[];
}
export interface ReportContext { color: boolean; toolVersion: string }
/** One output format: a pure function of the results (adding a format is one small file). */
export type Reporter = (reports: FileReport[], ctx: ReportContext) => string;
