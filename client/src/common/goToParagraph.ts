/**
 * "Go to ¶N" on a source document: N as anchors count paragraphs (`para`, the `¶N` shown at each
 * paragraph's start), asked in an input box unless given; the paragraph is revealed and selected.
 * The server numbers the paragraphs, so the editor and the checker never disagree on N.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { PARAGRAPH, type ParagraphResult } from '../../../server/src/lsp/protocol';
import { showsSource } from './paragraphView';

/** `12`, `¶12`, `１２` (full-width digits, as a Chinese input method types them). */
function paragraphNumber(input: string): number | undefined {
  const s = input.replace(/[０-９]/g, d => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/[\s¶第段]/g, '');
  return /^\d+$/.test(s) ? Number(s) : undefined;
}

export async function goToParagraph(client: BaseLanguageClient, arg?: number | string): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !showsSource(editor.document.uri)) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a .txt or .md source document first.'));
    return;
  }
  const uri = editor.document.uri.toString();
  const ask = async (para: number) => {
    try {
      return (await client.sendRequest(PARAGRAPH, { uri, para })) as ParagraphResult;
    } catch {
      return null; // the server is restarting
    }
  };
  let n = arg === undefined ? undefined : paragraphNumber(String(arg));
  if (n === undefined) {
    const first = await ask(1);
    const count = first?.count;
    if (!count) {
      // null: the server could not read it (too large, misread, restarting); 0: it is empty.
      const why = first
        ? vscode.l10n.t('This document has no paragraphs to go to.')
        : vscode.l10n.t('PlanLint cannot read this document now; see the PlanLint output.');
      void vscode.window.showWarningMessage(why);
      return;
    }
    const wrong = vscode.l10n.t('A paragraph number from 1 to {0}', count);
    const input = await vscode.window.showInputBox({
      title: vscode.l10n.t('Go to ¶N'),
      prompt: wrong,
      placeHolder: `1–${count}`,
      validateInput: v => {
        const p = paragraphNumber(v);
        return p !== undefined && p >= 1 && p <= count ? undefined : wrong;
      },
    });
    n = input === undefined ? undefined : paragraphNumber(input);
    if (n === undefined) return;
  }
  const r = await ask(n);
  if (!r?.range) {
    void vscode.window.showWarningMessage(
      vscode.l10n.t('There is no ¶{0}: the document has {1} paragraph(s).', n, r?.count ?? 0),
    );
    return;
  }
  const { start, end } = r.range;
  const range = new vscode.Range(start.line, start.character, end.line, end.character);
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
