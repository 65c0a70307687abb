/**
 * `--cache`: a file's findings are kept, as ESLint keeps them, under the hash of everything they
 * depend on: the file's bytes, the bytes of every file its check read or looked for (includes,
 * source documents, linked plans, the configs over it; a missing one as missing), and the run's
 * key (PlanLint's build, the locale and the options that change findings). A file whose hashes all
 * match is not checked again; any other is. The cache file is an input the checkout controls, so
 * it is read bounded and only as data: a link, a folder, garbage, another version or a malformed
 * entry is no cache at all (the run then checks everything), never an error. It is written through
 * the one writer, `output.ts`, like every other output (so never through a link).
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { PlanDiagnostic } from '../core/index';
import { readBounded } from '../node/nodeHost';
import { writeOutput } from './output';
import type { FileOutcome } from './outcomes';

/** Bumped when the entry's shape or meaning changes: an older cache is then dropped whole. */
const CACHE_FORMAT = 1;
/** A cache file larger than this is not read (a thousand plans' findings take a few megabytes). */
const MAX_CACHE_BYTES = 256 * 1024 * 1024;
/** A dependency larger than this is hashed by its size alone (no plan input is near it: limits cap them). */
const MAX_HASHED_BYTES = 512 * 1024 * 1024;

export const DEFAULT_CACHE_FILE = '.planlintcache';

/** This build of PlanLint: its version and the bundle's own bytes (a rebuild with new rules is another build). */
export async function buildId(version: string): Promise<string> {
  return `${version}:${await new ContentHashes().of(__filename)}`;
}

interface Entry {
  /** The hash of each file read for the check, by absolute path, the checked file itself included. */
  reads: Record<string, string>;
  outcome: FileOutcome;
}
interface CacheData {
  format: number;
  key: string;
  files: Record<string, Entry>;
}

/** Reads many files at once, but no more than this many (each holds a file handle while it reads). */
const PARALLEL_READS = 32;
async function inParallel<T>(items: T[], each: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await each(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_READS, items.length) }, lane));
}

const sha = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

/** Hashes of files by path, each read once per run (a shared include is hashed once for a thousand plans). */
export class ContentHashes {
  private readonly known = new Map<string, Promise<string>>();
  of(file: string): Promise<string> {
    let h = this.known.get(file);
    if (!h) this.known.set(file, (h = hashFile(file)));
    return h;
  }
  /** What a check read: the file's bytes when a check read them, so they are not read twice. */
  seed(file: string, bytes: Uint8Array): void {
    this.known.set(file, Promise.resolve(sha(bytes)));
  }
}

async function hashFile(file: string): Promise<string> {
  try {
    return sha(await readBounded(file, MAX_HASHED_BYTES));
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
    return new CheckCache(target, key, await readEntries(target, key));
  }

  /** The kept outcomes of the files that, with everything they read, are as they were. */
  async lookupAll(files: string[], hashes: ContentHashes): Promise<Map<string, FileOutcome>> {
    const kept = new Map<string, FileOutcome>();
    await inParallel(files, async f => {
      const o = await this.lookup(f, hashes);
      if (o) kept.set(f, o);
    });
    return kept;
  }

  /** Keeps checked files' outcomes under the hashes of what they read. */
  async storeAll(outcomes: FileOutcome[], hashes: ContentHashes): Promise<void> {
    await inParallel(outcomes, o => this.store(o, hashes));
  }

  private async lookup(file: string, hashes: ContentHashes): Promise<FileOutcome | undefined> {
    const entry = this.old.get(file);
    if (!entry) return undefined;
    for (const [dep, hash] of Object.entries(entry.reads)) if ((await hashes.of(dep)) !== hash) return undefined;
    this.fresh[file] = entry;
    return entry.outcome;
  }

  private async store(outcome: FileOutcome, hashes: ContentHashes): Promise<void> {
    const reads: Record<string, string> = Object.create(null);
    for (const dep of outcome.reads) reads[dep] = await hashes.of(dep);
    this.fresh[outcome.path] = { reads, outcome };
  }

  /** Writes the entries of this run (files no longer checked are dropped), through the one writer. */
  async save(cwd: string): Promise<void> {
    const data: CacheData = { format: CACHE_FORMAT, key: this.key, files: this.fresh };
    await writeOutput(cwd, path.relative(cwd, this.file) || this.file, JSON.stringify(data));
  }
}

/** The entries of a usable cache file; none for a link, a non-file, garbage, another key or format. */
async function readEntries(file: string, key: string): Promise<ReadonlyMap<string, Entry>> {
  const none = new Map<string, Entry>();
  try {
    if (!(await fs.lstat(file)).isFile()) return none; // a link (to anything) or a folder: not ours to read
    const data: unknown = JSON.parse(Buffer.from(await readBounded(file, MAX_CACHE_BYTES)).toString('utf8'));
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
  if (!Object.values(e.reads).every(h => typeof h === 'string') || !Object.hasOwn(e.reads, name)) return false;
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
