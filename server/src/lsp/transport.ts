/**
 * The server's side of the wire, below the connection, for editors other than VS Code:
 * - the position encoding agreed at `initialize`: every position in and out is converted here, so no
 *   handler sees anything but UTF-16;
 * - the lifecycle the library leaves to servers: a request before `initialize` is refused with
 *   ServerNotInitialized, one after `shutdown` with InvalidRequest.
 */
import {
  ErrorCodes,
  Message,
  type DidChangeTextDocumentParams,
  type DidOpenTextDocumentParams,
  type MessageStrategy,
  type MessageWriter,
  type Position,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver';
import { Lines, mapPositions, negotiate, type Encoding } from './positionEncoding';

/** How many closed files' line tables are kept (diagnostics of a workspace, definitions into documents). */
const KEPT_FILES = 64;

type Params = { textDocument?: { uri?: string }; uri?: string };
const docOf = (params: unknown) => {
  const p = params as Params | undefined;
  return p?.textDocument?.uri ?? (typeof p?.uri === 'string' ? p.uri : undefined);
};

export class Transport {
  /** The encoding agreed at `initialize`. */
  encoding: Encoding = 'utf-16';
  /** A file's text by the client's URI, for positions in documents the client has not opened. */
  textOf: (uri: string) => Promise<string | undefined> = async () => undefined;
  private phase: 'new' | 'running' | 'shut down' = 'new';
  /** Whether the client asked for `shutdown` (the process then exits with 0). */
  get shutDown(): boolean {
    return this.phase === 'shut down';
  }
  /** Open documents as the client holds them (only while the encoding is not UTF-16). */
  private readonly open = new Map<string, Lines>();
  private readonly files = new Map<string, Lines>();
  /** The document each request is about, by its id: its response's positions are in it. */
  private readonly asked = new Map<number | string, string | undefined>();
  private reply: (m: Message) => Promise<void> = async () => undefined;

  readonly inbound: MessageStrategy = { handleMessage: (m, next) => next(this.receive(m)) };

  /** The writer the connection writes through: messages leave in order, their positions converted. */
  writer(inner: MessageWriter): MessageWriter {
    let last = Promise.resolve();
    const write = (m: Message) => {
      const job = last.then(async () => inner.write(await this.send(m)));
      last = job.catch(() => undefined);
      return job;
    };
    this.reply = write;
    return {
      onError: inner.onError,
      onClose: inner.onClose,
      write,
      end: () => inner.end(),
      dispose: () => inner.dispose(),
    };
  }

  private receive(m: Message): Message {
    if (Message.isRequest(m)) {
      const refused =
        this.phase === 'new' && m.method !== 'initialize'
          ? { code: ErrorCodes.ServerNotInitialized, message: 'the server is not initialized yet' }
          : this.phase === 'shut down'
            ? { code: ErrorCodes.InvalidRequest, message: 'the server is shut down' }
            : undefined;
      if (refused) {
        void this.reply({ jsonrpc: '2.0', id: m.id, error: refused } as Message);
        // The connection answers a method nobody handles; the client already has its answer.
        return { jsonrpc: '2.0', method: '$/planlint/refused' } as Message;
      }
      if (m.method === 'initialize') {
        const caps = (m.params as { capabilities?: { general?: { positionEncodings?: unknown } } } | undefined)
          ?.capabilities;
        this.encoding = negotiate(caps?.general?.positionEncodings);
        this.phase = 'running';
      } else if (m.method === 'shutdown') this.phase = 'shut down';
      if (this.encoding === 'utf-16' || m.params === undefined) return m;
      const uri = docOf(m.params);
      this.asked.set(m.id ?? '', uri);
      return { ...m, params: mapPositions(m.params, uri, (u, p) => this.toServer(u, p)) } as Message;
    }
    if (Message.isNotification(m) && this.encoding !== 'utf-16') return this.track(m);
    return m;
  }

  private toServer(uri: string | undefined, p: Position): Position {
    const lines = uri === undefined ? undefined : this.open.get(uri);
    return lines ? lines.toServer(p, this.encoding) : p;
  }

  /** Follows open documents; an edit's range is converted on the text before it, edit by edit. */
  private track(m: Message & { method: string; params?: unknown }): Message {
    if (m.method === 'textDocument/didOpen') {
      const { textDocument: d } = m.params as DidOpenTextDocumentParams;
      this.open.set(d.uri, new Lines(d.text));
    } else if (m.method === 'textDocument/didClose') this.open.delete(docOf(m.params) ?? '');
    else if (m.method === 'textDocument/didChange') {
      const params = m.params as DidChangeTextDocumentParams;
      let lines = this.open.get(params.textDocument.uri);
      const changes = params.contentChanges.map((c): TextDocumentContentChangeEvent => {
        if (!('range' in c) || !lines) {
          lines = new Lines(c.text);
          return { text: c.text };
        }
        const start = lines.toServer(c.range.start, this.encoding);
        const end = lines.toServer(c.range.end, this.encoding);
        const t = lines.text;
        lines = new Lines(t.slice(0, lines.offsetAt(start)) + c.text + t.slice(lines.offsetAt(end)));
        return { range: { start, end }, text: c.text };
      });
      if (lines) this.open.set(params.textDocument.uri, lines);
      return { ...m, params: { ...params, contentChanges: changes } } as Message;
    }
    return m;
  }

  private async send(m: Message): Promise<Message> {
    if (this.encoding === 'utf-16') return m;
    if (Message.isResponse(m)) {
      if (m.id === null || !this.asked.has(m.id)) return m;
      const uri = this.asked.get(m.id);
      this.asked.delete(m.id);
      return m.result == null ? m : ({ ...m, result: await this.toClient(m.result, uri) } as Message);
    }
    const sent = m as Message & { params?: unknown };
    return sent.params === undefined
      ? m
      : ({ ...sent, params: await this.toClient(sent.params, undefined) } as Message);
  }

  private async toClient(v: unknown, uri: string | undefined): Promise<unknown> {
    const uris = new Set<string>();
    mapPositions(v, uri, (u, p) => {
      if (u !== undefined) uris.add(u);
      return p;
    });
    const tables = new Map<string, Lines>();
    for (const u of uris) {
      const lines = this.open.get(u) ?? (await this.fileLines(u));
      if (lines) tables.set(u, lines);
    }
    return mapPositions(v, uri, (u, p) => (u === undefined ? p : (tables.get(u)?.toClient(p, this.encoding) ?? p)));
  }

  private async fileLines(uri: string): Promise<Lines | undefined> {
    const text = await this.textOf(uri).catch(() => undefined);
    if (text === undefined) return undefined;
    const kept = this.files.get(uri);
    if (kept?.text === text) return kept;
    if (this.files.size >= KEPT_FILES) this.files.clear();
    const lines = new Lines(text);
    this.files.set(uri, lines);
    return lines;
  }
}
