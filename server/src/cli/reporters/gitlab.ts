import { fingerprints } from './fingerprint';
import { wellFormed } from './text';
import type { Reporter } from './types';

const SEVERITY = { error: 'major', warning: 'minor', info: 'info', hint: 'info' } as const;

/** GitLab's code quality report (codeclimate JSON): findings in the merge request widget. */
export const gitlab: Reporter = reports =>
  `${JSON.stringify(
    reports.flatMap(r => {
      const prints = fingerprints(r, r.diagnostics);
      return r.diagnostics.map((d, i) => ({
        description: wellFormed(d.message),
        check_name: wellFormed(d.code),
        fingerprint: prints[i],
        severity: SEVERITY[d.severity],
        location: { path: wellFormed(r.file), lines: { begin: d.range.start.line + 1, end: d.range.end.line + 1 } },
      }));
    }),
    null,
    2,
  )}\n`;
