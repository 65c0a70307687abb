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
import { linksSection } from './reportLinks';
import { monitoringSection } from './reportMonitoring';
import { evaluationPage, htmlPage, reportHead } from './reportPage';
import { documentsSection } from './reportDocuments';
import type { CheckedDocument } from './doc';
import { chartSvg } from './reportChart';
import { esc } from './reportHtml';
import { t } from '../../core/l10n/index';

export function reportCommand(
  reports: FileReport[],
  coverage: DocumentCoverage[],
  cwd: string,
  locale: Locale,
  version: string,
  only?: 'evaluation',
  documents: CheckedDocument[] = [],
): string {
  if (only === 'evaluation') return evaluationPage(reports, locale, version);
  // The head counts the documents' findings too (they have none acknowledged).
  const body: string[] = [...reportHead([...reports, ...documents.map(d => d.report)], locale)];
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
        `<h3>${t(locale, 'report.counted', { title: t(locale, 'item.indicators'), n: inds.length })}</h3>`,
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
      // Across plans: how the plans fit together, after what needs a decision and before each plan's detail.
      linksSection(reports, locale),
    ];
    body.splice(
      overviewAt,
      0,
      ...(reports.length || !documents.length ? overview : []),
      ...(documents.length ? [documentsSection(documents, locale)] : []),
    );
  }
  if (coverage.length && !only) body.push(coverageSection(coverage, cwd, locale));
  return htmlPage(body, locale, version);
}
