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
  type Connection,
  type TextDocuments,
} from 'vscode-languageserver';
import { PLAN_FILE } from '../core/text/fileKinds';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { PlanSymbol } from '../core/index';
import type { SourceFeatures } from './sourceFeatures';
import { CITE_SELECTION, type CiteSelectionParams } from './protocol';
import type { Project, Session } from '../core/index';
import type { UriMap } from './uris';
import { sourceCodeActions } from './drafting';

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

export function registerEditing(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  session: () => Session,
  uris: UriMap,
  sources: () => SourceFeatures,
): void {
  const at = async (uri: string, position: { line: number; character: number }) => {
    const doc = documents.get(uri);
    if (!doc) return undefined;
    const core = uris.toCore(uri);
    return { core, offset: doc.offsetAt(position), doc, project: await session().projectFor(core) };
  };
  const projectOf = async (uri: string): Promise<[string, Project]> => {
    const core = uris.toCore(uri);
    return [core, await session().projectFor(core)];
  };

  connection.onCompletion(async ({ textDocument, position }) => {
    const a = await at(textDocument.uri, position);
    if (!a) return [];
    const r = await a.project.completion(a.core, a.offset);
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
  });

  connection.onCodeAction(async ({ textDocument, context }) => {
    const [core, project] = await projectOf(textDocument.uri);
    const source = documents.get(textDocument.uri);
    if (source && uris.showsSource(textDocument.uri)) {
      return sourceCodeActions(project, core, source, context.diagnostics, uris, session().locale);
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
  });

  connection.onReferences(async ({ textDocument, position, context }) => {
    const a = await at(textDocument.uri, position);
    if (!a) return [];
    return (await a.project.references(a.core, a.offset, context.includeDeclaration)).map(l => ({
      uri: uris.toClient(l.uri),
      range: l.range,
    }));
  });

  connection.onPrepareRename(async ({ textDocument, position }) => {
    const a = await at(textDocument.uri, position);
    return a ? ((await a.project.prepareRename(a.core, a.offset)) ?? null) : null;
  });

  connection.onRenameRequest(async ({ textDocument, position, newName }) => {
    const a = await at(textDocument.uri, position);
    if (!a) return null;
    const r = await a.project.rename(a.core, a.offset, newName.trim());
    if (typeof r === 'string') throw new ResponseError(ErrorCodes.InvalidRequest, r);
    const changes: Record<string, { range: import('vscode-languageserver').Range; newText: string }[]> = {};
    for (const [uri, edits] of r) changes[uris.toClient(uri)] = edits;
    return { changes };
  });

  connection.onDocumentSymbol(async ({ textDocument }) => {
    const [core, project] = await projectOf(textDocument.uri);
    if (!PLAN_FILE.test(core)) return [];
    return (await project.documentSymbols(core)).map(toSymbol);
  });

  connection.onWorkspaceSymbol(async ({ query }) => {
    const out = [];
    for (const p of session().projects)
      for (const { uri, symbol } of await p.workspaceSymbols(query)) {
        out.push({
          name: symbol.name,
          kind: SYMBOL_KIND[symbol.kind],
          location: { uri: uris.toClient(uri), range: symbol.selectionRange },
          containerName: symbol.detail,
        });
      }
    return out;
  });

  connection.languages.inlayHint.on(async ({ textDocument, range }) => {
    const [core, project] = await projectOf(textDocument.uri);
    if (uris.showsSource(textDocument.uri)) return sources().inlayHints(core, range);
    if (!PLAN_FILE.test(core)) return [];
    return (await project.inlayHints(core, range)).map(h => ({
      position: h.position,
      label: h.label,
      tooltip: h.tooltip,
      paddingLeft: false,
    }));
  });

  connection.onRequest(CITE_SELECTION, async (p: CiteSelectionParams) => {
    const doc = documents.get(p.uri);
    if (!doc) return null;
    const [core, project] = await projectOf(p.uri);
    return (await project.cite(core, doc.offsetAt(p.range.start), doc.offsetAt(p.range.end))) ?? null;
  });
}
