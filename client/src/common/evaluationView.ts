/**
 * "Show evaluation": a plan's evaluation page (the monitoring section of `planlint report --evaluation`,
 * which the server renders with the report's own code) in a webview beside the plan. The page runs no
 * script and loads nothing: scripts are off, and the page's own policy (`default-src 'none'`) stays.
 * One panel a plan; it follows the plan's edits when saved.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { EVALUATION, SHOW_EVALUATION_COMMAND, type EvaluationResult } from '../../../server/src/lsp/protocol';
import { PLAN_FILE } from '../../../server/src/core/text/fileKinds';

export function registerEvaluationView(context: vscode.ExtensionContext, client: BaseLanguageClient): void {
  const panels = new Map<string, vscode.WebviewPanel>();
  const render = async (uri: vscode.Uri, panel?: vscode.WebviewPanel): Promise<boolean> => {
    let r: EvaluationResult | null = null;
    try {
      r = (await client.sendRequest(EVALUATION, { uri: uri.toString() })) as EvaluationResult | null;
    } catch {
      /* below */
    }
    if (!r) return false;
    const title = vscode.l10n.t('Evaluation: {0}', r.title);
    if (!panel) {
      panel = vscode.window.createWebviewPanel(
        'planlint.evaluation',
        title,
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        { enableScripts: false, enableCommandUris: false, localResourceRoots: [] },
      );
      const key = uri.toString();
      panels.set(key, panel);
      panel.onDidDispose(() => panels.delete(key));
    }
    panel.title = title;
    panel.webview.html = r.html;
    return true;
  };
  context.subscriptions.push(
    vscode.commands.registerCommand(SHOW_EVALUATION_COMMAND, async (arg?: vscode.Uri | string) => {
      const uri =
        typeof arg === 'string' ? vscode.Uri.parse(arg) : (arg ?? vscode.window.activeTextEditor?.document.uri);
      if (!uri || !PLAN_FILE.test(uri.path)) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Open a plan file first.'));
        return;
      }
      const open = panels.get(uri.toString());
      if (!(await render(uri, open))) {
        void vscode.window.showWarningMessage(vscode.l10n.t('This plan cannot be evaluated: fix its YAML first.'));
        return;
      }
      open?.reveal(vscode.ViewColumn.Beside, true);
    }),
    vscode.workspace.onDidSaveTextDocument(doc => {
      const panel = panels.get(doc.uri.toString());
      if (panel) void render(doc.uri, panel);
    }),
  );
}
