/**
 * The PlanLint language server: one `startServer(connection, runtime)` over the checker core,
 * started by a few-line node main (IPC/stdio) and a browser main (web worker). It wires the server's
 * parts, each in its own module: the start and settings (initialize.ts, settings.ts), the documents and
 * files that change (documentSync.ts), when plans are checked (scheduler.ts) and how their diagnostics are
 * published (diagnostics.ts), the workspace index (indexing.ts), and the requests, every one routed
 * through requests.ts (features.ts, editing.ts, drafting.ts, evaluation.ts, savedDrafts.ts, commands.ts).
 */
import { TextDocuments, type Connection } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { registerCommands } from './commands';
import type { Runtime, ServerContext } from './context';
import { DiagnosticsPublisher } from './diagnostics';
import { registerDocumentSync } from './documentSync';
import { registerDrafting } from './drafting';
import { registerEditing } from './editing';
import { registerEvaluation } from './evaluation';
import { registerDocumentRequests, registerFeatures, workspaceDocument } from './features';
import { registerLifecycle } from './initialize';
import { router } from './requests';
import { registerSavedDrafts } from './savedDrafts';
import { DiagnosticsScheduler } from './scheduler';
import { ServerSettings } from './settings';
import { UriMap } from './uris';

export function startServer(connection: Connection, runtime: Runtime): void {
  const documents = new TextDocuments(TextDocument);
  // `session` and `sources` are made at `initialize` (initialize.ts), before any handler needs them.
  const ctx = {
    connection,
    documents,
    uris: new UriMap(),
    runtime,
    route: router(connection),
    can: { pullConfig: false, registerConfig: false, showDocument: false },
    log: (m: string) => connection.console.log(m),
  } as ServerContext;
  const scheduler = new DiagnosticsScheduler(ctx, new DiagnosticsPublisher(ctx).check);
  registerLifecycle(ctx, new ServerSettings(ctx), scheduler);
  registerDocumentSync(ctx, scheduler);
  registerFeatures(ctx);
  registerDocumentRequests(ctx, scheduler);
  registerEditing(ctx);
  const ours = workspaceDocument(ctx);
  registerDrafting(ctx, ours);
  registerEvaluation(ctx, ours);
  registerSavedDrafts(ctx, ours);
  registerCommands(connection, {
    documents,
    uris: ctx.uris,
    sources: () => ctx.sources,
    locale: () => ctx.session.locale,
    canShow: () => ctx.can.showDocument,
    route: ctx.route,
  });
  documents.listen(connection);
  connection.listen();
}
