/**
 * `--cache`: a file's findings are kept, as ESLint keeps them, under the hash of everything they
 * depend on: the file's bytes, the bytes of every file its check read or looked for (includes,
 * source documents, linked plans, the configs over it; a missing one as missing), and the run's
 * key (PlanLint's build, the locale and the options that change findings). A file whose hashes all
 * match is not checked again; any other is. Each hash is kept with the file's stat (size, times,
 * inode): a file whose stat is as it was is not read again (git's index does the same), unless it
 * changed so shortly before it was hashed that a later change could keep its times ("racy"). The
 * cache file is an input the checkout controls, so it is read bounded and only as data: a link, a
 * folder, garbage, another version or a malformed entry is no cache at all (the run then checks
 * everything), never an error. It is written through the one writer, `output.ts`, like every other
 * output (so never through a link).
 */
import { createHash } from 'node:crypto';
import { lstatSync, statSync } from 'node:fs';
import * as path from 'node:path';
import type { PlanDiagnostic } from '../core/index';
import { readBoundedSync } from './host';
import { writeOutput } from './output';
import type { FileOutcome } from './outcomes';

/** Bumped when the entry's shape or meaning changes: an older cache is then dropped whole. */
const CACHE_FORMAT = 2;
/** A cache file larger than this is not read (a thousand plans' findings take a few megabytes). */
const MAX_CACHE_BYTES = 256 * 1024 * 1024;
/** A dependency larger than this is hashed by its size alone (no plan input is near it: limits cap them). */
const MAX_HASHED_BYTES = 512 * 1024 * 1024;
/**
 * A file changed less than this before its stat was taken may change again with the same stat (coarse
 * file times: FAT's are 2 s): its stat is not kept, and the next run reads it to compare its hash.
 */
const RACY_MS = 2000;

export const DEFAULT_CACHE_FILE = '.planlintcache';

declare const PLANLINT_PDFJS_HASH: string;

/**
 * This build of PlanLint: its version and the bundle's own bytes (a rebuild with new rules is another build),
 * which hold the hash of the pdf.js files beside it (scripts/build.mjs), named here so that they do.
 */
export async function buildId(version: string): Promise<string> {
  const pdfjs = typeof PLANLINT_PDFJS_HASH === 'string' ? PLANLINT_PDFJS_HASH : '';
  return `${version}:${new ContentHashes().of(__filename).hash}:${pdfjs}`;
}

/** A file as a check read it: its content's hash, and its stat when that alone may vouch for it ('' if not). */
type Seen = [hash: string, stamp: string];
interface Entry {
  /** What each file read for the check was, by absolute path, the checked file itself included. */
  reads: Record<string, Seen>;
  outcome: FileOutcome;
}
interface CacheData {
  format: number;
  key: string;
  files: Record<string, Entry>;
}

const sha = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

/**
 * A file's stat as one string: `none` when nothing is there (a config looked for and not found: it
 * may not appear unseen, as a stat would find it); undefined for what is not a regular file.
 */
function stampOf(file: string, settled = false): string | undefined {
  try {
    const st = statSync(file, { throwIfNoEntry: false });
    if (!st) return 'none';
    if (!st.isFile()) return undefined;
    if (settled && Math.max(st.mtimeMs, st.ctimeMs) > Date.now() - RACY_MS) return '';
    return `${st.size}:${st.mtimeMs}:${st.ctimeMs}:${st.ino}`;
  } catch {
    return undefined;
  }
}

/** What the files of this run are, each looked at once (a shared include is hashed once for a thousand plans). */
export class ContentHashes {
  private readonly known = new Map<string, { hash: string; stamp: string }>();

  /** The file's hash, and its stat if it had settled (read after the stat, so the stat is not newer). */
  of(file: string): { hash: string; stamp: string } {
    let h = this.known.get(file);
    if (!h) {
      const stamp = stampOf(file, true) ?? '';
      this.known.set(file, (h = { hash: stamp === 'none' ? 'missing' : hashFile(file), stamp }));
    }
    return h;
  }

  /** Whether a file is as it was seen: by its stat when that was kept and is unchanged, else by its hash. */
  same(file: string, [hash, stamp]: Seen): boolean {
    const known = this.known.get(file);
    if (known) return known.hash === hash;
    if (stamp !== '' && stampOf(file) === stamp) {
      this.known.set(file, { hash, stamp });
      return true;
    }
    return this.of(file).hash === hash;
  }
}

function hashFile(file: string): string {
  try {
    return sha(readBoundedSync(file, MAX_HASHED_BYTES));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR' ? 'missing' : `unread:${(e as Error).name}:${code ?? ''}`;
  }
}

