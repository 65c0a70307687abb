/**
 * A project's queries on source documents (the Word files, web pages, PDFs and texts plans cite): what
 * cites them, their paragraphs, the document checked directly, and the plan edits drafted from them. They
 * read the plans through the project's snapshots, and the documents through its workspace.
 */
import { checkFile, type CheckResult } from '../check/check';
import { mergeConfig } from '../config';
import { pickLocale, type Locale, type PlanDiagnostic } from '../diagnostics';
import { msg, t } from '../l10n/index';
import type { PlanFile } from '../model/types';
import type { Resolution } from '../resolve/scope';
import type { Rule } from '../rules/define';
import type { ReadFailureCode } from '../sources/read/failure';
import type { SourceDocument } from '../sources/document';
import type { Range, Span } from '../text/lineIndex';
import { basenameUri, dirnameUri, resolveUri } from '../text/paths';
import type { Workspace } from '../workspace/workspace';
import { addActual, indicatorNamed, progressFigures } from '../service/addActual';
import { addToPlan, type PlanAddition } from '../service/addToPlan';
import { citationsOf, type SourceCitations } from '../service/citations';
import { citedFindings, type CitedFinding } from '../service/citedFindings';
import { citeSelection, type Citation0 } from '../service/cite';
import { coverageOf, type DocumentCoverage } from '../service/coverage';
import { documentFindings } from '../service/documentFindings';
import { draftDocument, draftFileName, readingsAt } from '../service/drafting';
import { paragraphRange, paragraphsIn, type ParagraphMark } from '../service/paragraphs';
import { whyUnreadable, type AppliedConfig } from './configs';

/** A source document checked directly: its findings at its own positions, and the draft they come from. */
export interface DocumentCheck {
  findings: PlanDiagnostic[];
  draft: string;
  /** The document as read: its paragraphs, for a report that shows them. */
  doc: SourceDocument;
}

/** What the queries read of their project. */
interface DocumentsProject {
  readonly settings: { locale: Locale; overrides: object };
  allFiles(): Promise<{ file: PlanFile; res: Resolution }[]>;
  check(uri: string): Promise<CheckResult>;
}
/** And of its inner parts. */
interface ProjectParts {
  applyLimits(): Promise<void>;
  configFor(uri: string): Promise<AppliedConfig>;
  rules?: readonly Rule[];
}

export class SourceDocuments {
  /** The last direct check of each source document (`checkDocument`), kept while its text and settings hold. */
  private readonly documentChecks = new Map<
    string,
    {
      text: string;
      applied: AppliedConfig;
      overrides: unknown;
      locale: Locale;
      reads: Set<string>;
      result: DocumentCheck;
    }
  >();

  constructor(
    private readonly project: DocumentsProject,
    private readonly ws: Workspace,
    private readonly hooks: ProjectParts,
  ) {}

  /** A file changed: the direct checks that read it are let go. */
  changed(uri: string): void {
    for (const [doc, c] of this.documentChecks) if (c.reads.has(uri)) this.documentChecks.delete(doc);
  }

  /** Which plan items cite a source document, and the numbers of its cited paragraphs no item cites. */
  async citations(docUri: string): Promise<SourceCitations> {
    const plans = await this.project.allFiles();
    const doc = await this.ws.loadSource(docUri);
    // Positions in a wrongly decoded buffer are not the file's: mark nothing on it.
    const misread = await this.ws.misread(docUri, this.ws.limits.maxSourceBytes);
    return citationsOf(docUri, doc.ok && !misread ? doc.value : undefined, plans, this.project.settings.locale);
  }

  /** The paragraphs of a source document that start within a range: where the editor marks `¶N`. */
  async paragraphs(docUri: string, range?: Range): Promise<ParagraphMark[]> {
    const doc = await this.readableSource(docUri);
    return doc ? paragraphsIn(doc, range) : [];
  }

