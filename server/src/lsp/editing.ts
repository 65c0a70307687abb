/**
 * The editing aids over the protocol: completion, quick fixes, references, rename, symbols, inlay hints,
 * cite selection.
 */
import {
  CodeActionKind,
  CompletionItemKind,
  InsertTextFormat,
  MarkupKind,
  ResponseError,
  SymbolKind,
  ErrorCodes,
  type CodeActionParams,
  type CompletionParams,
  type DocumentSymbolParams,
  type InlayHintParams,
  type PrepareRenameParams,
  type ReferenceParams,
  type RenameParams,
  type WorkspaceSymbolParams,
} from 'vscode-languageserver';
import { PLAN_FILE } from '../core/text/fileKinds';
import type { PlanSymbol } from '../core/index';
import { CITE_SELECTION, type CiteSelectionParams } from './protocol';
import type { Project } from '../core/index';
import type { ServerContext } from './context';
import { sourceCodeActions } from './drafting';
import type { Work } from './requests';

const COMPLETION_KIND = {
  reference: CompletionItemKind.Reference,
  unit: CompletionItemKind.Unit,
  value: CompletionItemKind.EnumMember,
  field: CompletionItemKind.Property,
  snippet: CompletionItemKind.Snippet,
};
const SYMBOL_KIND: Record<PlanSymbol['kind'], SymbolKind> = {
  plan: SymbolKind.File,
  section: SymbolKind.Namespace,
  indicator: SymbolKind.Number,
  goal: SymbolKind.Event,
  task: SymbolKind.Function,
  funding: SymbolKind.Struct,
  organization: SymbolKind.Class,
  source: SymbolKind.File,
};
const toSymbol = (s: PlanSymbol): import('vscode-languageserver').DocumentSymbol => ({
  name: s.name,
  detail: s.detail,
  kind: SYMBOL_KIND[s.kind],
  range: s.range,
  selectionRange: s.selectionRange,
  children: s.children.map(toSymbol),
});

export const EDITING_CAPABILITIES = {
  completionProvider: { triggerCharacters: [' ', '[', ',', ':', '#'] },
  codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
  referencesProvider: true,
  renameProvider: { prepareProvider: true },
  documentSymbolProvider: true,
  workspaceSymbolProvider: true,
  inlayHintProvider: true,
};

/** Where a request on an open document points: its core URI, the offset, the document, its project. */
function locate(ctx: ServerContext) {
  return async (uri: string, position: { line: number; character: number }, work: Work) => {
    const doc = ctx.documents.get(uri);
    if (!doc) return undefined;
    const core = ctx.uris.toCore(uri);
    return { core, offset: doc.offsetAt(position), doc, project: await work.step(ctx.session.projectFor(core)) };
  };
}
const projectOf =
  (ctx: ServerContext) =>
  async (uri: string, work: Work): Promise<[string, Project]> => {
    const core = ctx.uris.toCore(uri);
    return [core, await work.step(ctx.session.projectFor(core))];
  };

export function registerEditing(ctx: ServerContext): void {
  registerCompletion(ctx);
  registerCodeActions(ctx);
  registerReferences(ctx);
  registerSymbols(ctx);
}

function registerCompletion(ctx: ServerContext): void {
  const at = locate(ctx);
  ctx.connection.onCompletion(
    ctx.route.request('textDocument/completion', async ({ textDocument, position }: CompletionParams, work) => {
      const a = await at(textDocument.uri, position, work);
      if (!a) return [];
      const r = await work.step(a.project.completion(a.core, a.offset));
      const range = { start: a.doc.positionAt(r.replaceStart), end: position };
      return r.items.map(i => ({
        label: i.label,
        kind: COMPLETION_KIND[i.kind],
        detail: i.detail,
        documentation:
          i.markdown && i.documentation ? { kind: MarkupKind.Markdown, value: i.documentation } : i.documentation,
        filterText: i.filterText,
        sortText: i.sortText,
        textEdit: { range, newText: i.insertText },
        insertTextFormat: i.snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
      }));
    }),
  );
}

