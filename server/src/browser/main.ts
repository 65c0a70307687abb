/** The language server in a web worker (vscode.dev, code-server): files are read through the client. */
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { clientFileHost } from '../lsp/clientHost';
import { startServer } from '../lsp/server';
import { Transport } from '../lsp/transport';

declare const self: Worker & { close(): void }; // the worker scope: postMessage and onmessage, as a Worker has
const transport = new Transport();
const connection = createConnection(new BrowserMessageReader(self), transport.writer(new BrowserMessageWriter(self)), {
  messageStrategy: transport.inbound,
});
startServer(connection, { host: clientFileHost, transport });
// `exit`: a worker has no process to end; it closes itself.
connection.onExit(() => self.close());
