/**
 * What the node and browser clients share: the language client's options, the requests the server
 * makes of the client (reading files, listing plans), the status bar, the output channel, and the
 * decorations that mark cited spans in source documents.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import {
  CITED_RANGES,
  CITE_SELECTION,
  LIST_FILES,
  READ_FILE,
  SHOW_CITATIONS_COMMAND,
  STATUS,
  COVERAGE,
  DRAFT,
  DRAFT_COMMAND,
  DOCUMENT_VIEW_SCHEME,
  GO_TO_PARAGRAPH_COMMAND,
  type DraftResult,
  type CoverageResult,
  type CiteSelectionResult,
  type CitedRangesResult,
  type ListFilesParams,
  type ListFilesResult,
  type ReadFileParams,
  type ReadFileResult,
  type StatusParams,
  type InitializationOptions,
} from '../../../server/src/lsp/protocol';
import { PLAN_FILE, SOURCE_FILE } from '../../../server/src/core/text/fileKinds';
import { goToParagraph } from './goToParagraph';
import { registerParagraphViews, showsSource } from './paragraphView';
import { serveRead, type ReadableFs } from './serveRead';
import { registerEvaluationView } from './evaluationView';
import { findingsText, indexingText } from './statusText';
import { registerRuleHelp, withRuleHelp } from './ruleHelp';
import { registerDocumentFindingsStatus } from './documentFindingsStatus';
import { registerSavedDrafts } from './savedDrafts';
import { registerWalkthrough } from './walkthrough';

const PLAN_GLOB = '**/*.{plan.yaml,plan.yml,orgs.yaml}';

export function clientOptions(output: vscode.LogOutputChannel): LanguageClientOptions {
  return {
    middleware: {
      handleDiagnostics: (uri, diagnostics, next) => next(uri, withRuleHelp(diagnostics)),
    },
    documentSelector: [
      { language: 'planlint' },
      { language: 'plaintext', pattern: '**/*.txt' },
      { language: 'markdown', pattern: '**/*.{md,markdown}' },
      { scheme: DOCUMENT_VIEW_SCHEME },
    ],
    synchronize: {
      configurationSection: 'planlint',
      fileEvents: [
        vscode.workspace.createFileSystemWatcher(PLAN_GLOB),
        vscode.workspace.createFileSystemWatcher('**/planlint.config.yaml'),
        vscode.workspace.createFileSystemWatcher('**/*.{txt,md,markdown,docx,html,htm,pdf}'),
      ],
    },
    // The extension runs these commands itself (the server runs them for other editors).
    initializationOptions: {
      locale: vscode.env.language,
      clientCommands: [SHOW_CITATIONS_COMMAND, GO_TO_PARAGRAPH_COMMAND],
      documentViews: true,
    } satisfies InitializationOptions,
    outputChannel: output,
  };
}

/** `vscode.workspace.fs` as the read server sees it. */
const workspaceFs: ReadableFs<vscode.Uri> = {
  parse: uri => vscode.Uri.parse(uri, true),
  withPath: (uri, path) => uri.with({ path }),
  stat: uri => vscode.workspace.fs.stat(uri),
  readFile: uri => vscode.workspace.fs.readFile(uri),
};

const citedDecoration = vscode.window.createTextEditorDecorationType({
  backgroundColor: new vscode.ThemeColor('editor.wordHighlightBackground'),
  borderWidth: '0 0 1px 0',
  borderStyle: 'dotted',
  borderColor: new vscode.ThemeColor('editorInfo.foreground'),
});

