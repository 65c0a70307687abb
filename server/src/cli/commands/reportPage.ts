/**
 * The report's page: its style, its head (title and counts) and its shell, shared by `planlint report`
 * and by the editor's "Show evaluation" (the server answers `planlint/evaluation` with the same page
 * `planlint report --evaluation` writes). No node built-ins here: it bundles into the browser worker too.
 */
import type { Locale } from '../../core/index';
import { t, tn } from '../../core/l10n/index';
import { neutralMarkup } from '../../core/text/printer';
import type { FileReport } from '../reporters/types';
import { esc } from './reportHtml';
import { evaluationBody } from './reportMonitoring';

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

/** The page's title and the counts of what was found and what was acknowledged. */
export function reportHead(reports: FileReport[], locale: Locale): string[] {
  const count = (sev: string) => reports.reduce((n, r) => n + r.diagnostics.filter(d => d.severity === sev).length, 0);
  const acknowledgedCount = reports.reduce((n, r) => n + r.suppressed.length, 0);
  return [
    `<h1>${t(locale, 'report.title')}</h1>`,
    `<p class="summary"><span>${tn(locale, 'summary.files', reports.length)}</span>` +
      `<span class="error">${tn(locale, 'summary.errors', count('error'))}</span>` +
      `<span class="warning">${tn(locale, 'summary.warnings', count('warning'))}</span>` +
      `<span class="hint">${tn(locale, 'summary.hints', count('hint') + count('info'))}</span>` +
      `<span class="acknowledged">${tn(locale, 'summary.acknowledged', acknowledgedCount)}</span></p>`,
  ];
}

/** `planlint report --evaluation`: the head, then only the monitoring section, plan by plan. */
export function evaluationPage(reports: FileReport[], locale: Locale, version: string): string {
  return htmlPage([...reportHead(reports, locale), ...evaluationBody(reports, locale)], locale, version);
}

/**
 * The page around a body: inline style, no script, nothing loaded from elsewhere (its CSP says so, and a
 * webview showing it keeps that policy).
 */
export function htmlPage(body: string[], locale: Locale, version: string): string {
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
