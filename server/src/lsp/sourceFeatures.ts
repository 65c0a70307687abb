/**
 * Source documents in the editor: the cited spans, a hover and a CodeLens on each cited paragraph
 * listing the plan items that cite it (with links back), and a hint on each number of a cited
 * paragraph that no plan item cites.
 */
import {
  DiagnosticSeverity,
  type CodeLens,
  type Connection,
  type Hover,
  type Position,
  type TextDocuments,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { escapeMarkdown, linkTarget, type SourceCitations } from '../core/index';
import { SHOW_CITATIONS_COMMAND, type CitedRangesResult, type CoverageResult, type HintSettings } from './protocol';
import type { Session } from '../core/index';
import type { UriMap } from './uris';

export class SourceFeatures {
  private cache = new Map<string, Promise<SourceCitations>>();
  constructor(
    private readonly session: Session,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly connection: Connection,
    private readonly uris: UriMap,
  ) {}

  private get zh(): boolean {
    return this.session.locale === 'zh-cn';
  }

  invalidate(): void {
    this.cache.clear();
  }

  citations(uri: string): Promise<SourceCitations> {
    let c = this.cache.get(uri);
    if (!c) {
      c = this.session.projectFor(uri).then(p => p.citations(uri));
      this.cache.set(uri, c);
    }
    return c;
  }

  /** Which editor-only hint kinds the user wants (settings `planlint.hints.*`). */
  hints: Required<HintSettings> = { uncitedNumbers: true, uncitedClauses: true, citationLens: true };

  /** The counts the status bar shows on a source document: coverage's own. */
  async coverage(uri: string): Promise<CoverageResult> {
    const c = await this.citations(uri);
    return c.coverage ?? { numbers: { total: 0, cited: 0 }, clauses: { total: 0, cited: 0 }, plans: 0 };
  }

  /** Hints on the uncited numbers and clauses of an open source document. */
  async publish(uri: string): Promise<void> {
    const cit = await this.citations(uri);
    await this.connection.sendDiagnostics({
      uri: this.uris.toClient(uri),
      diagnostics: cit.uncited
        .filter(u => (u.kind === 'number' ? this.hints.uncitedNumbers : this.hints.uncitedClauses))
        .map(u => ({
          range: u.range,
          severity: DiagnosticSeverity.Hint,
          source: 'planlint',
          code: `uncited-${u.kind}`,
          message: u.message,
        })),
    });
  }

  refresh(): void {
    for (const d of this.documents.all()) {
      if (/\.(txt|md|markdown)$/i.test(d.uri)) void this.publish(this.uris.toCore(d.uri));
    }
  }

  async hover(uri: string, position: Position): Promise<Hover | null> {
    const cit = await this.citations(uri);
    const p = cit.paragraphs.find(x => position.line >= x.range.start.line && position.line <= x.range.end.line);
    if (!p) return null;
    const head = this.zh
      ? `**第 ${p.para} 段被 ${p.citations.length} 个规划条目引用**`
      : `**¶${p.para} is cited by ${p.citations.length} plan item${p.citations.length === 1 ? '' : 's'}**`;
    const items = p.citations.map(
      c =>
        `- [${escapeMarkdown(c.label)}](${linkTarget(c.planUri)}#L${c.planRange.start.line + 1}) · ${escapeMarkdown(c.planUri.split('/').pop() ?? '')}`,
    );
    return { contents: { kind: 'markdown', value: [head, '', ...items].join('\n') }, range: p.range };
  }

  async codeLenses(uri: string): Promise<CodeLens[]> {
    if (!this.hints.citationLens) return [];
    const cit = await this.citations(uri);
    return cit.paragraphs.map(p => {
      const at = { line: p.range.start.line, character: 0 };
      const title = this.zh
        ? `被 ${p.citations.length} 个规划条目引用`
        : `cited by ${p.citations.length} plan item${p.citations.length === 1 ? '' : 's'}`;
      const locations = p.citations.map(c => ({ uri: this.uris.toClient(c.planUri), range: c.planRange }));
      return {
        range: { start: at, end: at },
        command: { title, command: SHOW_CITATIONS_COMMAND, arguments: [this.uris.toClient(uri), at, locations] },
      };
    });
  }

  async citedRanges(uri: string): Promise<CitedRangesResult> {
    return { ranges: (await this.citations(uri)).citations.map(c => c.docRange) };
  }
}
