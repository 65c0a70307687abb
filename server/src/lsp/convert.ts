/** Core results to LSP types. */
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic } from 'vscode-languageserver';
import { ruleDocUrl, RULE_CODES, type PlanDiagnostic, type Severity } from '../core/index';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toLspDiagnostic(d: PlanDiagnostic): Diagnostic {
  return {
    range: d.range,
    severity: SEVERITY[d.severity],
    code: d.code,
    codeDescription: RULE_CODES.has(d.code) ? { href: ruleDocUrl(d.code) } : undefined,
    source: 'planlint',
    message: d.message,
    tags: d.code === 'unused-indicator' ? [DiagnosticTag.Unnecessary] : undefined,
    data: d.data,
  };
}
