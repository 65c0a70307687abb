/** The browser client (vscode.dev, code-server's web worker host): the server runs in a web worker. */
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { attach, clientOptions } from '../common/activate';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('PlanLint', { log: true });
  const worker = await serverWorker(context);
  client = new LanguageClient('planlint', 'PlanLint', worker, clientOptions(output));
  await client.start();
  attach(context, client);
  context.subscriptions.push(
    vscode.commands.registerCommand('planlint.restartServer', async () => {
      await client?.stop();
      await client?.start();
    }),
  );
}

/**
 * The server's worker. VS Code's web-worker host cannot start a worker from a `vscode-remote:` URL
 * (an extension installed on code-server or another remote), so there the script is read through
 * the workspace file system and started from a Blob URL; elsewhere (vscode.dev) from its URL.
 */
async function serverWorker(context: vscode.ExtensionContext): Promise<Worker> {
  const script = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server-browser.js');
  if (script.scheme !== 'vscode-remote') return new Worker(script.toString(true));
  const bytes = await vscode.workspace.fs.readFile(script);
  return new Worker(URL.createObjectURL(new Blob([new Uint8Array(bytes)], { type: 'text/javascript' })));
}

export function deactivate(): Promise<void> | undefined {
  return client?.stop();
}
