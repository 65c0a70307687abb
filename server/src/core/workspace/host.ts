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
  constructor() { super(NotAFile.MESSAGE); }
}

/** A host's refusal of a file past the size limit: it was not read. */
export class FileTooLarge extends Error {
  constructor(readonly size: number, readonly maxBytes: number) { super(`${size} bytes > ${maxBytes}`); }
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
  maxPlanBytes: 20 * 1024 * 1024, maxSourceBytes: 16 * 1024 * 1024, maxIncludeDepth: 32, maxNestingDepth: 64, maxAliasExpansions: 10_000,
};

export type Loaded<T> = { ok: true; value: T } | { ok: false; reason: LoadFailure; detail: string };
export type LoadFailure = 'missing' | 'outside' | 'not-utf8' | 'too-large';

/** The UTF-8 size of a text, counted only when it could pass `max` (an open document is a string). */
export function exceedsBytes(text: string, max: number): boolean {
  if (text.length * 3 <= max) return false;
  if (text.length > max) return true;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? (i++, 4) : 3;
    if (n > max) return true;
  }
  return false;
}

const decoder = new TextDecoder('utf-8', { fatal: true });
/** Decodes UTF-8 strictly (a document that is not UTF-8 is reported, not misread); drops a BOM. */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    const s = decoder.decode(bytes);
    return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
  } catch { return undefined; }
}
