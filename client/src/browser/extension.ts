/** The browser client (vscode.dev, code-server's web worker host): the server runs in a web worker. */
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { attach, clientOptions } from '../common/activate';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('PlanLint', { log: true });
  const worker = new Worker(vscode.Uri.joinPath(context.extensionUri, 'dist', 'server-browser.js').toString(true));
  client = new LanguageClient('planlint', 'PlanLint', worker, clientOptions(output));
  await client.start();
  attach(context, client);
  context.subscriptions.push(vscode.commands.registerCommand('planlint.restartServer', async () => { await client?.stop(); await client?.start(); }));
}

export function deactivate(): Promise<void> | undefined { return client?.stop(); }
