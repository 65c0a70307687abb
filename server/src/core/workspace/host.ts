/**
 * All file access of the core goes through a host, so the same checker runs in the node server,
 * the browser worker (reading through the client) and the CLI.
 */
export interface FileHost {
  /**
   * The file's bytes; rejects when it cannot be read (missing, a folder, a FIFO, no permission).
   * A file larger than `maxBytes` is refused before it is read, with a `FileTooLarge`.
   */
  readFile(uri: string, maxBytes: number): Promise<Uint8Array>;
  /** The target of symbolic links, where the host has them (so a link cannot leave the workspace). */
  realPath?(uri: string): Promise<string>;
  /** Whether a file or folder exists (finding the root on the command line); without it, roots are folders given. */
  exists?(uri: string): Promise<boolean>;
}

/** A host's refusal of what is not a regular file (a folder, a FIFO, a device): it was not read. */
export class NotAFile extends Error {
  static readonly MESSAGE = 'is not a regular file';
  constructor() {
    super(NotAFile.MESSAGE);
  }
}

/** A host's refusal of a file past the size limit: it was not read. */
export class FileTooLarge extends Error {
  constructor(
    readonly size: number,
    readonly maxBytes: number,
  ) {
    super(`${size} bytes > ${maxBytes}`);
  }
}

/** Limits that keep hostile input bounded; every default admits the benchmark's largest plans. */
export interface Limits {
  maxPlanBytes: number;
  maxSourceBytes: number;
  maxIncludeDepth: number;
  /** How deep mappings and lists may nest. */
  maxNestingDepth: number;
  /** How many nodes YAML aliases may expand to ("billion laughs"). */
  maxAliasExpansions: number;
}
export const DEFAULT_LIMITS: Limits = {
  maxPlanBytes: 20 * 1024 * 1024,
  maxSourceBytes: 16 * 1024 * 1024,
  maxIncludeDepth: 32,
  maxNestingDepth: 64,
  maxAliasExpansions: 10_000,
};

/** `at`: for `not-text`, where decoded text holds what text may not (when some encoding decodes it). */
export type Loaded<T> = { ok: true; value: T } | { ok: false; reason: LoadFailure; detail: string; at?: NotTextAt };
/**
 * `not-text`: not text in any encoding of the contract's *Text encodings*. `unreadable`: a Word file,
 * web page or PDF its reader refused (the detail is the reader's `ReadFailureCode`). `unsupported`: an
 * Office form no reader reads (`.doc`, `.wps`, `.xls`, `.xlsx`; the detail is the extension).
 */
export type LoadFailure = 'missing' | 'outside' | 'not-text' | 'too-large' | 'unreadable' | 'unsupported';
/** What `not-text` means, for messages that show a failure's detail. */
export const NOT_TEXT_DETAIL = 'not text in UTF-8, UTF-16 or GB18030';

/** The UTF-8 size of a text, counted only when it could pass `max` (an open document is a string). */
export function exceedsBytes(text: string, max: number): boolean {
  if (text.length * 3 <= max) return false;
  if (text.length > max) return true;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00) {
      n += 4; // a surrogate pair: four bytes for both halves
      i++;
    } else n += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
    if (n > max) return true;
  }
  return false;
}

/** The encodings of the contract's *Text encodings*; GB18030 covers GBK and GB2312 (Windows' "ANSI"). */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';
export interface Decoded {
  text: string;
  encoding: Encoding;
}

const decoders = new Map<Encoding, TextDecoder | null>();
/** A strict decoder; null where the runtime lacks the encoding (a node built without full ICU). */
function decoder(encoding: Encoding): TextDecoder | null {
  let d = decoders.get(encoding);
  if (d === undefined) {
    try {
      d = new TextDecoder(encoding, { fatal: true });
    } catch {
      d = null;
    }
    decoders.set(encoding, d);
  }
  return d;
}
function decodeAs(bytes: Uint8Array, encoding: Encoding): Decoded | undefined {
  try {
    const s = decoder(encoding)?.decode(bytes);
    // TextDecoder drops the UTF-8 and UTF-16 byte-order marks; GB18030's (84 31 95 33) decodes to U+FEFF.
    return s === undefined ? undefined : { text: s.charCodeAt(0) === 0xfeff ? s.slice(1) : s, encoding };
  } catch {
    return undefined;
  }
}

/** U+0000, U+FFFD (a decoder's replacement) and control characters other than tab, LF, CR and FF. */
const NOT_TEXT = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f\ufffd]/;
/** Whether decoded text is text in the contract's sense. */
export function isText(text: string): boolean {
  return !NOT_TEXT.test(text);
}

/** The first character that makes decoded text not text, and its line (from 1): for the message. */
export interface NotTextAt {
  char: number;
  line: number;
}
export function firstNotText(text: string): NotTextAt | undefined {
  const m = NOT_TEXT.exec(text);
  if (!m) return undefined;
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < m.index; i = text.indexOf('\n', i + 1)) line++;
  return { char: text.charCodeAt(m.index), line };
}

/**
 * Decodes a file as the contract's *Text encodings* say: UTF-8 when it is valid UTF-8, else by its
 * byte-order mark, else GB18030 when that decodes; undefined when the result is not text.
 */
export function decodeText(bytes: Uint8Array): Decoded | undefined {
  const decoded = decodeAny(bytes);
  return decoded && isText(decoded.text) ? decoded : undefined;
}

/** Why bytes are not text: where the decoded text holds what text may not; undefined if nothing decodes. */
export function whyNotText(bytes: Uint8Array): NotTextAt | undefined {
  const decoded = decodeAny(bytes);
  return decoded && firstNotText(decoded.text);
}

/** Decoded text by *Text encodings*, whether or not it is text (a web page tests the text it yields). */
export function decodeAny(bytes: Uint8Array): Decoded | undefined {
  const b0 = bytes[0],
    b1 = bytes[1];
  return (
    decodeAs(bytes, 'utf-8') ??
    (b0 === 0xff && b1 === 0xfe
      ? decodeAs(bytes, 'utf-16le')
      : b0 === 0xfe && b1 === 0xff
        ? decodeAs(bytes, 'utf-16be')
        : b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf
          ? undefined // a UTF-8 mark on what is not UTF-8
          : decodeAs(bytes, 'gb18030'))
  );
}

/** How people name an encoding: GB18030, UTF-16LE. */
export function encodingLabel(encoding: Encoding): string {
  return encoding.toUpperCase();
}