  /** Paragraph `n` of a source document, for "Go to ¶N"; undefined when the document cannot be read. */
  async paragraph(docUri: string, n: number): Promise<{ count: number; range?: Range } | undefined> {
    const doc = await this.readableSource(docUri);
    return doc && paragraphRange(doc, n);
  }

  /** A source document as the editor holds it; none when its buffer is misread (its positions are not the file's). */
  private async readableSource(docUri: string) {
    const doc = await this.ws.loadSource(docUri);
    return doc.ok && !(await this.ws.misread(docUri, this.ws.limits.maxSourceBytes)) ? doc.value : undefined;
  }

  /**
   * A source document's paragraphs, one a line, as its reader gives them (the editor's paragraph view of a
   * Word file, web page or PDF); else why it cannot be read, in the user's language.
   */
  async sourceText(docUri: string): Promise<{ ok: true; text: string } | { ok: false; why: string }> {
    await this.hooks.applyLimits();
    const doc = await this.ws.loadSource(docUri);
    if (doc.ok) return { ok: true, text: doc.value.text };
    const locale = this.project.settings.locale;
    const why =
      doc.reason === 'unreadable'
        ? t(locale, `read.${doc.detail as ReadFailureCode}`)
        : doc.reason === 'outside'
          ? t(locale, 'reason.outside')
          : doc.reason === 'too-large'
            ? t(locale, 'reason.tooLarge', { bytes: this.ws.limits.maxSourceBytes })
            : doc.reason === 'unsupported'
              ? t(locale, 'view.unsupported', { form: doc.detail })
              : t(locale, 'view.missing');
    return { ok: false, why: t(locale, 'view.cannotShow', { file: basenameUri(docUri), why }) };
  }

  /** What no plan of this project cites in a source document (`planlint coverage`, the report). */
  async coverage(docUri: string): Promise<DocumentCoverage | undefined> {
    const doc = await this.ws.loadSource(docUri);
    return doc.ok ? coverageOf(docUri, doc.value, await this.project.allFiles()) : undefined;
  }

  /** A source anchor (and a target entry) for a selection in a source document. */
  async cite(docUri: string, start: number, end: number): Promise<Citation0 | undefined> {
    const doc = await this.ws.loadSource(docUri);
    if (!doc.ok || (await this.ws.misread(docUri, this.ws.limits.maxSourceBytes))) return undefined;
    let docId: string | undefined;
    for (const { file } of await this.project.allFiles()) {
      for (const s of file.sources.values())
        if (s.path && resolveUri(file.uri, s.path.value) === docUri) {
          docId = s.id;
          break;
        }
      if (docId) break;
    }
    docId ??=
      basenameUri(docUri)
        .replace(/\.[^.]+$/, '')
        .replace(/[^\w\u4e00-\u9fff-]/g, '_') || 'doc';
    return citeSelection(doc.value, docId, start, end);
  }

  /**
   * `planlint doc`: the document drafted in memory (never written), checked as a plan beside it, and the
   * findings about the document at its own positions. Undefined with the reason when it cannot be read.
   */
  async checkDocument(docUri: string): Promise<DocumentCheck | { unread: string }> {
    await this.hooks.applyLimits();
    const doc = await this.ws.loadSource(docUri);
    if (!doc.ok) {
      // The reason in the words source-missing uses: a reader's failure, a form not read, a limit.
      const why =
        doc.reason === 'unreadable'
          ? msg(`read.${doc.detail as ReadFailureCode}`)
          : doc.reason === 'unsupported'
            ? msg('draft.unreadForm', { form: doc.detail })
            : whyUnreadable(doc.reason, doc.detail, this.ws.limits.maxSourceBytes);
      return { unread: pickLocale(why, this.project.settings.locale) };
    }
    const applied = await this.hooks.configFor(docUri);
    const { locale, overrides } = this.project.settings;
    const hit = this.documentChecks.get(docUri);
    if (
      hit &&
      hit.text === doc.value.text &&
      hit.applied === applied &&
      hit.overrides === overrides &&
      hit.locale === locale
    )
      return hit.result;
    const name = basenameUri(docUri);
    const draft = draftDocument(doc.value, name, this.project.settings.locale);
    // An address no file has, and no overlay: the draft is checked where it would go, nothing is written,
    // and the project's generation stays as it is (the plans' resolutions are not computed again).
    const planUri = `${dirnameUri(docUri)}/.planlint-doc-${name}.plan.yaml`;
    const file = this.ws.planFromText(planUri, draft);
    const config = mergeConfig(applied.config, overrides);
    const r = await checkFile(this.ws, file, { config, locale, rules: this.hooks.rules });
    const diagnostics = r.ok ? r.diagnostics : [];
    const result = { findings: documentFindings(doc.value, draft, diagnostics, locale), draft, doc: doc.value };
    // What the draft read besides the document (a registry): a change to it checks the document again.
    const reads = new Set<string>(r.ok && r.resolution ? r.resolution.scope.files.map(f => f.uri) : []);
    for (const s of (r.ok && r.resolution?.sourceStates.values()) || []) if (s.uri) reads.add(s.uri);
    this.documentChecks.set(docUri, { text: doc.value.text, applied, overrides, locale, reads, result });
    return result;
  }

