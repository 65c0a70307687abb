/**
 * What the server's parts share (server.ts wires them): the connection and its documents, the URI map, the
 * runtime the host gave, and from `initialize` on the core's `Session` and the source-document features.
 */
import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { FileHost, Rule, Session } from '../core/index';
import type { Router } from './requests';
import type { SourceFeatures } from './sourceFeatures';
import type { Transport } from './transport';
import type { UriMap } from './uris';

export interface Runtime {
  /** File access: the node server reads the disk; the browser worker asks the client. */
  host(connection: Connection): FileHost;
  /** The plan files below a folder; without it, the server asks the client. */
  listPlanFiles?(folder: string): Promise<string[]>;
  /** The rules to run (the tests' own server builds inject a failing one); default: all. */
  rules?: readonly Rule[];
  /** The wire below the connection: the position encoding it agreed (UTF-16 without one). */
  transport?: Transport;
}

export interface ServerContext {
  readonly connection: Connection;
  readonly documents: TextDocuments<TextDocument>;
  readonly uris: UriMap;
  readonly runtime: Runtime;
  /** Every handler is registered through it (requests.ts). */
  readonly route: Router;
  /** Set at `initialize`, before any other message is handled (transport.ts refuses requests before it). */
  session: Session;
  sources: SourceFeatures;
  /** What the client may do, from its capabilities at `initialize`. */
  can: { pullConfig: boolean; registerConfig: boolean; showDocument: boolean };
  log(message: string): void;
}
