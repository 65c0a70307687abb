/** Core results to LSP types. */
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic } from 'vscode-languageserver';
import { ruleMeta, t, type Locale, type PlanDiagnostic, type Severity } from '../core/index';

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

/**
 * A finding a `planlint-disable … -- reason` comment records: shown as a hint (apart from the open
 * findings, never in the Problems panel's counts), its reason in the message, the comment as related
 * information. `data.acknowledged` keeps quick fixes off it.
 */
export function toAcknowledgedLspDiagnostic(d: PlanDiagnostic, clientUri: string, locale: Locale): Diagnostic {
  const reason = d.acknowledged?.reason ?? t(locale, 'decision.noReason');
  const line = d.acknowledged?.line ?? d.range.start.line;
  return {
    range: d.range,
    severity: DiagnosticSeverity.Hint,
    code: d.code,
    codeDescription: codeDescriptionOf(d.code),
    source: 'planlint',
    message: t(locale, 'decision.acknowledged', { message: d.message, reason }),
    relatedInformation: [
      {
        location: { uri: clientUri, range: { start: { line, character: 0 }, end: { line, character: 0 } } },
        message: t(locale, 'decision.recordedHere', { reason }),
      },
    ],
    data: { acknowledged: true },
  };
}
