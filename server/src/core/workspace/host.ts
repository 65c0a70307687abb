/**
 * All file access of the core goes through a host, so the same checker runs in the node server,
 * the browser worker (reading through the client) and the CLI.
 */
export interface FileHost {
  /** The file's bytes; rejects when it cannot be read (missing, a folder, no permission). */
  readFile(uri: string): Promise<Uint8Array>;
  /** The target of symbolic links, where the host has them (so a link cannot leave the workspace). */
  realPath?(uri: string): Promise<string>;
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

export type Loaded<T> = { ok: true; value: T } | { ok: false; reason: 'missing' | 'outside' | 'not-utf8' | 'too-large'; detail: string };

const decoder = new TextDecoder('utf-8', { fatal: true });
/** Decodes UTF-8 strictly (a document that is not UTF-8 is reported, not misread); drops a BOM. */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    const s = decoder.decode(bytes);
    return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
  } catch { return undefined; }
}
