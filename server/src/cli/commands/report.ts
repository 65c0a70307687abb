/**
 * `planlint report`: a self-contained HTML page for decision makers (inline CSS and SVG, no
 * script, no request leaving the page): per plan, its indicators with a scaled trajectory chart each,
 * its goals, tasks and funding clauses, every number linked to the quoted source paragraph, and the
 * findings grouped by rule, each naming its item; then what no plan cites, per source document.
 */
import { byStartLine, impliedGrowthOf, quotedParagraph, resolveIndicatorOf, type SourceView } from './reportModel';
import {
  findingsSection,
  fundingSection,
  goalsSection,
  statusCell,
  tasksSection,
  type PlanContext,
} from './reportItems';
import type { FileReport } from '../reporters/index';
import type { DocumentCoverage, Locale } from '../../core/index';
import { coverageSection } from './reportCoverage';
import { documentsSection } from './reportDocuments';
import type { CheckedDocument } from './doc';
import { evaluationBody, monitoringSection } from './reportMonitoring';
import { chartSvg } from './reportChart';
import { esc } from './reportHtml';
import { neutralMarkup } from '../../core/text/printer';
import { t, tn } from '../../core/l10n/index';

const CSS = [
  'body{font:14px/1.5 system-ui,"Noto Sans CJK SC","Microsoft YaHei",sans-serif;',
  'margin:2rem auto;max-width:1200px;color:#1f2328;padding:0 1rem}',
  'h1{font-size:1.6rem}h2{border-bottom:2px solid #d0d7de;padding-bottom:.3rem;margin-top:2.5rem}',
  'table{border-collapse:collapse;width:100%;margin:1rem 0}',
  'th,td{border:1px solid #d0d7de;padding:.35rem .5rem;vertical-align:top;text-align:left}',
  'th{background:#f6f8fa}td.num{min-width:7rem;max-width:16rem}td.chart{width:320px}.ok{color:#1a7f37}',
  '.warning{color:#9a6700}.error{color:#cf222e}.hint,.info{color:#57606a}a{color:#0969da}',
  'blockquote{border-left:4px solid #d0d7de;margin:.5rem 0;padding:.2rem .8rem;color:#424a53}',
  'mark{background:#fff8c5}abbr.pua{color:#9a6700;text-decoration:underline dotted;cursor:help}',
  'svg.chart{display:block;overflow:visible}small.loc{color:#57606a;margin-left:.4rem}',
  'td.terms{white-space:nowrap}',
  '.bar{background:#eaeef2;height:.8rem;border-radius:.4rem;overflow:hidden;max-width:32rem}',
  '.bar span{display:block;height:100%;background:#1a7f37}.summary span{margin-right:1.5rem}',
  'code{background:#f6f8fa;padding:0 .2rem}',
  // Chinese headers wrapped one character a line: a header keeps to one line.
  'th{white-space:nowrap}',
  '.acknowledged{color:#57606a}.reason{font-style:italic}',
  // Printed (or saved as PDF): no page width, links as text, a plan to a page, no row cut in two.
  '@media print{body{margin:0;max-width:none;font-size:10pt}a{color:inherit;text-decoration:none}',
  'section.plan{break-before:page}tr,li,blockquote,h4{break-inside:avoid}thead{display:table-header-group}',
  'h2,h3,h4{break-after:avoid}td.chart{width:240px}svg.chart{max-width:240px;height:auto}',
  '.bar span{print-color-adjust:exact;-webkit-print-color-adjust:exact}}',
].join('');

