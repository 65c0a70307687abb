/**
 * The documents the client opens, edits and closes, and the files that change on disk: each change goes
 * into the project (an open document's text wins over the file's) and has its plan, and the plans that
 * read it, checked again (scheduler.ts); the source documents' lenses and hints follow.
 */
import { FileChangeType, type DidChangeWatchedFilesParams, type TextDocumentChangeEvent } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { PLAN_FILE } from '../core/text/fileKinds';
import type { ServerContext } from './context';
import { fileOfView } from './documentView';
import { twinOf } from './savedDrafts';
import { CHANGE_DEBOUNCE_MS, type DiagnosticsScheduler } from './scheduler';

type DocumentEvent = TextDocumentChangeEvent<TextDocument>;

export function registerDocumentSync(ctx: ServerContext, scheduler: DiagnosticsScheduler): void {
  const { connection, documents, uris, route } = ctx;
  /** A plan changed: the hints on open source documents follow, once typing pauses. */
  let sourcesTimer: ReturnType<typeof setTimeout> | undefined;
  const refreshSourcesSoon = () => {
    clearTimeout(sourcesTimer);
    sourcesTimer = setTimeout(() => void ctx.sources.refresh(), 200);
  };
  // TextDocuments reports an open as a content change too: check at once then, debounce after.
  const justOpened = new Set<string>();
  documents.onDidOpen(e => {
    justOpened.add(uris.toCore(e.document.uri, true));
  });
  const changed = route.notification('textDocument/didChange', (e: DocumentEvent) =>
    contentChanged(ctx, scheduler, e, justOpened, refreshSourcesSoon),
  );
  documents.onDidChangeContent(e => void changed(e));
  const closed = route.notification('textDocument/didClose', (e: DocumentEvent) =>
    documentClosed(ctx, scheduler, e, refreshSourcesSoon),
  );
  documents.onDidClose(e => void closed(e));
  connection.onDidChangeWatchedFiles(
    route.notification('workspace/didChangeWatchedFiles', (p: DidChangeWatchedFilesParams) =>
      filesChanged(ctx, scheduler, p),
    ),
  );
}

async function contentChanged(
  ctx: ServerContext,
  scheduler: DiagnosticsScheduler,
  e: DocumentEvent,
  justOpened: Set<string>,
  refreshSourcesSoon: () => void,
): Promise<void> {
  const { documents, uris, sources } = ctx;
  const uri = uris.toCore(e.document.uri);
  const opening = justOpened.delete(uri);
  // A new unsaved plan opens empty and its text (a draft) lands next: not a plan to check until then,
  // and checked at once when it does, as if it opened with it.
  // So does the file a draft is saved as (savedDrafts.ts): its draft holds the plan meanwhile.
  const blank = !e.document.getText();
  if (opening && blank && (e.document.uri.startsWith('untitled:') || twinOf(documents, uris, e.document.uri))) {
    justOpened.add(uri);
    return;
  }
  const project = await ctx.session.projectFor(uri);
  // Handlers resume out of order: the overlay takes the document as it is now, not as this event saw
  // it (a close and a reopen may have come meanwhile, and the close's handler clears nothing then).
  const current = documents.get(e.document.uri);
  if (!current) return;
  // A paragraph view's text is the file's, as its reader gives it: the file is read, never the view.
  if (!fileOfView(e.document.uri)) project.setOverlay(uri, current.getText());
  if (PLAN_FILE.test(uri)) project.addPlan(uri);
  sources.invalidate();
  if (PLAN_FILE.test(uri)) scheduler.schedule(uri, opening ? 0 : CHANGE_DEBOUNCE_MS, opening ? 'opened' : undefined);
  if (!opening) scheduler.recheckDependents(uri);
  else if (uris.showsSource(e.document.uri)) void sources.drawnByClient(uri);
  // A draft is a new plan even as it opens: the document it cites shows its lenses at once.
  if (PLAN_FILE.test(uri) && (!opening || e.document.uri.startsWith('untitled:'))) refreshSourcesSoon();
}

async function documentClosed(
  ctx: ServerContext,
  scheduler: DiagnosticsScheduler,
  e: DocumentEvent,
  refreshSourcesSoon: () => void,
): Promise<void> {
  const { connection, documents, uris } = ctx;
  const uri = uris.toCore(e.document.uri);
  const project = await ctx.session.projectFor(uri);
  if (documents.get(e.document.uri)) return; // opened again meanwhile: that open's handler holds it
  const saved = e.document.uri.startsWith('untitled:') ? twinOf(documents, uris, e.document.uri) : undefined;
  if (saved) {
    // A draft closed once saved (savedDrafts.ts): the plan is the file's now, with the file's text.
    project.setOverlay(uri, saved.getText() || e.document.getText());
    uris.toCore(saved.uri, true);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
    scheduler.schedule(uri, 0, 'saved');
    return;
  }
  project.clearOverlay(uri);
  if (e.document.uri.startsWith('untitled:')) {
    // An unsaved draft closed: it was never a file (saved, it comes back as one).
    project.removePlan(uri);
    uris.forget(uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  } else if (PLAN_FILE.test(uri)) scheduler.schedule(uri, 0, 'closed: back to the file on disk');
  else void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  scheduler.recheckDependents(uri);
  // What the plan cited is gone (or back to the file's): the source documents' lenses and marks follow.
  if (PLAN_FILE.test(uri)) refreshSourcesSoon();
}

async function filesChanged(
  ctx: ServerContext,
  scheduler: DiagnosticsScheduler,
  { changes }: DidChangeWatchedFilesParams,
): Promise<void> {
  const { connection, documents, uris } = ctx;
  for (const c of changes) {
    const uri = uris.toCore(c.uri);
    // The editor's text wins while it is open; a paragraph view shows the file, which changed.
    const open = uris.toClient(uri);
    if (documents.get(open) && !fileOfView(open)) continue;
    const project = await ctx.session.projectFor(uri);
    if (PLAN_FILE.test(uri)) {
      if (c.type === FileChangeType.Deleted) {
        project.removePlan(uri);
        void connection.sendDiagnostics({ uri: uris.toClient(uri), diagnostics: [] });
      } else {
        project.addPlan(uri);
        scheduler.schedule(uri, CHANGE_DEBOUNCE_MS, 'changed on disk');
      }
    }
    scheduler.recheckDependents(uri);
  }
}