export class CheckCache {
  private readonly fresh: Record<string, Entry> = Object.create(null);
  private constructor(
    readonly file: string,
    private readonly key: string,
    private readonly old: ReadonlyMap<string, Entry>,
  ) {}

  /** The cache at `file` (relative to `cwd`) for runs of `key`; empty when it is absent or not usable. */
  static async open(cwd: string, file: string, key: string): Promise<CheckCache> {
    const target = path.resolve(cwd, file);
    return new CheckCache(target, key, readEntries(target, key));
  }

  /** The kept outcomes of the files that, with everything they read, are as they were. */
  lookupAll(files: string[], hashes: ContentHashes): Map<string, FileOutcome> {
    const kept = new Map<string, FileOutcome>();
    for (const file of files) {
      const entry = this.old.get(file);
      if (!entry || !Object.entries(entry.reads).every(([dep, seen]) => hashes.same(dep, seen))) continue;
      this.fresh[file] = entry;
      kept.set(file, entry.outcome);
    }
    return kept;
  }

  /** Keeps checked files' outcomes under what they read. */
  storeAll(outcomes: FileOutcome[], hashes: ContentHashes): void {
    for (const outcome of outcomes) {
      const reads: Record<string, Seen> = Object.create(null);
      for (const dep of outcome.reads) {
        const { hash, stamp } = hashes.of(dep);
        reads[dep] = [hash, stamp];
      }
      this.fresh[outcome.path] = { reads, outcome };
    }
  }

  /** Writes the entries of this run (files no longer checked are dropped), through the one writer. */
  async save(cwd: string): Promise<void> {
    const data: CacheData = { format: CACHE_FORMAT, key: this.key, files: this.fresh };
    await writeOutput(cwd, path.relative(cwd, this.file) || this.file, JSON.stringify(data));
  }
}

/** The entries of a usable cache file; none for a link, a non-file, garbage, another key or format. */
function readEntries(file: string, key: string): ReadonlyMap<string, Entry> {
  const none = new Map<string, Entry>();
  try {
    if (!lstatSync(file).isFile()) return none; // a link (to anything) or a folder: not ours to read
    const data: unknown = JSON.parse(Buffer.from(readBoundedSync(file, MAX_CACHE_BYTES)).toString('utf8'));
    if (!isRecord(data) || data.format !== CACHE_FORMAT || data.key !== key || !isRecord(data.files)) return none;
    const out = new Map<string, Entry>();
    for (const [name, entry] of Object.entries(data.files)) if (isEntry(name, entry)) out.set(name, entry);
    return out;
  } catch {
    return none;
  }
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isStrings = (x: unknown): x is string[] => Array.isArray(x) && x.every(s => typeof s === 'string');
const isPosition = (p: unknown) =>
  isRecord(p) && Number.isInteger(p.line) && Number.isInteger(p.character) && (p.line as number) >= 0;
const isDiagnostic = (d: unknown): d is PlanDiagnostic =>
  isRecord(d) &&
  typeof d.uri === 'string' &&
  typeof d.code === 'string' &&
  typeof d.message === 'string' &&
  ['error', 'warning', 'info', 'hint'].includes(d.severity as string) &&
  isRecord(d.range) &&
  isPosition(d.range.start) &&
  isPosition(d.range.end) &&
  // What the reporters read besides: a plan's findings carry no paragraph or related spans (`doc` is not cached).
  d.paragraph === undefined &&
  d.related === undefined &&
  (d.acknowledged === undefined ||
    (isRecord(d.acknowledged) &&
      Number.isInteger(d.acknowledged.line) &&
      (d.acknowledged.reason === undefined || typeof d.acknowledged.reason === 'string')));

/** An entry of the shape this build writes, for the file it is filed under; anything else is dropped. */
function isEntry(name: string, e: unknown): e is Entry {
  if (!isRecord(e) || !isRecord(e.reads) || !isRecord(e.outcome)) return false;
  if (!Object.values(e.reads).every(s => isStrings(s) && s.length === 2) || !Object.hasOwn(e.reads, name)) return false;
  const o = e.outcome;
  if (o.path !== name || typeof o.name !== 'string' || !isStrings(o.configLines) || !isStrings(o.reads)) return false;
  if (o.unreadable !== undefined) return typeof o.unreadable === 'string' && o.report === undefined;
  const r = o.report;
  return (
    isRecord(r) &&
    typeof r.file === 'string' &&
    typeof r.source === 'string' &&
    Array.isArray(r.diagnostics) &&
    r.diagnostics.every(isDiagnostic) &&
    Array.isArray(r.suppressed) &&
    r.suppressed.every(isDiagnostic)
  );
}
