/**
 * The report's section on documents checked directly (`planlint doc`): per document, its findings, each
 * with the paragraph it sits in and the paragraphs it compares, their text shown around each number.
 */
import { pickLocale, ruleMeta, type Locale } from '../../core/index';
import { t } from '../../core/l10n/index';
import type { CheckedDocument } from './doc';
import { quotedParagraph } from './reportModel';
import { esc } from './reportHtml';

export function documentsSection(docs: CheckedDocument[], locale: Locale): string {
  const out = [`<section class="documents" id="documents"><h2>${t(locale, 'report.documents')}</h2>`];
  docs.forEach((d, di) => {
    const { file, diagnostics } = d.report;
    out.push(`<section class="document" id="doc-${di}"><h3><code>${esc(file)}</code></h3>`);
    if (!diagnostics.length) {
      out.push(`<p class="ok">${t(locale, 'report.documentAgrees')}</p></section>`);
      return;
    }
    out.push('<ul>');
    diagnostics.forEach((f, k) => {
      const meta = ruleMeta(f.code);
      const title = meta ? ` title="${esc(pickLocale(meta.summary, locale))}"` : '';
      const quotes = (d.places[k] ?? []).map(
        p => `<blockquote><b>¶${p.para}</b><br>${quotedParagraph(p.text, p.spans, locale)}</blockquote>`,
      );
      out.push(
        `<li class="${f.severity}"><code${title}>${esc(f.code)}</code>${t(locale, 'punct.colon')}` +
          `${esc(f.message)}${quotes.join('')}</li>`,
      );
    });
    out.push('</ul></section>');
  });
  out.push('</section>');
  return out.join('\n');
}
