/** The folder walk shared by the CLI and the node server: below a folder, skipping node_modules and dot-folders. */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';

/** The files below `dir` whose name passes `keep`, in name order; unreadable folders are passed over. */
export async function filesBelow(dir: string, keep: (name: string) => boolean, out: string[] = []): Promise<string[]> {
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) await filesBelow(full, keep, out);
    else if (e.isFile() && keep(e.name)) out.push(full);
  }
  return out;
}
