/** `planlint coverage`: per source document, the numbers and clauses that no plan cites. */
import * as path from 'node:path';
import type { DocumentCoverage, Locale } from '../../core/index';
import { t, tn } from '../../core/l10n/index';
import { printable } from '../../core/text/printer';

const pct = (c: { total: number; cited: number }) => (c.total ? Math.round((100 * c.cited) / c.total) : 100);

export function coverageJson(docs: DocumentCoverage[], cwd: string): string {
  const rel = (uri: string) => path.relative(cwd, uri).split(path.sep).join('/');
  return `${JSON.stringify(
    docs.map(d => ({
      document: rel(d.uri),
      plans: d.plans.map(rel),
      numbers: d.numbers,
      clauses: d.clauses,
      uncited: d.uncited.map(u => ({
        kind: u.kind,
        para: u.para,
        line: u.range.start.line + 1,
        column: u.range.start.character + 1,
        text: u.text,
        excerpt: u.excerpt,
      })),
    })),
    null,
    2,
  )}\n`;
}

export function coverageStylish(docs: DocumentCoverage[], cwd: string, locale: Locale): string {
  const rel = (uri: string) => printable(path.relative(cwd, uri).split(path.sep).join('/'));
  const lines: string[] = [];
  let numbers = 0,
    clauses = 0;
  for (const d of docs) {
    lines.push(`■ ${rel(d.uri)}`);
    const counts = { cited: d.numbers.cited, total: d.numbers.total, share: pct(d.numbers) };
    lines.push(
      t(locale, 'coverage.counts', { ...counts, clausesCited: d.clauses.cited, clausesTotal: d.clauses.total }),
    );
    const plans = d.plans.map(rel).join(t(locale, 'punct.enumeration')) || t(locale, 'coverage.noPlan');
    lines.push(t(locale, 'coverage.citedBy', { plans }));
    for (const u of d.uncited) {
      const what = u.kind === 'number' ? printable(u.text) : t(locale, 'coverage.clause');
      lines.push(`  ¶${u.para}  ${what}  ${printable(u.excerpt)}`);
    }
    lines.push('');
    numbers += d.numbers.total - d.numbers.cited;
    clauses += d.clauses.total - d.clauses.cited;
  }
  lines.push(tn(locale, 'coverage.total', docs.length, { numbers, clauses }));
  return `${lines.join('\n')}\n`;
}
