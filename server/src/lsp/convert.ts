/** Core results to LSP types. */
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic } from 'vscode-languageserver';
import { ruleMeta, type PlanDiagnostic, type Severity } from '../core/index';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** A code's link to its docs: every code with a row in the rule table has one. */
export function codeDescriptionOf(code: string): { href: string } | undefined {
  const href = ruleMeta(code)?.docs;
  return href ? { href } : undefined;
}

export function toLspDiagnostic(d: PlanDiagnostic): Diagnostic {
  return {
    range: d.range,
    severity: SEVERITY[d.severity],
    code: d.code,
    codeDescription: codeDescriptionOf(d.code),
    source: 'planlint',
    message: d.message,
    tags: d.code === 'unused-indicator' ? [DiagnosticTag.Unnecessary] : undefined,
    data: d.data,
  };
}
