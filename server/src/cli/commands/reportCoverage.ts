/** The report's coverage section: per source document, a bar of what the plans cite, and what they do not. */
import * as path from 'node:path';
import type { DocumentCoverage, Locale } from '../../core/index';
import { esc } from './reportHtml';

const T = (l: Locale, en: string, zh: string) => (l === 'zh-cn' ? zh : en);

export function coverageSection(docs: DocumentCoverage[], cwd: string, locale: Locale): string {
  const out = [
    `<section class="coverage" id="coverage"><h2>${T(locale, 'What no plan cites', '未被规划引用的内容')}</h2>`,
  ];
  for (const d of docs) {
    const name = path.relative(cwd, d.uri).split(path.sep).join('/');
    const share = d.numbers.total ? Math.round((100 * d.numbers.cited) / d.numbers.total) : 100;
    out.push(`<h3><code>${esc(name)}</code></h3>`);
    out.push(
      `<div class="bar" role="img" aria-label="${share}%" data-cited="${d.numbers.cited}" data-total="${d.numbers.total}">` +
        `<span style="width:${share}%"></span></div>`,
    );
    out.push(
      `<p>${T(
        locale,
        `${d.numbers.cited} of ${d.numbers.total} numbers cited (${share}%); ${d.clauses.cited} of ${d.clauses.total} responsibility and support clauses`,
        `已引用数字 ${d.numbers.cited}/${d.numbers.total}（${share}%）；责任单位与支持条款 ${d.clauses.cited}/${d.clauses.total}`,
      )}</p>`,
    );
    if (!d.uncited.length) continue;
    out.push(
      `<details><summary>${T(locale, `${d.uncited.length} not cited`, `${d.uncited.length} 处未引用`)}</summary><ul class="uncited">`,
    );
    for (const u of d.uncited)
      out.push(
        `<li>¶${u.para} <b>${esc(u.kind === 'number' ? u.text : T(locale, 'clause', '条款'))}</b> ${esc(u.excerpt)}</li>`,
      );
    out.push('</ul></details>');
  }
  out.push('</section>');
  return out.join('\n');
}
