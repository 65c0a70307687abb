/**
 * The files a check reads, parsed once and cached by content: plans, registries and source
 * documents. Editors put open documents in as overlays; hosts invalidate what changed on disk.
 */
import { buildPlanFile } from '../model/build';
import type { PlanFile } from '../model/types';
import type { DocumentText } from '../sources/form';
import { SourceDocument } from '../sources/document';
import { READ_FORM, readDocument, UNREAD_FORM } from '../sources/read/index';
import { LineIndex } from '../text/lineIndex';
import { isInside, normalizeUri } from '../text/paths';
import { parseYaml } from '../yaml/parse';
import type { ChunkCache } from '../yaml/incremental';
import { decodeText, firstNotText, isText, whyNotText, type Decoded, type Encoding } from '../text/encoding';
import {
  DEFAULT_LIMITS,
  exceedsBytes,
  FileTooLarge,
  NOT_TEXT_DETAIL,
  type FileHost,
  type Limits,
  type Loaded,
} from './host';

/** A file's text; `misread`: the editor's buffer is a wrong decoding of the file, and `text` is the file's own. */
export interface TextFile {
  text: string;
  misread?: Encoding;
}

export class Workspace {
  /** Open documents' text, and whether it is text (checked once per change, not per request). */
  private readonly overlays = new Map<string, { text: string; isText: boolean }>();
  private readonly plans = new Map<string, { text: string; file: PlanFile; chunks: { cache: ChunkCache } }>();
  private readonly sources = new Map<string, Promise<Loaded<SourceDocument>>>();
  /** Files on disk decoded, by URI, then by the size limit they were read under. */
  private readonly texts = new Map<string, Map<number, Promise<Loaded<Decoded>>>>();
  /**
   * The same, by the file a URI reaches through its links, then by the limit: N links to one file read it
   * once. `realOf` remembers each URI's file, so that invalidating a URI forgets its file too.
   */
  private readonly files = new Map<string, Map<number, Promise<Loaded<Decoded>>>>();
  private readonly realOf = new Map<string, string>();
  /** The encoding of each file as last read from disk; kept while it is open (its buffer changes, its file not). */
  private readonly encodings = new Map<string, Encoding>();
  private current: Limits;

  constructor(
    readonly host: FileHost,
    readonly root: string,
    limits: Partial<Limits> = {},
  ) {
    this.current = { ...DEFAULT_LIMITS, ...limits };
    this.root = normalizeUri(root);
  }

  get limits(): Readonly<Limits> {
    return this.current;
  }
  /** New limits (the root's config changed): what was read or parsed under the old ones is forgotten. */
  setLimits(limits: Partial<Limits>): void {
    const next = { ...DEFAULT_LIMITS, ...limits };
    if ((Object.keys(next) as (keyof Limits)[]).every(k => next[k] === this.current[k])) return;
    this.current = next;
    this.plans.clear();
    this.texts.clear();
    this.files.clear();
    this.sources.clear();
  }

  /** An editor's unsaved text for a document; it wins over the disk. */
  setOverlay(uri: string, text: string): void {
    this.overlays.set(uri, { text, isText: isText(text) });
    this.forgetRead(uri);
  }
  /** Whether the editor's text of `uri` is in, exactly (its handler may not have put it in yet). */
  hasOverlay(uri: string, text: string): boolean {
    return this.overlays.get(uri)?.text === text;
  }
  clearOverlay(uri: string): void {
    this.overlays.delete(uri);
    // The parse stays: a file closed as it is on disk is not parsed again, nor is it when opened again.
    this.forgetRead(uri);
  }
  /**
   * Forgets what was read of a file (it changed on disk). Its parse stays: kept by text, it is used again
   * only if the file's text is the same (a document closed as it is on disk, and opened again).
   */
  invalidate(uri: string): void {
    this.forgetRead(uri);
  }
  /**
   * Lets go of all that is held of a file that is not open: what was read, and its parse. A run of the CLI
   * does so with each file once it is done with it (cli/outcomes.ts, `Keeper`): kept, the parses of a
   * thousand plans filled the heap.
   */
  release(uri: string): void {
    if (!this.overlays.has(uri)) this.plans.delete(uri);
    this.forgetRead(uri);
  }
  private forgetRead(uri: string): void {
    this.texts.delete(uri);
    // The file itself (a change reported under its own name), and the file this name reached.
    this.files.delete(uri);
    const real = this.realOf.get(uri);
    if (real !== undefined) this.files.delete(real);
    this.realOf.delete(uri);
    this.sources.delete(uri);
    if (!this.overlays.has(uri)) this.encodings.delete(uri);
  }

