/**
 * On a source document, a status bar item says how many findings the document shows: its own when no plan
 * cites it (`planlint doc`), else its citing plans' at the quoted spans. It follows the active editor and
 * the document's diagnostics; a click opens the Problems panel.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { DOCUMENT_FINDINGS, type DocumentFindingsResult } from '../../../server/src/lsp/protocol';
import { showsSource } from './paragraphView';

export function registerDocumentFindingsStatus(context: vscode.ExtensionContext, client: BaseLanguageClient): void {
  const item = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Left, 8);
  item.name = vscode.l10n.t('PlanLint document findings');
  item.command = 'workbench.actions.view.problems';
  context.subscriptions.push(item);
  let asked = 0;
  const show = async () => {
    const editor = vscode.window.activeTextEditor;
    const ask = ++asked;
    if (!editor || !showsSource(editor.document.uri)) {
      item.hide();
      return;
    }
    try {
      const r = (await client.sendRequest(DOCUMENT_FINDINGS, {
        uri: editor.document.uri.toString(),
      })) as DocumentFindingsResult;
      if (ask !== asked) return; // a later editor or change asked meanwhile
      if (!r.enabled) {
        item.hide();
        return;
      }
      const n = r.errors + r.warnings + r.infos;
      const icon = r.errors ? '$(error)' : r.warnings ? '$(warning)' : n ? '$(info)' : '$(pass)';
      item.text = `${icon} ${vscode.l10n.t('{0} finding(s) in the document', n)}`;
      item.tooltip = r.cited
        ? vscode.l10n.t(
            '{0} error(s), {1} warning(s) and {2} note(s) of the plans that cite this document',
            r.errors,
            r.warnings,
            r.infos,
          )
        : vscode.l10n.t(
            '{0} error(s), {1} warning(s) and {2} note(s) found by checking this document directly',
            r.errors,
            r.warnings,
            r.infos,
          );
      item.show();
    } catch {
      item.hide(); // the server is restarting
    }
  };
  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor(() => void show()),
    vscode.languages.onDidChangeDiagnostics(e => {
      const active = vscode.window.activeTextEditor?.document.uri.toString();
      if (active && e.uris.some(u => u.toString() === active)) void show();
    }),
  );
  void show();
}
