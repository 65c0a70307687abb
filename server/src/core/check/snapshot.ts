/**
 * A plan snapshot: one plan file at one version, with what its check read and found. `Project.check`
 * builds it once per version and freezes it; the editor's features are functions of (snapshot,
 * position) (service/snapshotFeatures.ts), so none of them sees half an edit or checks again.
 */
import type { PlanlintConfig } from '../config';
import type { Locale, PlanDiagnostic } from '../diagnostics';
import type { PlanFile } from '../model/types';
import type { Resolution } from '../resolve/scope';
import type { SourceDocument } from '../sources/document';
import type { CheckResult, UnusedSuppression } from './check';

export interface PlanSnapshot {
  readonly uri: string;
  /** The file at this version, parsed. */
  readonly file: PlanFile;
  /** What its includes, sources and links resolve to, and its units; none when the file does not parse. */
  readonly resolution?: Resolution;
  /** The effective config: the files' configs with the editor's settings over them. */
  readonly config: PlanlintConfig;
  readonly locale: Locale;
  /** The source documents it read, by their content's hash. */
  readonly sources: ReadonlyMap<string, number>;
  readonly diagnostics: readonly PlanDiagnostic[];
  readonly suppressed: readonly PlanDiagnostic[];
  readonly unusedSuppressions: readonly UnusedSuppression[];
}

/** The snapshot of a check that ran; `hashOf` gives a source document's content hash. */
export function snapshotOf(
  result: Extract<CheckResult, { ok: true }>,
  config: PlanlintConfig,
  locale: Locale,
  diagnostics: readonly PlanDiagnostic[],
  hashOf: (doc: SourceDocument) => number,
): PlanSnapshot {
  const sources = new Map<string, number>();
  for (const s of result.resolution?.sourceStates.values() ?? []) if (s.uri && s.doc) sources.set(s.uri, hashOf(s.doc));
  return Object.freeze({
    uri: result.file.uri,
    file: result.file,
    resolution: result.resolution,
    config,
    locale,
    sources,
    diagnostics: Object.freeze([...diagnostics]),
    suppressed: Object.freeze([...result.suppressed]),
    unusedSuppressions: Object.freeze([...result.unusedSuppressions]),
  });
}