  /** Whether a file may be read: inside the root, also after following symbolic links. The file it reaches. */
  async confine(uri: string): Promise<Loaded<string>> {
    if (!isInside(this.root, uri)) return { ok: false, reason: 'outside', detail: uri };
    if (this.host.realPath) {
      let real: string, realRoot: string;
      try {
        real = await this.host.realPath(uri);
      } catch {
        return { ok: true, value: uri };
      } // missing: reported by the read
      try {
        realRoot = await this.host.realPath(this.root);
      } catch {
        realRoot = this.root;
      }
      if (!isInside(realRoot, real)) return { ok: false, reason: 'outside', detail: real };
      return { ok: true, value: real };
    }
    return { ok: true, value: uri };
  }

  /** A file's text: the editor's buffer when it is open, else the file on disk decoded. */
  readText(uri: string, maxBytes: number): Promise<Loaded<TextFile>> {
    const overlay = this.overlays.get(uri);
    if (overlay === undefined) return this.readDisk(uri, maxBytes);
    // An open document is held to the same limit as the file on disk.
    if (exceedsBytes(overlay.text, maxBytes)) {
      return Promise.resolve({ ok: false, reason: 'too-large', detail: `more than ${maxBytes} bytes` });
    }
    if (!overlay.isText) return this.misreadOverlay(uri, overlay.text, maxBytes);
    return Promise.resolve({ ok: true, value: { text: overlay.text } });
  }

  /**
   * A buffer that is not text. When it holds U+FFFD and the file is GB18030 or UTF-16 text, the editor
   * decoded the file with the wrong encoding: the file's own text is what it says.
   */
  private async misreadOverlay(uri: string, overlay: string, maxBytes: number): Promise<Loaded<TextFile>> {
    if (overlay.includes('\ufffd')) {
      const disk = await this.readDisk(uri, maxBytes);
      const file = disk.ok ? disk.value : undefined;
      if (file && file.encoding !== 'utf-8') return { ok: true, value: { text: file.text, misread: file.encoding } };
    }
    return { ok: false, reason: 'not-text', detail: NOT_TEXT_DETAIL, at: firstNotText(overlay) };
  }

  /** The encoding of a file when the editor's open buffer is a wrong decoding of it. */
  async misread(uri: string, maxBytes = this.limits.maxPlanBytes): Promise<Encoding | undefined> {
    const t = await this.readText(uri, maxBytes);
    return t.ok ? t.value.misread : undefined;
  }

  /** The encoding a file on disk was read in (also while it is open), once it was read. */
  encodingOf(uri: string): Encoding | undefined {
    return this.encodings.get(uri);
  }

  private readDisk(uri: string, maxBytes: number): Promise<Loaded<Decoded>> {
    let byLimit = this.texts.get(uri);
    if (!byLimit) this.texts.set(uri, (byLimit = new Map()));
    let p = byLimit.get(maxBytes);
    if (!p) {
      p = this.readDiskUncached(uri, maxBytes);
      byLimit.set(maxBytes, p);
    }
    return p;
  }

  private async readDiskUncached(uri: string, maxBytes: number): Promise<Loaded<Decoded>> {
    const confined = await this.confine(uri);
    if (!confined.ok) return confined;
    this.realOf.set(uri, confined.value);
    let byLimit = this.files.get(confined.value);
    if (!byLimit) this.files.set(confined.value, (byLimit = new Map()));
    let p = byLimit.get(maxBytes);
    if (!p) byLimit.set(maxBytes, (p = this.readConfined(uri, maxBytes)));
    const read = await p;
    if (read.ok) this.encodings.set(uri, read.value.encoding);
    return read;
  }

