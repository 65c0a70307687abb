/** `planlint coverage`: per source document, the numbers and clauses that no plan cites. */
import * as path from 'node:path';
import type { DocumentCoverage, Locale } from '../../core/index';
import { printable } from '../terminal';

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
  const zh = locale === 'zh-cn';
  const rel = (uri: string) => printable(path.relative(cwd, uri).split(path.sep).join('/'));
  const lines: string[] = [];
  let numbers = 0,
    clauses = 0;
  for (const d of docs) {
    lines.push(`■ ${rel(d.uri)}`);
    lines.push(
      zh
        ? `  数字：已引用 ${d.numbers.cited}/${d.numbers.total}（${pct(d.numbers)}%）；责任单位与支持条款：已引用 ${d.clauses.cited}/${d.clauses.total}`
        : `  numbers: ${d.numbers.cited} of ${d.numbers.total} cited (${pct(d.numbers)}%); 责任单位 and support clauses: ${d.clauses.cited} of ${d.clauses.total} cited`,
    );
    lines.push(
      zh
        ? `  引用它的规划：${d.plans.map(rel).join('、') || '无'}`
        : `  cited by: ${d.plans.map(rel).join(', ') || 'no plan'}`,
    );
    for (const u of d.uncited) {
      const what = u.kind === 'number' ? printable(u.text) : zh ? '条款' : 'clause';
      lines.push(`  ¶${u.para}  ${what}  ${printable(u.excerpt)}`);
    }
    lines.push('');
    numbers += d.numbers.total - d.numbers.cited;
    clauses += d.clauses.total - d.clauses.cited;
  }
  lines.push(
    zh
      ? `${docs.length} 个来源文件中，未引用的数字 ${numbers} 个，未引用的条款 ${clauses} 项`
      : `${numbers} uncited numbers and ${clauses} uncited clauses in ${docs.length} source document${docs.length === 1 ? '' : 's'}`,
  );
  return `${lines.join('\n')}\n`;
}
