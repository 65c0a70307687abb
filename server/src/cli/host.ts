/**
 * The command line's FileHost: the node host's rules (a regular file, bounded before and while it is
 * read, opened without blocking on a FIFO), but with synchronous calls. A check run reads thousands of
 * small files one after another; each asynchronous call is a round trip through libuv's thread pool,
 * and those waits added up to seconds of an idle thread on 1,000 plans. Nothing else runs in the CLI's
 * threads meanwhile, so blocking costs nothing. A run is one moment of the disk, so the target of each
 * link is looked up once (the workspace asks for the root's on every read).
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, realpathSync } from 'node:fs';
import { FileTooLarge, NotAFile, type FileHost } from '../core/index';

/** `readBounded` (node/nodeHost.ts), without the thread pool. */
export function readBoundedSync(file: string, maxBytes: number): Uint8Array {
  const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw new NotAFile();
    if (st.size > maxBytes) throw new FileTooLarge(st.size, maxBytes);
    const buf = Buffer.allocUnsafe(Math.min(st.size, maxBytes) + 1);
    let n = 0;
    for (;;) {
      const read = readSync(fd, buf, n, buf.length - n, n);
      if (!read) break;
      n += read;
      if (n > maxBytes) throw new FileTooLarge(n, maxBytes);
      if (n === buf.length) break;
    }
    return buf.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

/** A host for one run: reads synchronously, and remembers where each link leads. */
export function cliFileHost(): FileHost {
  const real = new Map<string, string | Error>();
  return {
    readFile: async (uri, maxBytes) => readBoundedSync(uri, maxBytes),
    realPath: async uri => {
      let r = real.get(uri);
      if (r === undefined) {
        try {
          r = realpathSync.native(uri);
        } catch (e) {
          r = e as Error;
        }
        real.set(uri, r);
      }
      if (r instanceof Error) throw r;
      return r;
    },
    exists: async uri => {
      try {
        return lstatSync(uri, { throwIfNoEntry: false }) !== undefined;
      } catch {
        return false; // as the node host: a name that cannot be looked at is not there
      }
    },
  };
}
