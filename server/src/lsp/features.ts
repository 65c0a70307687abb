/**
 * The requests answered here: hover, definition and code lenses on plans and source documents, and
 * PlanLint's own requests about the workspace's documents (cited ranges, coverage, findings, paragraphs,
 * a document's text). The editing aids are editing.ts's; drafting, evaluation and saved drafts their own.
 */
import { ErrorCodes, ResponseError, type DefinitionParams, type HoverParams } from 'vscode-languageserver';
import { PLAN_FILE } from '../core/text/fileKinds';
import type { ServerContext } from './context';
import { linksToViews } from './documentView';
import {
  CITED_RANGES,
  COVERAGE,
  DOCUMENT_FINDINGS,
  DOCUMENT_TEXT,
  PARAGRAPH,
  type CitedRangesParams,
  type CoverageParams,
  type DocumentTextParams,
  type DocumentTextResult,
  type ParagraphParams,
  type ParagraphResult,
} from './protocol';
import type { DiagnosticsScheduler } from './scheduler';

/**
 * PlanLint's own requests answer only for documents of the workspace: an open document, or a file inside a
 * workspace folder. A client (or an extension speaking for it) naming `file:///etc/passwd` gets an error,
 * not the file's paragraphs or a draft quoting it. Maps a client URI to the core's.
 */
export function workspaceDocument(ctx: ServerContext): (clientUri: string) => string {
  return clientUri => {
    const core = ctx.uris.toCore(clientUri);
    if (ctx.documents.get(clientUri) || ctx.uris.inWorkspace(core)) return core;
    throw new ResponseError(ErrorCodes.InvalidParams, 'not a document of the workspace');
  };
}

export function registerFeatures(ctx: ServerContext): void {
  const { connection, documents, uris, route } = ctx;
  connection.onHover(
    route.request('textDocument/hover', async ({ textDocument, position }: HoverParams, work) => {
      const uri = uris.toCore(textDocument.uri);
      const doc = documents.get(textDocument.uri);
      if (!doc) return null;
      if (uris.showsSource(textDocument.uri)) return ctx.sources.hover(uri, position);
      const project = await work.step(ctx.session.projectFor(uri));
      const h = await project.hover(uri, doc.offsetAt(position));
      if (!h) return null;
      const value = uris.views ? linksToViews(h.markdown, core => uris.fileForm(core)) : h.markdown;
      return { contents: { kind: 'markdown' as const, value }, range: h.range };
    }),
  );
  connection.onDefinition(
    route.request('textDocument/definition', async ({ textDocument, position }: DefinitionParams, work) => {
      const uri = uris.toCore(textDocument.uri);
      const doc = documents.get(textDocument.uri);
      if (!doc || !PLAN_FILE.test(uri)) return [];
      const project = await work.step(ctx.session.projectFor(uri));
      const locs = await project.definition(uri, doc.offsetAt(position));
      return locs.map(l => ({ uri: uris.toClient(l.uri), range: l.range }));
    }),
  );
  connection.onCodeLens(
    route.request('textDocument/codeLens', async ({ textDocument }: { textDocument: { uri: string } }) => {
      const uri = uris.toCore(textDocument.uri);
      return uris.showsSource(textDocument.uri) ? ctx.sources.codeLenses(uri) : [];
    }),
  );
}

/** PlanLint's own requests about a document of the workspace. */
export function registerDocumentRequests(ctx: ServerContext, scheduler: DiagnosticsScheduler): void {
  const { connection, route } = ctx;
  const ours = workspaceDocument(ctx);
  connection.onRequest(
    CITED_RANGES,
    route.request(CITED_RANGES, (p: CitedRangesParams) => ctx.sources.citedRanges(ours(p.uri))),
  );
  connection.onRequest(
    COVERAGE,
    route.request(COVERAGE, (p: CoverageParams) => ctx.sources.coverage(ours(p.uri))),
  );
  connection.onRequest(
    DOCUMENT_FINDINGS,
    route.request(DOCUMENT_FINDINGS, (p: CoverageParams) => ctx.sources.findingCounts(ours(p.uri))),
  );
  connection.onRequest<ParagraphResult, never>(
    PARAGRAPH,
    route.request(PARAGRAPH, (p: ParagraphParams) => ctx.sources.paragraph(ours(p.uri), p.para)),
  );
  connection.onRequest(
    DOCUMENT_TEXT,
    route.request(DOCUMENT_TEXT, async (p: DocumentTextParams, work): Promise<DocumentTextResult> => {
      const core = ours(p.uri);
      if (p.reload) scheduler.recheckDependents(core); // forgets what was read of the file, and checks its plans
      const r = await (await work.step(ctx.session.projectFor(core))).documents.sourceText(core);
      return r.ok ? { text: r.text } : { text: null, error: r.why };
    }),
  );
}