  private async readConfined(uri: string, maxBytes: number): Promise<Loaded<Decoded>> {
    let bytes: Uint8Array;
    try {
      bytes = await this.host.readFile(uri, maxBytes);
    } catch (e) {
      if (e instanceof FileTooLarge) return { ok: false, reason: 'too-large', detail: e.message };
      return { ok: false, reason: 'missing', detail: e instanceof Error ? e.message : String(e) };
    }
    if (bytes.byteLength > maxBytes)
      return { ok: false, reason: 'too-large', detail: `${bytes.byteLength} bytes > ${maxBytes}` };
    const decoded = decodeText(bytes);
    if (!decoded) return { ok: false, reason: 'not-text', detail: NOT_TEXT_DETAIL, at: whyNotText(bytes) };
    return { ok: true, value: decoded };
  }

  /** A plan or registry file, parsed once per distinct text. */
  async loadPlan(uri: string): Promise<Loaded<PlanFile>> {
    const text = await this.readText(uri, this.limits.maxPlanBytes);
    if (!text.ok) return text;
    return { ok: true, value: this.planFromText(uri, text.value.text) };
  }

  planFromText(uri: string, text: string): PlanFile {
    const cached = this.plans.get(uri);
    if (cached && cached.text === text) return cached.file;
    const lines = new LineIndex(text);
    // Open documents are re-parsed chunk by chunk as they change; files read once are parsed whole.
    const chunks = this.overlays.has(uri) ? (cached?.chunks ?? { cache: new Map() }) : undefined;
    const file = buildPlanFile(uri, text, parseYaml(text, lines, this.limits, chunks));
    this.plans.set(uri, { text, file, chunks: chunks ?? { cache: new Map() } });
    return file;
  }

  loadSource(uri: string): Promise<Loaded<SourceDocument>> {
    let p = this.sources.get(uri);
    if (!p) {
      p = READ_FORM.test(uri) || UNREAD_FORM.test(uri) ? this.readSource(uri) : this.loadTextSource(uri);
      this.sources.set(uri, p);
    }
    return p;
  }

  private loadTextSource(uri: string): Promise<Loaded<SourceDocument>> {
    const max = this.limits.maxSourceBytes;
    return this.readText(uri, max).then(async t => {
      if (!t.ok) return t;
      // An open document: the hover names its file's encoding, so read the file once to learn it.
      if (!this.encodings.has(uri)) await this.readDisk(uri, max);
      return { ok: true as const, value: new SourceDocument(uri, t.value.text) };
    });
  }

  /** A Word file, web page or PDF: its bytes from the host (never an editor's buffer), through its reader. */
  private async readSource(uri: string): Promise<Loaded<SourceDocument>> {
    const bytes = await this.readBytes(uri, this.limits.maxSourceBytes);
    if (!bytes.ok) return bytes;
    const form = UNREAD_FORM.exec(uri);
    if (form) return { ok: false, reason: 'unsupported', detail: form[0].toLowerCase() };
    const read = await readDocument(uri, bytes.value, this.limits.maxSourceBytes);
    if (!read.ok) {
      if (read.code === 'notText') return { ok: false, reason: 'not-text', detail: NOT_TEXT_DETAIL };
      if (read.code === 'textTooLarge') return { ok: false, reason: 'too-large', detail: read.code };
      return { ok: false, reason: 'unreadable', detail: read.code };
    }
    const { text, form: kind, headings } = read.value;
    return { ok: true, value: new SourceDocument(uri, text, kind, headings) };
  }

  /** The text a reader gives a source document that is not plain text (drafting takes its notes too). */
  async readDocumentText(uri: string): Promise<Loaded<DocumentText>> {
    const bytes = await this.readBytes(uri, this.limits.maxSourceBytes);
    if (!bytes.ok) return bytes;
    const read = await readDocument(uri, bytes.value, this.limits.maxSourceBytes);
    return read.ok ? read : { ok: false, reason: 'unreadable', detail: read.code };
  }

  private async readBytes(uri: string, maxBytes: number): Promise<Loaded<Uint8Array>> {
    const confined = await this.confine(uri);
    if (!confined.ok) return confined;
    try {
      const bytes = await this.host.readFile(uri, maxBytes);
      if (bytes.byteLength > maxBytes)
        return { ok: false, reason: 'too-large', detail: `${bytes.byteLength} bytes > ${maxBytes}` };
      return { ok: true, value: bytes };
    } catch (e) {
      if (e instanceof FileTooLarge) return { ok: false, reason: 'too-large', detail: e.message };
      return { ok: false, reason: 'missing', detail: e instanceof Error ? e.message : String(e) };
    }
  }
}
