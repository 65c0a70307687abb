/** The folder walk shared by the CLI and the node server: below a folder, skipping node_modules and dot-folders. */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';

/**
 * The files below `dir` whose name passes `keep`, in name order; unreadable folders are passed over.
 * Every folder below is read at once (each read is a round trip through libuv's thread pool: one after
 * another, a thousand plan folders waited ~150 ms), and their files joined in name order.
 */
export async function filesBelow(dir: string, keep: (name: string) => boolean, out: string[] = []): Promise<string[]> {
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  const found = entries
    .sort((a, b) => a.name.localeCompare(b.name))
    .filter(e => e.name !== 'node_modules' && !e.name.startsWith('.'))
    .map(e => {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) return filesBelow(full, keep);
      return e.isFile() && keep(e.name) ? [full] : [];
    });
  for (const files of await Promise.all(found)) for (const f of files) out.push(f);
  return out;
}
