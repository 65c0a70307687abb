/** The language server in a web worker (vscode.dev, code-server): files are read through the client. */
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { clientFileHost } from '../lsp/clientHost';
import { startServer } from '../lsp/server';

declare const self: Worker; // the worker scope: postMessage and onmessage, as a Worker has
const connection = createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self));
startServer(connection, { host: clientFileHost });