  /**
   * The findings of the plans that cite a source document, at the spans their anchors quote (the editor
   * shows them on the document); each plan's last check when nothing changed since, else a new one.
   */
  async citedFindings(docUri: string): Promise<CitedFinding[]> {
    const doc = await this.readableSource(docUri);
    if (!doc) return [];
    const plans: { file: PlanFile; res: Resolution; diagnostics: PlanDiagnostic[] }[] = [];
    for (const { file, res } of await this.project.allFiles()) {
      if (![...res.sourceStates.values()].some(s => s.uri === docUri)) continue;
      const diagnostics = await this.project.check(file.uri).then(r => (r.ok ? r.diagnostics : []));
      plans.push({ file, res, diagnostics });
    }
    return citedFindings(docUri, doc, plans);
  }

  /** A plan drafted from a source document, and where it goes: `<stem>.plan.yaml` beside the document. */
  async draft(docUri: string): Promise<{ text: string; planUri: string } | undefined> {
    const doc = await this.ws.loadSource(docUri);
    if (!doc.ok || (await this.ws.misread(docUri, this.ws.limits.maxSourceBytes))) return undefined;
    const name = basenameUri(docUri);
    return {
      text: draftDocument(doc.value, name, this.project.settings.locale),
      planUri: `${dirnameUri(docUri)}/${draftFileName(name)}`,
    };
  }

  /**
   * "Add to plan…" at a span of a source document (an uncited number or clause): for each plan citing
   * the document, the edits that add what the draft extractor reads there; a progress figure of an
   * indicator the plan holds, as an actual of it (`year` says so).
   */
  async additions(docUri: string, span: Span): Promise<(PlanAddition & { planUri: string; year?: number })[]> {
    const doc = await this.ws.loadSource(docUri);
    if (!doc.ok || (await this.ws.misread(docUri, this.ws.limits.maxSourceBytes))) return [];
    const readings = readingsAt(doc.value, span);
    if (!readings.length) return [];
    const figures = progressFigures(doc.value, span, readings);
    const out: (PlanAddition & { planUri: string; year?: number })[] = [];
    for (const { file, res } of await this.project.allFiles()) {
      if (file.isRegistry) continue;
      const docId = [...res.sourceStates.values()].find(s => s.uri === docUri)?.def.id;
      if (!docId) continue;
      // A progress figure of an indicator the plan holds goes into its actuals, not into a new indicator.
      const actuals = figures.flatMap(f => {
        const def = indicatorNamed(file, f.quote);
        const a = def && addActual(file, def, docId, f);
        return a ? [{ ...a, planUri: file.uri }] : [];
      });
      out.push(...actuals);
      if (actuals.length) continue;
      for (const r of readings) {
        const a = addToPlan(file, res, docId, r, this.project.settings.locale);
        if (a) out.push({ ...a, planUri: file.uri });
      }
    }
    return out;
  }
}
