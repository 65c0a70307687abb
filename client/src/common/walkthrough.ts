/**
 * The Get Started walkthrough's side in the extension (`contributes.walkthroughs`): the commands its
 * buttons run and the context keys that tick its steps off. A button is clicked while the walkthrough,
 * not the document, is the active editor: so the commands act on the source document and plans last
 * seen, not on the active one.
 */
import * as vscode from 'vscode';
import { DRAFT_COMMAND } from '../../../server/src/lsp/protocol';
import { PLAN_FILE } from '../../../server/src/core/text/fileKinds';
import { showsSource } from './paragraphView';

const codeOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' && d.code ? String(d.code.value) : String(d.code));

/** A finding recorded as a decision: shown as a hint whose related place is its comment in the plan. */
const acknowledged = (uri: vscode.Uri, d: vscode.Diagnostic) =>
  d.severity === vscode.DiagnosticSeverity.Hint &&
  !codeOf(d).startsWith('uncited-') &&
  !!d.relatedInformation?.some(r => r.location.uri.toString() === uri.toString());

export function registerWalkthrough(context: vscode.ExtensionContext): void {
  const set = (key: string, value: boolean) => void vscode.commands.executeCommand('setContext', key, value);
  let lastSource: vscode.Uri | undefined;
  const onEditor = (e: vscode.TextEditor | undefined) => {
    const source = !!e && showsSource(e.document.uri);
    if (source) lastSource = e.document.uri;
    set('planlint.sourceDocumentActive', source);
  };
  onEditor(vscode.window.activeTextEditor);

  // Placeholders and acknowledged findings per plan, as last seen: a plan with fewer placeholders than
  // before has had one filled in; one with more acknowledged findings, a decision recorded (not one
  // the workspace held already).
  const placeholders = new Map<string, number>();
  const decisions = new Map<string, number>();
  const onDiagnostics = () => {
    for (const [uri, diags] of vscode.languages.getDiagnostics()) {
      if (!PLAN_FILE.test(uri.path)) continue;
      const ours = diags.filter(d => d.source === 'planlint');
      const left = ours.filter(d => codeOf(d) === 'draft-placeholder').length;
      const before = placeholders.get(uri.toString());
      if (before !== undefined && left < before) set('planlint.placeholderFilled', true);
      if (left) placeholders.set(uri.toString(), left);
      else placeholders.delete(uri.toString());
      const recorded = ours.filter(d => acknowledged(uri, d)).length;
      if (recorded > (decisions.get(uri.toString()) ?? recorded)) set('planlint.decisionRecorded', true);
      decisions.set(uri.toString(), recorded);
    }
  };

  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor(onEditor),
    vscode.languages.onDidChangeDiagnostics(onDiagnostics),
    vscode.commands.registerCommand('planlint.walkthrough.draft', () =>
      vscode.commands.executeCommand(DRAFT_COMMAND, lastSource?.toString()),
    ),
    vscode.commands.registerCommand('planlint.walkthrough.nextFinding', (args?: { code?: string; fix?: boolean }) =>
      nextFinding(args ?? {}),
    ),
  );
}

/**
 * The next finding in a plan (of one code, or any error or warning) opened with the cursor on it; with
 * `fix`, its quick fixes shown ("Record as an inconsistency of the document" among them).
 */
async function nextFinding({ code, fix }: { code?: string; fix?: boolean }): Promise<void> {
  const found = vscode.languages
    .getDiagnostics()
    .filter(([uri]) => PLAN_FILE.test(uri.path))
    .flatMap(([uri, diags]) => diags.map(d => ({ uri, d })))
    .filter(({ d }) =>
      d.source !== 'planlint'
        ? false
        : code
          ? codeOf(d) === code
          : d.severity === vscode.DiagnosticSeverity.Error || d.severity === vscode.DiagnosticSeverity.Warning,
    );
  // The plans open in the editor first: the draft being worked on, not one of the workspace's.
  const open = new Set(vscode.workspace.textDocuments.map(d => d.uri.toString()));
  const next = found.find(f => open.has(f.uri.toString())) ?? found[0];
  if (!next) {
    void vscode.window.showInformationMessage(
      code ? vscode.l10n.t('No {0} finding is left.', code) : vscode.l10n.t('No finding to show.'),
    );
    return;
  }
  await vscode.window.showTextDocument(next.uri, { selection: next.d.range, preview: false });
  if (fix) await vscode.commands.executeCommand('editor.action.quickFix');
}
