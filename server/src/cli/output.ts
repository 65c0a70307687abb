/**
 * The one writer of every file PlanLint writes (`--output` of any format, `report`, `draft --out`, `init`),
 * never through a symbolic link. In CI the pull request's author controls every file in the checkout, so
 * `planlint.sarif -> ~/.bashrc`, or a linked folder on the way to the file (`plans -> ~/.bashrc.d`), must
 * not send our output elsewhere: such a path is refused. The text goes to a fresh temporary file in the
 * same folder (created with O_EXCL|O_NOFOLLOW, so never through a link) and is renamed into place, or,
 * for a file that must not replace anything, hard-linked into place (which fails on any existing entry,
 * a link included): a refused or failed write leaves the target as it was.
 */
import { constants, promises as fs } from 'node:fs';
import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import type { Msg } from '../core/index';
import { msg } from '../core/l10n/index';

/** An output path refused, with why in every locale. */
export class OutputRefused extends Error {
  /** `code`: the errno-like reason where there is one (`ENOTDIR`), for callers that word those themselves. */
  constructor(
    readonly why: Msg,
    readonly code?: string,
  ) {
    super(why.en);
  }
}

const isMissing = (e: unknown) => (e as NodeJS.ErrnoException).code === 'ENOENT';

/** The folders from `from` (exclusive) down to `to` (inclusive), `to` inside `from`. */
function foldersBetween(from: string, to: string): string[] {
  const rel = path.relative(from, to);
  if (!rel) return [];
  const out: string[] = [];
  let at = from;
  for (const part of rel.split(path.sep)) out.push((at = path.join(at, part)));
  return out;
}

/** The deepest folder shared by two absolute paths. */
function commonFolder(a: string, b: string): string {
  const as = a.split(path.sep),
    bs = b.split(path.sep);
  let i = 0;
  while (i < as.length && i < bs.length && as[i] === bs[i]) i++;
  return as.slice(0, i).join(path.sep) || path.parse(a).root;
}

/**
 * Creates the missing folders of `dir` one at a time, refusing any existing one that is a link
 * (checked from the current folder down, or from the folder it shares with the current folder).
 */
export async function safeFolder(cwd: string, dir: string, shown: string): Promise<void> {
  for (const folder of foldersBetween(commonFolder(cwd, dir), dir)) {
    let st;
    try {
      st = await fs.lstat(folder);
    } catch (e) {
      if (!isMissing(e)) throw e;
      await fs.mkdir(folder);
      st = await fs.lstat(folder);
    }
    if (st.isSymbolicLink()) throw new OutputRefused(msg('output.linkedFolder', { file: shown, folder }));
    if (!st.isDirectory()) {
      const code = folder === dir ? 'EEXIST' : 'ENOTDIR';
      throw new OutputRefused(msg('output.notFolder', { file: shown, folder }), code);
    }
  }
}

interface WriteOptions {
  /** Never replace an existing entry: fail with EEXIST instead (`draft --out`, `init`). */
  exclusive?: boolean;
  /** The folder the file must lie in (`init`'s folder): a path leaving it is refused. */
  within?: string;
}

/** Writes `text` to `file` (relative to `cwd`) through a temporary file and a rename (or a link). */
export async function writeOutput(cwd: string, file: string, text: string, opts: WriteOptions = {}): Promise<void> {
  const target = path.resolve(cwd, file),
    dir = path.dirname(target);
  if (opts.within !== undefined) {
    const rel = path.relative(path.resolve(cwd, opts.within), target);
    if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) throw new OutputRefused(msg('output.outside', { file }));
  }
  await safeFolder(path.resolve(cwd), dir, file);
  try {
    const st = await fs.lstat(target);
    if (opts.exclusive) throw Object.assign(new Error(`${file} exists`), { code: 'EEXIST' }); // a link too
    if (st.isSymbolicLink()) throw new OutputRefused(msg('output.linkedFile', { file }));
    if (!st.isFile()) throw new OutputRefused(msg('output.notFile', { file }));
  } catch (e) {
    if (!isMissing(e)) throw e;
  }
  // O_EXCL: fails rather than opening anything already there, a link included.
  const flags = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0);
  // A file that replaces nothing is created in place; one that replaces is written beside it, then renamed.
  const temp = opts.exclusive
    ? target
    : path.join(dir, `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await fs.open(temp, flags, 0o666);
  try {
    try {
      await handle.writeFile(text);
    } finally {
      await handle.close();
    }
    if (temp !== target) await fs.rename(temp, target);
  } catch (e) {
    await fs.rm(temp, { force: true });
    throw e;
  }
}
