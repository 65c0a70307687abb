/** The desktop client: the server runs in a node process over IPC. */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind } from 'vscode-languageclient/node';
import { attach, clientOptions } from '../common/activate';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('PlanLint', { log: true });
  const module = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server-node.js').fsPath;
  client = new LanguageClient(
    'planlint',
    'PlanLint',
    {
      run: { module, transport: TransportKind.ipc },
      debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
    },
    clientOptions(output),
  );
  await client.start();
  attach(context, client);
  context.subscriptions.push(vscode.commands.registerCommand('planlint.restartServer', () => client?.restart()));
}

export function deactivate(): Promise<void> | undefined {
  return client?.stop();
}
