/** The report's coverage section: per source document, a bar of what the plans cite, and what they do not. */
import * as path from 'node:path';
import type { DocumentCoverage, Locale } from '../../core/index';
import { esc } from './reportHtml';
import { t } from '../../core/l10n/index';

export function coverageSection(docs: DocumentCoverage[], cwd: string, locale: Locale): string {
  const out = [`<section class="coverage" id="coverage"><h2>${t(locale, 'coverage.whatNoPlanCites')}</h2>`];
  for (const d of docs) {
    const name = path.relative(cwd, d.uri).split(path.sep).join('/');
    const share = d.numbers.total ? Math.round((100 * d.numbers.cited) / d.numbers.total) : 100;
    out.push(`<h3><code>${esc(name)}</code></h3>`);
    out.push(
      `<div class="bar" role="img" aria-label="${share}%" data-cited="${d.numbers.cited}" ` +
        `data-total="${d.numbers.total}">` +
        `<span style="width:${share}%"></span></div>`,
    );
    out.push(
      `<p>${t(locale, 'coverage.summary', {
        cited: d.numbers.cited,
        total: d.numbers.total,
        share,
        clausesCited: d.clauses.cited,
        clausesTotal: d.clauses.total,
      })}</p>`,
    );
    if (!d.uncited.length) continue;
    out.push(
      `<details><summary>${t(locale, 'coverage.notCited', { uncited: d.uncited.length })}</summary><ul ` +
        `class="uncited">`,
    );
    for (const u of d.uncited)
      out.push(
        `<li>¶${u.para} <b>${esc(u.kind === 'number' ? u.text : t(locale, 'coverage.clause'))}</b> ` +
          `${esc(u.excerpt)}</li>`,
      );
    out.push('</ul></details>');
  }
  out.push('</section>');
  return out.join('\n');
}
