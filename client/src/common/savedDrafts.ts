/**
 * "Save As" of a drafted plan into another folder (`plans/`): VS Code writes the draft's text to the
 * new file, whose relative `sources.main.path` was written for the draft's folder. Before the file is
 * written, the server's edits make each relative path name the same document from there, so the saved
 * plan still cites its document (and the document keeps its lenses, `¶N` marks and coverage).
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { RELOCATE_DRAFT, type RelocateDraftResult } from '../../../server/src/lsp/protocol';
import { PLAN_FILE } from '../../../server/src/core/text/fileKinds';

export function registerSavedDrafts(context: vscode.ExtensionContext, client: BaseLanguageClient): void {
  context.subscriptions.push(
    vscode.workspace.onWillSaveTextDocument(e => {
      const doc = e.document;
      if (doc.uri.scheme === 'untitled' || !PLAN_FILE.test(doc.uri.path)) return;
      // The draft being saved as this file: still open, with the same text, at another path.
      const text = doc.getText();
      const draft = vscode.workspace.textDocuments.find(
        d => d.uri.scheme === 'untitled' && d.uri.path !== doc.uri.path && d.getText() === text,
      );
      if (!draft) return;
      e.waitUntil(relocate(client, draft.uri, doc.uri));
    }),
  );
}

async function relocate(client: BaseLanguageClient, from: vscode.Uri, to: vscode.Uri): Promise<vscode.TextEdit[]> {
  try {
    const edits = (await client.sendRequest(RELOCATE_DRAFT, {
      from: from.toString(),
      to: to.toString(),
    })) as RelocateDraftResult;
    return edits.map(
      e =>
        new vscode.TextEdit(
          new vscode.Range(e.range.start.line, e.range.start.character, e.range.end.line, e.range.end.character),
          e.newText,
        ),
    );
  } catch {
    return []; // saved as written: the plan says which path it cannot read
  }
}
