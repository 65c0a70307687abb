/** Reading the disk for node: the desktop server's host (nodeUriHost.ts); the CLI's is cli/host.ts. */
import { constants, promises as fs } from 'node:fs';
import { FileTooLarge, NotAFile } from '../core/index';

/**
 * Reads a regular file of at most `maxBytes`: the size is checked before reading, and the read
 * stops past the limit, so a file that grows meanwhile (or lies about its size) costs no more.
 */
export async function readBounded(file: string, maxBytes: number): Promise<Uint8Array> {
  // Non-blocking: opening a FIFO for reading would otherwise wait for a writer forever.
  const handle = await fs.open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const st = await handle.stat();
    if (!st.isFile()) throw new NotAFile();
    if (st.size > maxBytes) throw new FileTooLarge(st.size, maxBytes);
    const buf = Buffer.allocUnsafe(Math.min(st.size, maxBytes) + 1);
    let n = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buf, n, buf.length - n, n);
      if (!bytesRead) break;
      n += bytesRead;
      if (n > maxBytes) throw new FileTooLarge(n, maxBytes);
      if (n === buf.length) break;
    }
    return buf.subarray(0, n);
  } finally {
    await handle.close();
  }
}

export async function pathExists(file: string): Promise<boolean> {
  try {
    await fs.lstat(file);
    return true;
  } catch {
    return false;
  }
}
