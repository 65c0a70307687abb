import type { Reporter } from './types';

/** The contract's JSON: one array, an object per diagnostic, lines and columns from 1, endColumn exclusive. */
export const json: Reporter = reports =>
  `${JSON.stringify(
    reports.flatMap(r =>
      r.diagnostics.map(d => ({
        file: r.file,
        line: d.range.start.line + 1,
        column: d.range.start.character + 1,
        endLine: d.range.end.line + 1,
        endColumn: d.range.end.character + 1,
        severity: d.severity,
        code: d.code,
        message: d.message,
        // planlint doc: the paragraph, and the other places the finding compares.
        ...(d.paragraph !== undefined
          ? {
              paragraph: d.paragraph,
              related: (d.related ?? []).map(r => ({
                paragraph: r.paragraph,
                column: r.range.start.character + 1,
                endColumn: r.range.end.character + 1,
              })),
            }
          : {}),
      })),
    ),
    null,
    2,
  )}\n`;