export function reportCommand(
  reports: FileReport[],
  coverage: DocumentCoverage[],
  cwd: string,
  locale: Locale,
  version: string,
  only?: 'evaluation',
  documents: CheckedDocument[] = [],
): string {
  const all = [...reports, ...documents.map(d => d.report)];
  const count = (sev: string) => all.reduce((n, r) => n + r.diagnostics.filter(d => d.severity === sev).length, 0);
  const acknowledgedCount = reports.reduce((n, r) => n + r.suppressed.length, 0);
  const body: string[] = [];
  body.push(`<h1>${t(locale, 'report.title')}</h1>`);
  body.push(
    `<p class="summary"><span>${tn(locale, 'summary.files', all.length)}</span>` +
      `<span class="error">${tn(locale, 'summary.errors', count('error'))}</span>` +
      `<span class="warning">${tn(locale, 'summary.warnings', count('warning'))}</span>` +
      `<span class="hint">${tn(locale, 'summary.hints', count('hint') + count('info'))}</span>` +
      `<span class="acknowledged">${tn(locale, 'summary.acknowledged', acknowledgedCount)}</span></p>`,
  );
  if (only === 'evaluation') body.push(...evaluationBody(reports, locale));
  const findings: string[] = [],
    acknowledged: string[] = [];
  const overviewAt = body.length;
  reports.forEach((r, pi) => {
    const file = r.result?.file;
    if (!file?.meta || only) return; // registries have no indicators
    const res = r.result!.resolution;
    body.push(
      `<section class="plan" id="plan-${pi}"><h2>${esc(file.meta.title?.value ?? file.meta.id?.value ?? r.file)}</h2>`,
    );
    body.push(
      `<p><code>${esc(r.file)}</code> · ${t(locale, 'report.period')} ` +
        `${esc(file.meta.period?.first?.value)}–${esc(file.meta.period?.last?.value)}</p>`,
    );
    const quotes = new Map<string, { doc: string; para: number; text: string; spans: [number, number][] }>();
    const link = (s: SourceView | undefined, text: string) => {
      if (!s) return esc(text);
      const id = `src-${pi}-${s.doc}-p${s.para}`.replace(/[^\w-]/g, '_');
      const q = quotes.get(id) ?? { doc: s.title, para: s.para, text: s.text, spans: [] };
      q.spans.push([s.start - s.paraStart, s.end - s.paraStart]);
      quotes.set(id, q);
      return `<a href="#${id}" title="${esc(s.title)} ¶${s.para}">${esc(text)}</a>`;
    };
    const byLine = byStartLine(r.diagnostics);
    const c: PlanContext = { pi, file, res, locale, byLine, link };
    // Findings first: the page opens with what needs a decision, plan by plan, the recorded decisions apart.
    const title = file.meta.title?.value ?? file.meta.id?.value ?? r.file;
    findings.push(findingsSection(c, title, r.diagnostics, 'open'));
    acknowledged.push(findingsSection(c, title, r.suppressed, 'acknowledged'));
    const inds = [...file.indicators.values()].map(d => resolveIndicatorOf(d, file, res, byLine));
    const heads = [
      t(locale, 'item.indicator'),
      t(locale, 'indicator.unit'),
      t(locale, 'indicator.baseline'),
      t(locale, 'indicator.targets'),
      t(locale, 'report.growthColumn'),
      t(locale, 'item.responsible'),
      t(locale, 'report.status'),
      t(locale, 'report.trajectory'),
    ];
    body.push(
      `<section class="items indicators" data-count="${inds.length}">` +
        `<h3>${t(locale, 'item.indicators')} (${inds.length})</h3>`,
    );
    body.push(`<table><thead><tr>${heads.map(h => `<th>${h}</th>`).join('')}</tr></thead><tbody>`);
    for (const v of inds) {
      const base = v.points.find(p => p.kind === 'baseline');
      const targets = v.points.filter(p => p.kind === 'target');
      const imp = impliedGrowthOf(v, locale);
      const binding = v.binding ? ` · ${t(locale, 'indicator.binding')}` : '';
      body.push(
        `<tr id="ind-${pi}-${esc(v.id)}"><td><b>${esc(v.name)}</b><br><code>${esc(v.id)}</code>${binding}</td>` +
          `<td>${esc(v.unit)}</td>` +
          `<td class="num">${base ? `${link(base.source, base.text)} (${esc(base.year)})` : '—'}</td>` +
          `<td class="num">${targets.map(t => `${link(t.source, t.text)} (${esc(t.year)})`).join('<br>') || '—'}</td>` +
          `<td class="num">${v.growth ? link(v.growthPoint?.source, v.growth) : '—'} / ${esc(imp ?? '—')}</td>` +
          `<td>${v.responsible.map(esc).join('、') || '—'}</td><td>${statusCell(v.findings)}</td>` +
          `<td class="chart">${chartSvg(v, locale)}</td></tr>`,
      );
    }
    body.push('</tbody></table></section>');
    body.push(monitoringSection(r, pi, locale));
    for (const section of [goalsSection, tasksSection, fundingSection]) {
      const html = section(c);
      if (html) body.push(html);
    }
    if (quotes.size) {
      body.push(`<h3>${t(locale, 'report.sources')}</h3>`);
      for (const [id, q] of [...quotes].sort((a, b) => a[1].para - b[1].para)) {
        const quote = quotedParagraph(q.text, q.spans, locale);
        body.push(`<blockquote id="${id}"><b>${esc(q.doc)} ¶${q.para}</b><br>${quote}</blockquote>`);
      }
    }
    body.push('</section>');
  });
  if (!only) {
    const open = findings.filter(Boolean),
      recorded = acknowledged.filter(Boolean);
    // A report of documents only opens with them: it has no plan findings to speak of.
    const overview = [
      `<section class="overview"><h2>${t(locale, 'report.findings')}</h2>`,
      ...(open.length ? open : [`<p class="ok">${t(locale, 'report.noFindings')}</p>`]),
      ...(recorded.length ? [`<h2>${t(locale, 'report.acknowledged')}</h2>`, ...recorded] : []),
      '</section>',
    ];
    body.splice(
      overviewAt,
      0,
      ...(reports.length || !documents.length ? overview : []),
      ...(documents.length ? [documentsSection(documents, locale)] : []),
    );
  }
  if (coverage.length && !only) body.push(coverageSection(coverage, cwd, locale));
  body.push(`<p class="hint">PlanLint ${esc(version)}</p>`);
  // The body as one piece of markup, commands broken (the CSS is ours and holds none): a report printed
  // to a CI log, or shown as text, carries no workflow command from a file name or a quote.
  return `<!doctype html>
<html lang="${t(locale, 'report.htmlLang')}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t(locale, 'report.title')}</title><style>${CSS}</style></head>
<body>
${neutralMarkup(body.join('\n'))}
</body></html>
`;
}
