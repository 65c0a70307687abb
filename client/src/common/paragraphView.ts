/**
 * The paragraph view of a Word file, web page or PDF: a read-only virtual document (`planlint-doc:`) whose
 * text the server gives, the document's paragraphs one a line, as anchors number them. The server maps
 * the view to its file for every source feature (¶N, lenses, hints, Go to ¶N, cite, draft) and sends
 * hovers and definitions into such a document here. The text is plain: VS Code renders no markup in it.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { TEXT_SOURCE_FILE, VIEWED_SOURCE_FILE } from '../../../server/src/core/text/fileKinds';
import {
  DOCUMENT_TEXT,
  DOCUMENT_VIEW_SCHEME,
  OPEN_PARAGRAPH_VIEW_COMMAND,
  PARAGRAPH_VIEW_QUERY,
  type DocumentTextResult,
} from '../../../server/src/lsp/protocol';

/** The view of a file: its path (the tab's title is the file's name), and the file's URI as the query. */
const viewOf = (file: vscode.Uri) =>
  vscode.Uri.from({ scheme: DOCUMENT_VIEW_SCHEME, path: file.path, query: file.toString() });
const fileOf = (view: vscode.Uri) => vscode.Uri.parse(view.query, true);

/** Whether an editor shows a source document as text: a `.txt` or `.md`, or a paragraph view. */
export const showsSource = (uri: vscode.Uri) => uri.scheme === DOCUMENT_VIEW_SCHEME || TEXT_SOURCE_FILE.test(uri.path);

/** Documents the view is offered for when they are opened (a web page may be opened as the HTML it is). */
const OFFERED = /\.(docx|pdf)$/i;

/** The file of the active editor or tab (a Word file or PDF opens in no text editor). */
function activeFile(): vscode.Uri | undefined {
  const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
  if (input instanceof vscode.TabInputText || input instanceof vscode.TabInputCustom) return input.uri;
  return vscode.window.activeTextEditor?.document.uri;
}

/** The place a hover's link marks (`?planlint-view=L3,5-L3,20`, 1-based, as VS Code's link fragments). */
function markedPlace(uri: vscode.Uri): vscode.Range | undefined | null {
  const m = new RegExp(`^${PARAGRAPH_VIEW_QUERY}=(.*)$`).exec(uri.query);
  if (!m) return null;
  const p = /^L(\d+)(?:,(\d+))?(?:-L(\d+)(?:,(\d+))?)?$/.exec(m[1]);
  if (!p) return undefined;
  const n = (s: string | undefined, d: number) => (s ? Number(s) - 1 : d);
  const start = new vscode.Position(n(p[1], 0), n(p[2], 0));
  return new vscode.Range(start, p[3] ? new vscode.Position(n(p[3], 0), n(p[4], 0)) : start);
}

async function openView(arg?: vscode.Uri | string, selection?: vscode.Range): Promise<void> {
  const file = typeof arg === 'string' ? vscode.Uri.parse(arg) : (arg ?? activeFile());
  if (!file || !VIEWED_SOURCE_FILE.test(file.path)) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a .docx, .html or .pdf source document first.'));
    return;
  }
  const view = file.scheme === DOCUMENT_VIEW_SCHEME ? file : viewOf(file);
  let doc: vscode.TextDocument;
  try {
    doc = await vscode.workspace.openTextDocument(view);
  } catch (e) {
    void vscode.window.showWarningMessage(e instanceof Error ? e.message : String(e));
    return;
  }
  // Plain text whatever the file's extension: a web page's view is not HTML.
  if (doc.languageId !== 'plaintext') doc = await vscode.languages.setTextDocumentLanguage(doc, 'plaintext');
  await vscode.window.showTextDocument(doc, { preview: false, selection });
}

export function registerParagraphViews(context: vscode.ExtensionContext, client: BaseLanguageClient): void {
  const changed = new vscode.EventEmitter<vscode.Uri>();
  /** Views whose file changed: the server reads the file again before it answers. */
  const stale = new Set<string>();
  const provider: vscode.TextDocumentContentProvider = {
    onDidChange: changed.event,
    async provideTextDocumentContent(view) {
      const uri = view.toString();
      const r = (await client.sendRequest(DOCUMENT_TEXT, { uri, reload: stale.delete(uri) })) as DocumentTextResult;
      if (r.text === null) throw new Error(r.error);
      return r.text;
    },
  };
  const fileChanged = (file: vscode.Uri) => {
    for (const d of vscode.workspace.textDocuments)
      if (d.uri.scheme === DOCUMENT_VIEW_SCHEME && fileOf(d.uri).toString() === file.toString()) {
        stale.add(d.uri.toString());
        changed.fire(d.uri);
      }
  };
  const watcher = vscode.workspace.createFileSystemWatcher('**/*.{docx,html,htm,pdf}');
  // Opening a Word file or PDF from the Explorer offers its view, once a file and session.
  const offered = new Set<string>();
  const offer = async (file: vscode.Uri) => {
    if (offered.has(file.toString())) return;
    offered.add(file.toString());
    const open = vscode.l10n.t('Open paragraph view');
    const name = file.path.slice(file.path.lastIndexOf('/') + 1);
    const pick = await vscode.window.showInformationMessage(
      vscode.l10n.t('Show {0} as PlanLint reads it, one paragraph a line, with ¶N and the plan items citing it?', name),
      open,
    );
    if (pick === open) await openView(file);
  };
  const considerTab = (tab: vscode.Tab) => {
    const input = tab.input;
    const uri = input instanceof vscode.TabInputText || input instanceof vscode.TabInputCustom ? input.uri : undefined;
    if (!uri || uri.scheme === DOCUMENT_VIEW_SCHEME || !VIEWED_SOURCE_FILE.test(uri.path)) return;
    const place = markedPlace(uri);
    if (place !== null) {
      // A hover's link into the document: its view opens there, in place of the file.
      void vscode.window.tabGroups.close(tab).then(() => openView(uri.with({ query: '' }), place));
    } else if (tab.isActive && OFFERED.test(uri.path)) void offer(uri);
  };
  context.subscriptions.push(
    changed,
    watcher,
    watcher.onDidChange(fileChanged),
    watcher.onDidCreate(fileChanged),
    vscode.workspace.registerTextDocumentContentProvider(DOCUMENT_VIEW_SCHEME, provider),
    vscode.commands.registerCommand(OPEN_PARAGRAPH_VIEW_COMMAND, (file?: vscode.Uri | string) => openView(file)),
    vscode.window.tabGroups.onDidChangeTabs(e => {
      for (const tab of [...e.opened, ...e.changed]) considerTab(tab);
    }),
  );
  // A document opened before the extension started (it starts once the workbench has found the plans).
  for (const group of vscode.window.tabGroups.all) for (const tab of group.tabs) considerTab(tab);
}
