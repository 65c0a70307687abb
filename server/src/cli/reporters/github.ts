import { printableKeepingLines } from '../../core/text/printer';
import type { Reporter } from './types';

const LEVEL = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' } as const;
/**
 * Workflow-command escaping, as the Actions runner requires: data escapes % CR LF; properties also
 * : and ,. Other control characters (ESC, BEL, OSC sequences) would reach the log and the terminal
 * that shows it, so they become `\uXXXX` first, and `::` and `##[` are broken (the printer's rules).
 */
const escapeData = (s: string, percent = true) =>
  printableKeepingLines(percent ? s.replace(/%/g, '%25') : s)
    .replace(/\r/g, '%0D')
    .replace(/\n/g, '%0A');
// `:` and `,` escaped before the printer runs, so a name's `::` reads `%3A%3A` rather than `:\u003a` escaped again.
const escapeProperty = (s: string) =>
  escapeData(s.replace(/%/g, '%25').replace(/:/g, '%3A').replace(/,/g, '%2C'), false);

/** GitHub Actions workflow commands: each finding appears inline in the pull request's diff. */
export const github: Reporter = reports =>
  reports
    .flatMap(r =>
      r.diagnostics.map(
        d =>
          `::${LEVEL[d.severity]} ` +
          `file=${escapeProperty(r.file)},line=${d.range.start.line + 1},col=${d.range.start.character + 1},` +
          `endLine=${d.range.end.line + 1},endColumn=${d.range.end.character + 1},title=${escapeProperty(d.code)}:` +
          `:${escapeData(d.message)}`,
      ),
    )
    .join('\n') + (reports.some(r => r.diagnostics.length) ? '\n' : '');
