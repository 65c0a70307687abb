import { t, tn } from '../../core/l10n/index';
import { printable } from '../../core/text/printer';
import type { Reporter } from './types';

const paint = (on: boolean, code: string, s: string) => (on ? `\x1b[${code}m${s}\x1b[0m` : s);
const SEVERITY_COLOR: Record<string, string> = { error: '31', warning: '33', info: '36', hint: '90' };
/**
 * The file header starts with a fixed mark: a line of a CI log that starts with text from the
 * repository (a file named `::error ...::x.plan.yaml`) would be read as a workflow command.
 */
const FILE_MARK = '■ ';

/** Grouped by file, one line a diagnostic, a summary at the end (the eslint layout CI logs are used to). */
export const stylish: Reporter = (reports, { color, unread = [], locale }) => {
  const lines: string[] = [];
  const count: Record<string, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const r of reports) {
    if (!r.diagnostics.length) continue;
    lines.push(FILE_MARK + paint(color, '4', printable(r.file)));
    // Widths by a loop: Math.max(...rows) overflows the stack past about 125,000 diagnostics.
    let w0 = 0,
      w1 = 0;
    const rows = r.diagnostics.map(d => {
      count[d.severity]++;
      const sev = t(locale, `severity.${d.severity}`);
      const row = [
        `${d.range.start.line + 1}:${d.range.start.character + 1}`,
        sev,
        printable(d.message),
        printable(d.code),
        d.severity,
      ];
      w0 = Math.max(w0, row[0].length);
      w1 = Math.max(w1, row[1].length);
      return row;
    });
    for (const [pos, sev, msg, code, level] of rows) {
      lines.push(
        `  ${paint(color, '2', pos.padEnd(w0))}  ${paint(color, SEVERITY_COLOR[level], sev.padEnd(w1))}  ${msg}  ` +
          `${paint(color, '2', code)}`,
      );
    }
    lines.push('');
  }
  const total = count.error + count.warning + count.info + count.hint;
  const n = reports.length;
  const notRead = unread.length ? tn(locale, 'summary.notRead', unread.length) : '';
  if (!total) {
    const mark = notRead ? paint(color, '31;1', '✖') : paint(color, '32', '✔');
    return `${mark} ${tn(locale, 'summary.clean', n)}${notRead}\n`;
  }
  const parts = [tn(locale, 'summary.errors', count.error), tn(locale, 'summary.warnings', count.warning)];
  if (count.info) parts.push(tn(locale, 'summary.infos', count.info));
  if (count.hint) parts.push(tn(locale, 'summary.hints', count.hint));
  const files = tn(locale, 'summary.files', n);
  const summary = tn(locale, 'summary.problems', total, {
    parts: parts.join(t(locale, 'summary.listSeparator')),
    files,
  });
  lines.push(paint(color, count.error ? '31;1' : '33;1', `✖ ${summary}${notRead}`));
  return `${lines.join('\n')}\n`;
};