/** Wires a started client into the editor. */
export function attach(context: vscode.ExtensionContext, client: BaseLanguageClient): void {
  // The server checks paths itself; the client still serves only regular files inside the workspace folders.
  client.onRequest(
    READ_FILE,
    (params: ReadFileParams): Promise<ReadFileResult> =>
      serveRead(
        params,
        workspaceFs,
        (vscode.workspace.workspaceFolders ?? []).map(f => f.uri),
      ),
  );
  client.onRequest(LIST_FILES, async ({ folder }: ListFilesParams): Promise<ListFilesResult> => {
    const files = await vscode.workspace.findFiles(
      new vscode.RelativePattern(vscode.Uri.parse(folder), PLAN_GLOB),
      '**/node_modules/**',
    );
    return files.map(f => f.toString());
  });

  // The status item: what was checked and what it found; a click opens a menu.
  const status = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Left, 10);
  status.name = 'PlanLint';
  status.command = 'planlint.statusMenu';
  context.subscriptions.push(status);
  let indexed: StatusParams | undefined;
  const showStatus = () => {
    if (!indexed || indexed.indexing) return;
    let errors = 0,
      warnings = 0;
    for (const [, diags] of vscode.languages.getDiagnostics()) {
      for (const d of diags) {
        if (d.source !== 'planlint') continue;
        if (d.severity === vscode.DiagnosticSeverity.Error) errors++;
        else if (d.severity === vscode.DiagnosticSeverity.Warning) warnings++;
      }
    }
    const registries = indexed.registries ?? 0,
      plans = indexed.total - registries;
    const icon = errors ? '$(error)' : warnings ? '$(warning)' : '$(check)';
    status.text = `${icon} ${findingsText(vscode.l10n, errors, warnings)}`;
    status.tooltip = vscode.l10n.t(
      '{0} plan file(s) and {1} registr(ies) checked: {2} error(s), {3} warning(s)',
      plans,
      registries,
      errors,
      warnings,
    );
    status.show();
  };
  client.onNotification(STATUS, (p: StatusParams) => {
    if (p.indexing) {
      status.text = `$(sync~spin) ${indexingText(vscode.l10n, p.done, p.total)}`;
      status.tooltip = vscode.l10n.t('Indexing plan files');
      status.show();
    } else {
      indexed = p;
      showStatus();
      decorateVisible(); // source documents open before the plans were indexed (a reloaded window)
    }
  });
  context.subscriptions.push(
    vscode.languages.onDidChangeDiagnostics(showStatus),
    vscode.commands.registerCommand('planlint.statusMenu', async () => {
      const items = [
        { label: vscode.l10n.t('Check again'), command: 'planlint.restartServer' },
        { label: vscode.l10n.t('Show the problems'), command: 'workbench.actions.view.problems' },
        { label: vscode.l10n.t('Show output'), command: 'planlint.showOutput' },
      ];
      const pick = await vscode.window.showQuickPick(items, { placeHolder: 'PlanLint' });
      if (pick) await vscode.commands.executeCommand(pick.command);
    }),
  );

  // On a source document, a second item shows what the plans cite of it: coverage's own counts.
  const coverage = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Left, 9);
  coverage.name = vscode.l10n.t('PlanLint coverage');
  context.subscriptions.push(coverage);
  const showCoverage = async (editor: vscode.TextEditor | undefined) => {
    if (!editor || !showsSource(editor.document.uri)) {
      coverage.hide();
      return;
    }
    try {
      const c = (await client.sendRequest(COVERAGE, { uri: editor.document.uri.toString() })) as CoverageResult;
      coverage.text = `$(book) ${vscode.l10n.t('{0}/{1} numbers cited', c.numbers.cited, c.numbers.total)}`;
      coverage.tooltip = vscode.l10n.t(
        '{0} of {1} numbers and {2} of {3} clauses are cited by {4} plan file(s)',
        c.numbers.cited,
        c.numbers.total,
        c.clauses.cited,
        c.clauses.total,
        c.plans,
      );
      coverage.show();
    } catch {
      coverage.hide();
    }
  };

  const decorate = async (editor: vscode.TextEditor | undefined) => {
    if (editor === vscode.window.activeTextEditor) void showCoverage(editor);
    if (!editor || !showsSource(editor.document.uri)) return;
    try {
      const r = (await client.sendRequest(CITED_RANGES, { uri: editor.document.uri.toString() })) as CitedRangesResult;
      editor.setDecorations(
        citedDecoration,
        r.ranges.map(x => new vscode.Range(x.start.line, x.start.character, x.end.line, x.end.character)),
      );
    } catch {
      /* the server is restarting */
    }
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const decorateVisible = () => {
    clearTimeout(timer);
    timer = setTimeout(() => vscode.window.visibleTextEditors.forEach(decorate), 300);
  };
  const isShownSource = (u: vscode.Uri) =>
    showsSource(u) && vscode.window.visibleTextEditors.some(e => e.document.uri.toString() === u.toString());
  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor(decorate),
    vscode.window.onDidChangeVisibleTextEditors(decorateVisible),
    // A shown source document's hints changed (a plan cites more of it, or less): so did its coverage and cited spans.
    vscode.languages.onDidChangeDiagnostics(e => {
      if (e.uris.some(isShownSource)) decorateVisible();
    }),
    vscode.workspace.onDidChangeTextDocument(e => {
      if (PLAN_FILE.test(e.document.uri.path) || showsSource(e.document.uri)) decorateVisible();
    }),
    vscode.commands.registerCommand(
      SHOW_CITATIONS_COMMAND,
      (
        uri: string,
        at: { line: number; character: number },
        locations: {
          uri: string;
          range: { start: { line: number; character: number }; end: { line: number; character: number } };
        }[],
      ) =>
        vscode.commands.executeCommand(
          'editor.action.showReferences',
          vscode.Uri.parse(uri),
          new vscode.Position(at.line, at.character),
          locations.map(
            l =>
              new vscode.Location(
                vscode.Uri.parse(l.uri),
                new vscode.Range(l.range.start.line, l.range.start.character, l.range.end.line, l.range.end.character),
              ),
          ),
        ),
    ),
    vscode.commands.registerCommand('planlint.showOutput', () => client.outputChannel.show()),
    vscode.commands.registerCommand('planlint.citeSelection', () => citeSelection(client)),
    vscode.commands.registerCommand(DRAFT_COMMAND, (arg?: vscode.Uri | string) => draftPlan(client, arg)),
    vscode.commands.registerCommand(GO_TO_PARAGRAPH_COMMAND, (n?: number | string) => goToParagraph(client, n)),
  );
  registerParagraphViews(context, client);
  registerEvaluationView(context, client);
  registerRuleHelp(context);
  registerDocumentFindingsStatus(context, client);
  registerSavedDrafts(context, client);
  registerWalkthrough(context);
  decorateVisible();
}

