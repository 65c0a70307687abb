/** Turns command-line arguments (files, folders, globs) into the plan files to check. */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';

const PLAN_FILE = /\.(plan\.ya?ml|orgs\.yaml)$/;
export const isPlanFileName = (name: string) => PLAN_FILE.test(name);

/** Files below `dir` whose name passes `keep`, skipping node_modules and dot-folders. */
async function walk(dir: string, out: string[], keep: (name: string) => boolean): Promise<void> {
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) await walk(full, out, keep);
    else if (e.isFile() && keep(e.name)) out.push(full);
  }
}

export interface Expanded {
  files: string[];
  problems: string[];
  unread: string[];
}

export async function expandArgs(args: string[], cwd: string): Promise<Expanded> {
  const files: string[] = [];
  const problems: string[] = [];
  const unread: string[] = [];
  for (const arg of args) {
    if (/[*?{]/.test(arg)) {
      const abs = path.resolve(cwd, arg).split(path.sep).join('/');
      const staticPart = abs.slice(0, abs.search(/[*?{]/));
      const base = staticPart.slice(0, staticPart.lastIndexOf('/') + 1) || '/';
      const matches = picomatch(abs, { dot: false });
      const found: string[] = [];
      const all: string[] = [];
      await walk(base, all, () => true);
      for (const f of all) if (matches(f.split(path.sep).join('/'))) found.push(f);
      if (!found.length) problems.push(`no files match '${arg}'`);
      files.push(...found);
      continue;
    }
    const abs = path.resolve(cwd, arg);
    let stat;
    try {
      stat = await fs.stat(abs);
    } catch {
      problems.push(`cannot read '${arg}': no such file or folder`);
      unread.push(arg);
      continue;
    }
    if (stat.isDirectory()) {
      const before = files.length;
      await walk(abs, files, isPlanFileName);
      if (files.length === before) problems.push(`no plan files (*.plan.yaml, *.plan.yml, *.orgs.yaml) in '${arg}'`);
    } else files.push(abs);
  }
  return { files: [...new Set(files)], problems, unread };
}