function registerCodeActions(ctx: ServerContext): void {
  const { documents, uris } = ctx;
  ctx.connection.onCodeAction(
    ctx.route.request('textDocument/codeAction', async ({ textDocument, context }: CodeActionParams, work) => {
      const [core, project] = await projectOf(ctx)(textDocument.uri, work);
      const source = documents.get(textDocument.uri);
      if (source && uris.showsSource(textDocument.uri)) {
        return sourceCodeActions(project, core, source, context.diagnostics, uris, ctx.session.locale);
      }
      // An acknowledged finding is a decision already recorded: no fix is offered on it.
      const ours = context.diagnostics.filter(
        d => d.source === 'planlint' && !(d.data as { acknowledged?: boolean } | undefined)?.acknowledged,
      );
      const fixes = await project.codeActions(
        core,
        ours.map(d => ({ range: d.range, code: d.code, data: d.data as Record<string, unknown> | undefined })),
      );
      return fixes.map(f => ({
        title: f.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [ours[f.diagnosticIndex]],
        isPreferred: f.preferred,
        edit: { changes: { [textDocument.uri]: f.edits } },
      }));
    }),
  );
}

function registerReferences(ctx: ServerContext): void {
  const { connection, route, uris } = ctx;
  const at = locate(ctx);
  connection.onReferences(
    route.request('textDocument/references', async ({ textDocument, position, context }: ReferenceParams, work) => {
      const a = await at(textDocument.uri, position, work);
      if (!a) return [];
      return (await a.project.references(a.core, a.offset, context.includeDeclaration)).map(l => ({
        uri: uris.toClient(l.uri),
        range: l.range,
      }));
    }),
  );
  connection.onPrepareRename(
    route.request('textDocument/prepareRename', async ({ textDocument, position }: PrepareRenameParams, work) => {
      const a = await at(textDocument.uri, position, work);
      return a ? ((await a.project.prepareRename(a.core, a.offset)) ?? null) : null;
    }),
  );
  connection.onRenameRequest(
    route.request('textDocument/rename', async ({ textDocument, position, newName }: RenameParams, work) => {
      const a = await at(textDocument.uri, position, work);
      if (!a) return null;
      const r = await work.step(a.project.rename(a.core, a.offset, newName.trim()));
      if (typeof r === 'string') throw new ResponseError(ErrorCodes.InvalidRequest, r);
      const changes: Record<string, { range: import('vscode-languageserver').Range; newText: string }[]> = {};
      for (const [uri, edits] of r) changes[uris.toClient(uri)] = edits;
      return { changes };
    }),
  );
}

function registerSymbols(ctx: ServerContext): void {
  const { connection, route, uris } = ctx;
  const project = projectOf(ctx);
  connection.onDocumentSymbol(
    route.request('textDocument/documentSymbol', async ({ textDocument }: DocumentSymbolParams, work) => {
      const [core, p] = await project(textDocument.uri, work);
      if (!PLAN_FILE.test(core)) return [];
      return (await p.documentSymbols(core)).map(toSymbol);
    }),
  );
  connection.onWorkspaceSymbol(
    route.request('workspace/symbol', async ({ query }: WorkspaceSymbolParams, work) => {
      const out = [];
      for (const p of ctx.session.projects)
        for (const { uri, symbol } of await work.step(p.workspaceSymbols(query))) {
          out.push({
            name: symbol.name,
            kind: SYMBOL_KIND[symbol.kind],
            location: { uri: uris.toClient(uri), range: symbol.selectionRange },
            containerName: symbol.detail,
          });
        }
      return out;
    }),
  );
  connection.languages.inlayHint.on(
    route.request('textDocument/inlayHint', async ({ textDocument, range }: InlayHintParams, work) => {
      const [core, p] = await project(textDocument.uri, work);
      if (uris.showsSource(textDocument.uri)) return ctx.sources.inlayHints(core, range);
      if (!PLAN_FILE.test(core)) return [];
      return (await p.inlayHints(core, range)).map(h => ({
        position: h.position,
        label: h.label,
        tooltip: h.tooltip,
        paddingLeft: false,
      }));
    }),
  );
  connection.onRequest(
    CITE_SELECTION,
    route.request(CITE_SELECTION, async (p: CiteSelectionParams, work) => {
      const doc = ctx.documents.get(p.uri);
      if (!doc) return null;
      const [core, plan] = await project(p.uri, work);
      return (await plan.documents.cite(core, doc.offsetAt(p.range.start), doc.offsetAt(p.range.end))) ?? null;
    }),
  );
}