/** "Cite selection": a source anchor for the selected passage, or a target built from it, to the clipboard. */
async function citeSelection(client: BaseLanguageClient): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.selection.isEmpty) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Select the passage to cite first.'));
    return;
  }
  const { start, end } = editor.selection;
  const r = (await client.sendRequest(CITE_SELECTION, {
    uri: editor.document.uri.toString(),
    range: { start, end },
  })) as CiteSelectionResult | null;
  if (!r) {
    void vscode.window.showWarningMessage(vscode.l10n.t('This passage cannot be cited.'));
    return;
  }
  const picks: (vscode.QuickPickItem & { text: string })[] = [
    { label: vscode.l10n.t('Copy source anchor'), detail: `source: ${r.anchor}`, text: `source: ${r.anchor}` },
  ];
  // What the draft extractor reads in the passage: its targets (with their years), baseline, growth.
  const labels = {
    target: vscode.l10n.t('Copy as a target'),
    baseline: vscode.l10n.t('Copy as a baseline'),
    growth: vscode.l10n.t('Copy as the growth rate'),
  };
  for (const e of r.entries ?? []) picks.push({ label: labels[e.kind], detail: e.text, text: e.text });
  const pick =
    picks.length === 1
      ? picks[0]
      : await vscode.window.showQuickPick(picks, { placeHolder: vscode.l10n.t('Cite ¶{0}', r.para) });
  if (!pick) return;
  await vscode.env.clipboard.writeText(pick.text);
  void vscode.window.setStatusBarMessage(vscode.l10n.t('Copied: {0}', pick.text), 4000);
}

/**
 * "Draft a plan from this document": the server drafts from the text the client holds; the draft opens
 * unsaved as `<stem>.plan.yaml` beside the document (an `untitled:` document with that path, so that
 * `sources.main.path` resolves and saving writes it there). A file already there is never replaced: the
 * draft takes the next free name (`<stem>-2.plan.yaml`).
 */
async function draftPlan(client: BaseLanguageClient, arg?: vscode.Uri | string): Promise<void> {
  const uri = typeof arg === 'string' ? vscode.Uri.parse(arg) : (arg ?? vscode.window.activeTextEditor?.document.uri);
  if (!uri || !SOURCE_FILE.test(uri.path)) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a .txt or .md source document first.'));
    return;
  }
  let r: DraftResult | null = null;
  try {
    r = (await client.sendRequest(DRAFT, { uri: uri.toString() })) as DraftResult | null;
  } catch {
    /* below */
  }
  if (!r) {
    void vscode.window.showWarningMessage(vscode.l10n.t('This document cannot be drafted.'));
    return;
  }
  let target = vscode.Uri.parse(r.suggestedUri);
  const stem = target.path.replace(/\.plan\.yaml$/, '');
  for (let i = 2; i < 100 && (await exists(target)); i++) target = target.with({ path: `${stem}-${i}.plan.yaml` });
  let doc: vscode.TextDocument;
  try {
    doc = await vscode.workspace.openTextDocument(target.with({ scheme: 'untitled' }));
  } catch {
    // A workspace whose files cannot be opened unsaved at their path: the draft opens without one.
    doc = await vscode.workspace.openTextDocument({ language: 'planlint', content: r.text });
    await vscode.window.showTextDocument(doc);
    return;
  }
  if (doc.languageId !== 'planlint') doc = await vscode.languages.setTextDocumentLanguage(doc, 'planlint');
  await vscode.window.showTextDocument(doc);
  if (doc.getText()) return; // the draft is already open, maybe edited: shown as it is
  const edit = new vscode.WorkspaceEdit();
  edit.insert(doc.uri, new vscode.Position(0, 0), r.text);
  await vscode.workspace.applyEdit(edit);
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
