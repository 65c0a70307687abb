/** The language server on the desktop: IPC or stdio, reading the disk directly. */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from '../lsp/server';
import { nodeUriHost, listPlanFilesOnDisk } from './nodeUriHost';

const connection = createConnection(ProposedFeatures.all);
startServer(connection, { host: c => nodeUriHost(c), listPlanFiles: listPlanFilesOnDisk });
