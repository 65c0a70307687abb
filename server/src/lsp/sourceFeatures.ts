/**
 * Source documents in the editor: the cited spans, a hover and CodeLenses on each cited paragraph
 * naming the plan items that cite it (with links back), a hint on each number and clause no plan
 * item cites, and `¶N` at each paragraph's start of a document some plan cites.
 */
import {
  CodeLensRefreshRequest,
  DiagnosticSeverity,
  type CodeLens,
  type Connection,
  type Diagnostic,
  type Hover,
  type InlayHint,
  type Position,
  type Range,
  type TextDocuments,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { escapeMarkdown, linkTarget, t, tn, type CitingItem, type Locale, type SourceCitations } from '../core/index';
import {
  SHOW_CITATIONS_COMMAND,
  type CitedRangesResult,
  type CoverageResult,
  type DocumentFindingsResult,
  type HintSettings,
  type ParagraphResult,
} from './protocol';
import type { Session } from '../core/index';
import { TEXT_SOURCE_FILE, VIEWED_SOURCE_FILE } from '../core/text/fileKinds';
import { iconFree } from '../core/text/printer';
import { codeDescriptionOf, toLspDiagnostic } from './convert';
import type { UriMap } from './uris';

/** A paragraph's lenses name this many citing items; a last one counts the rest. */
const NAMED_LENSES = 3;

export class SourceFeatures {
  private cache = new Map<string, Promise<SourceCitations>>();
  constructor(
    private readonly session: Session,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly connection: Connection,
    private readonly uris: UriMap,
  ) {}

  private get locale(): Locale {
    return this.session.locale;
  }

  invalidate(): void {
    this.cache.clear();
  }

  /** Whether the editor shows a source document (a core URI) as text: a `.txt` or `.md`, or an open paragraph view. */
  shown(uri: string): boolean {
    if (TEXT_SOURCE_FILE.test(uri)) return true;
    return this.uris.views && VIEWED_SOURCE_FILE.test(uri) && !!this.documents.get(this.uris.toClient(uri));
  }

  citations(uri: string): Promise<SourceCitations> {
    let c = this.cache.get(uri);
    if (!c) {
      c = this.session.projectFor(uri).then(p => p.documents.citations(uri));
      this.cache.set(uri, c);
    }
    return c;
  }

  /** Whether the client re-asks for CodeLenses and inlay hints when told to (its capabilities). */
  canRefresh = { codeLens: false, inlayHints: false };

  /** Which editor-only hint kinds the user wants (settings `planlint.hints.*`). */
  hints: Required<HintSettings> = {
    uncitedNumbers: true,
    uncitedClauses: true,
    citationLens: true,
    paragraphNumbers: true,
    documentFindings: true,
  };

  /** The counts the status bar shows on a source document: coverage's own. */
  async coverage(uri: string): Promise<CoverageResult> {
    const c = await this.citations(uri);
    return c.coverage ?? { numbers: { total: 0, cited: 0 }, clauses: { total: 0, cited: 0 }, plans: 0 };
  }

  /**
   * Hints on the uncited numbers and clauses of an open source document; and, on one that no plan
   * cites, the findings `planlint doc` gives, at the document's own positions (a cited document's
   * findings are its plans', at the quoted spans: nothing is reported twice).
   */
  async publish(uri: string): Promise<void> {
    const cit = await this.citations(uri);
    const hints = cit.uncited
      .filter(u => (u.kind === 'number' ? this.hints.uncitedNumbers : this.hints.uncitedClauses))
      .map(u => ({
        range: u.range,
        severity: DiagnosticSeverity.Hint,
        source: 'planlint',
        code: `uncited-${u.kind}`,
        codeDescription: codeDescriptionOf(`uncited-${u.kind}`),
        message: u.message,
      }));
    const findings = await this.findings(uri, cit);
    await this.connection.sendDiagnostics({ uri: this.uris.toClient(uri), diagnostics: [...findings, ...hints] });
  }

  /** The document checked directly (drafted in memory), as LSP diagnostics with their related places. */
  private async documentFindings(uri: string): Promise<Diagnostic[]> {
    const r = await (await this.session.projectFor(uri)).documents.checkDocument(uri);
    if ('unread' in r) return [];
    const client = this.uris.toClient(uri);
    return r.findings.map(f => ({
      ...toLspDiagnostic(f),
      relatedInformation: (f.related ?? []).map(x => ({
        location: { uri: client, range: x.range },
        message: `¶${x.paragraph}`,
      })),
    }));
  }

  /**
   * A cited document: its plans' findings at the spans their anchors quote, each related to the plan's own
   * place (named by the citing item and the plan file) and to the item's other quoted paragraphs.
   */
  private async citedFindings(uri: string, cit: SourceCitations): Promise<Diagnostic[]> {
    const found = await (await this.session.projectFor(uri)).documents.citedFindings(uri);
    const client = this.uris.toClient(uri);
    return found.map(({ finding: f, planUri, planRange, itemId }) => {
      const name = cit.citations.find(c => c.planUri === planUri && c.itemId === itemId)?.name ?? itemId;
      return {
        ...toLspDiagnostic(f),
        relatedInformation: [
          {
            location: { uri: this.uris.toClient(planUri), range: planRange },
            message: `${name} · ${fileName(planUri)}`,
          },
          ...(f.related ?? []).map(x => ({ location: { uri: client, range: x.range }, message: `¶${x.paragraph}` })),
        ],
      };
    });
  }

  /** The findings shown on a source document: its own, or its citing plans' (none when the setting is off). */
  private async findings(uri: string, cit: SourceCitations): Promise<Diagnostic[]> {
    if (!this.hints.documentFindings) return [];
    return cit.coverage?.plans ? this.citedFindings(uri, cit) : this.documentFindings(uri);
  }

  /** What the status bar counts on a source document: the findings shown on it, by severity. */
  async findingCounts(uri: string): Promise<DocumentFindingsResult> {
    const cit = await this.citations(uri);
    const found = await this.findings(uri, cit);
    const n = (s: DiagnosticSeverity) => found.filter(f => f.severity === s).length;
    return {
      enabled: this.hints.documentFindings,
      cited: !!cit.coverage?.plans,
      errors: n(DiagnosticSeverity.Error),
      warnings: n(DiagnosticSeverity.Warning),
      infos: n(DiagnosticSeverity.Information),
    };
  }

  /** What the lenses and `¶N` marks of each open source document showed when the client last drew them. */
  private readonly drawn = new Map<string, string>();

  /**
   * A source document opened or was edited: the client asks for its lenses and marks by itself, so
   * what they show now is what it draws. Its hints are published here.
   */
  async drawnByClient(uri: string): Promise<void> {
    this.drawn.set(uri, await this.shownOn(uri));
    void this.publish(uri);
  }

  private async shownOn(uri: string): Promise<string> {
    const cit = await this.citations(uri);
    return JSON.stringify([!!cit.coverage?.plans, cit.paragraphs.map(p => [p.para, p.items.map(i => i.name)])]);
  }

  /**
   * The hints on open source documents again; and, when what their CodeLenses or `¶N` marks show has
   * changed (or `force`: plans just indexed, settings), a request that the client draw those again —
   * it asks for them by itself only when a document opens or is edited, and the request is global.
   */
  async refresh(force = false): Promise<void> {
    const open = this.documents
      .all()
      .filter(d => this.uris.showsSource(d.uri))
      .map(d => this.uris.toCore(d.uri));
    let changed = force;
    for (const uri of open) {
      const shown = await this.shownOn(uri);
      if (this.drawn.get(uri) !== shown) changed = true;
      this.drawn.set(uri, shown);
    }
    if (open.length && changed) {
      if (this.canRefresh.codeLens)
        void this.connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
      if (this.canRefresh.inlayHints) void this.connection.languages.inlayHint.refresh().catch(() => undefined);
    }
    for (const uri of open) void this.publish(uri);
  }

  /** `¶N` where each paragraph in the range starts, on a document some plan cites. */
  async inlayHints(uri: string, range: Range): Promise<InlayHint[]> {
    if (!this.hints.paragraphNumbers || !(await this.citations(uri)).coverage?.plans) return [];
    const marks = await (await this.session.projectFor(uri)).documents.paragraphs(uri, range);
    return marks.map(m => ({ position: m.range.start, label: `¶${m.para}`, paddingRight: true }));
  }

  async paragraph(uri: string, para: number): Promise<ParagraphResult> {
    return (await (await this.session.projectFor(uri)).documents.paragraph(uri, para)) ?? null;
  }

  async hover(uri: string, position: Position): Promise<Hover | null> {
    const cit = await this.citations(uri);
    const p = cit.paragraphs.find(x => position.line >= x.range.start.line && position.line <= x.range.end.line);
    if (!p) return null;
    const n = p.items.length;
    const head = tn(this.locale, 'sourceHover.cited', n, { para: p.para });
    const items = p.items.map(it => {
      const first = it.citations[0].planRange.start.line + 1;
      const parts = it.parts.length ? ` · ${escapeMarkdown(it.parts.join(t(this.locale, 'punct.enumeration')))}` : '';
      const file = escapeMarkdown(fileName(it.planUri));
      return `- [${escapeMarkdown(it.name)}](${linkTarget(it.planUri)}#L${first})${parts} · ${file}`;
    });
    return { contents: { kind: 'markdown', value: [head, '', ...items].join('\n') }, range: p.range };
  }

  /** On each cited paragraph: how many plan items cite it, then the first ones by name; each lists its anchors. */
  async codeLenses(uri: string): Promise<CodeLens[]> {
    if (!this.hints.citationLens) return [];
    const cit = await this.citations(uri);
    return cit.paragraphs.flatMap(p => {
      const at = { line: p.range.start.line, character: 0 };
      const lens = (title: string, items: CitingItem[]): CodeLens => {
        const locations = items.flatMap(it =>
          it.citations.map(c => ({ uri: this.uris.toClient(c.planUri), range: c.planRange })),
        );
        const args = [this.uris.toClient(uri), at, locations];
        // A title renders `$(icon)` syntax: an item named `$(alert) 已核实` must read as written.
        const command = { title: iconFree(title), command: SHOW_CITATIONS_COMMAND, arguments: args };
        return { range: { start: at, end: at }, command };
      };
      const n = p.items.length;
      const count = tn(this.locale, 'lens.cited', n);
      const named = p.items.slice(0, NAMED_LENSES);
      const titles = itemTitles(named);
      const rest = p.items.slice(NAMED_LENSES);
      return [
        lens(count, p.items),
        ...named.map((it, i) => lens(titles[i], [it])),
        ...(rest.length ? [lens(t(this.locale, 'lens.more', { n: rest.length }), rest)] : []),
      ];
    });
  }

  async citedRanges(uri: string): Promise<CitedRangesResult> {
    return { ranges: (await this.citations(uri)).citations.map(c => c.docRange) };
  }
}

const fileName = (uri: string) => uri.slice(uri.lastIndexOf('/') + 1);

/** Each item by its name; by its name and plan file where another item shown has the same name. */
function itemTitles(items: CitingItem[]): string[] {
  return items.map(it =>
    items.some(o => o !== it && o.name === it.name) ? `${it.name} · ${fileName(it.planUri)}` : it.name,
  );
}
