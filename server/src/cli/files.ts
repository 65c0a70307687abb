/** Turns command-line arguments (files, folders, globs) into the plan files to check. */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';
import type { Locale } from '../core/index';
import { t } from '../core/l10n/index';
import { isPlanFileName, PLAN_GLOBS } from '../core/text/fileKinds';
import { filesBelow } from '../node/walk';

export interface Expanded {
  files: string[];
  problems: string[];
  unread: string[];
}

/** `keep`: which files below a folder count (plans for the checker, source documents for `planlint doc`). */
export async function expandArgs(
  args: string[],
  cwd: string,
  locale: Locale,
  keep: (name: string) => boolean = isPlanFileName,
): Promise<Expanded> {
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
      await filesBelow(base, () => true, all);
      for (const f of all) if (matches(f.split(path.sep).join('/'))) found.push(f);
      if (!found.length) problems.push(t(locale, 'files.noMatch', { arg }));
      files.push(...found);
      continue;
    }
    const abs = path.resolve(cwd, arg);
    let stat;
    try {
      stat = await fs.stat(abs);
    } catch {
      problems.push(t(locale, 'files.missing', { arg }));
      unread.push(arg);
      continue;
    }
    if (stat.isDirectory()) {
      const before = files.length;
      await filesBelow(abs, keep, files);
      if (files.length === before && keep === isPlanFileName)
        problems.push(t(locale, 'files.noPlans', { arg, globs: PLAN_GLOBS.join(', ') }));
      else if (files.length === before) problems.push(t(locale, 'files.noDocuments', { arg }));
    } else files.push(abs);
  }
  return { files: [...new Set(files)], problems, unread };
}
