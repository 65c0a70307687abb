/** The web-worker server with a rule that throws; built for the tests only (dist/test/), never shipped. */
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { clientFileHost } from '../../../server/src/lsp/clientHost';
import { startServer } from '../../../server/src/lsp/server';
import { faultyRules } from './rules';

declare const self: Worker;
const connection = createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self));
startServer(connection, { host: clientFileHost, rules: faultyRules('growth-mismatch') });
