import type { NotTextAt } from '../text/encoding';

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
