/**
 * The language server on node: over IPC for the VS Code extension, over stdio for every other editor
 * (`planlint-language-server --stdio`, docs/editors.md). The same server in both; the transport below
 * the connection converts positions for clients that count them in UTF-8 and keeps the lifecycle.
 */
import { format } from 'node:util';
import {
  createConnection,
  IPCMessageReader,
  IPCMessageWriter,
  ProposedFeatures,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageReader,
  type MessageWriter,
} from 'vscode-languageserver/node';
import { startServer } from '../lsp/server';
import { Transport } from '../lsp/transport';
import { listPlanFilesOnDisk, nodeUriHost } from './nodeUriHost';

/** Starts the server on the transport the arguments name; false when they name none it serves. */
export function startNodeServer(argv: readonly string[]): boolean {
  const transport = new Transport();
  let reader: MessageReader;
  let writer: MessageWriter;
  if (argv.includes('--stdio')) {
    // stdout carries the protocol: anything a library prints goes to stderr instead.
    for (const k of ['log', 'info', 'debug', 'warn'] as const)
      console[k] = (...args: unknown[]) => void process.stderr.write(`${format(...args)}\n`);
    reader = new StreamMessageReader(process.stdin);
    writer = new StreamMessageWriter(process.stdout);
    // The client closed the pipe without `exit`: the process ends all the same.
    process.stdin.on('end', () => process.exit(transport.shutDown ? 0 : 1));
  } else if (argv.includes('--node-ipc')) {
    reader = new IPCMessageReader(process);
    writer = new IPCMessageWriter(process);
  } else return false;
  const connection = createConnection(ProposedFeatures.all, reader, transport.writer(writer), {
    messageStrategy: transport.inbound,
  });
  startServer(connection, { host: c => nodeUriHost(c), listPlanFiles: listPlanFilesOnDisk, transport });
  return true;
}
