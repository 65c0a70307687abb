/**
 * A plan saved somewhere else ("Save As" of a draft into `plans/`): its relative `sources.*.path` and
 * `include` entries were written for where it was, and must be written again for where it goes, so
 * that it still reads the same documents.
 */
import type { PlanFile } from '../model/types';
import { isAbsoluteRef, relativeUri, resolveUri } from '../text/paths';
import type { TextEdit } from './codeActions';

/** The edits that keep each relative path of `file` naming the same file once the plan is at `to`. */
export function relocationEdits(file: PlanFile, to: string): TextEdit[] {
  const paths = [...[...file.sources.values()].flatMap(s => (s.path ? [s.path] : [])), ...file.includes];
  const edits: TextEdit[] = [];
  for (const p of paths) {
    if (!p.value || isAbsoluteRef(p.value)) continue;
    const moved = relativeUri(to, resolveUri(file.uri, p.value));
    if (moved === p.value) continue;
    // JSON's quoting is YAML's double-quoted scalar: any file name stays one string.
    edits.push({ range: file.lines.rangeOf(p.span), newText: JSON.stringify(moved) });
  }
  return edits;
}
