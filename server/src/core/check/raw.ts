import type { DiagnosticData, Msg } from '../diagnostics';
import type { Span } from '../text/lineIndex';

/** A rule's report before suppressions, severities and the locale apply. */
export interface Raw {
  code: string;
  span: Span;
  message: Msg;
  data?: DiagnosticData;
}
