/** Core results to LSP types. */
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic } from 'vscode-languageserver';
import { ruleMeta, type PlanDiagnostic, type Severity } from '../core/index';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toLspDiagnostic(d: PlanDiagnostic): Diagnostic {
  // Every code with a row has its docs: the rules', and those reported outside rule modules.
  const docs = ruleMeta(d.code)?.docs;
  return {
    range: d.range,
    severity: SEVERITY[d.severity],
    code: d.code,
    codeDescription: docs ? { href: docs } : undefined,
    source: 'planlint',
    message: d.message,
    tags: d.code === 'unused-indicator' ? [DiagnosticTag.Unnecessary] : undefined,
    data: d.data,
  };
}
