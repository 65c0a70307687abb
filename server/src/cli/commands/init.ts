/**
 * `planlint init [folder]`: sets up a plans repository. It copies templates/init (config, an example plan
 * with its source document, an organizations registry), the GitHub workflow of docs/ci, and writes the
 * VS Code settings. It never overwrites a file: what exists is listed as skipped.
 */
import { promises as fs, constants } from 'node:fs';
import * as path from 'node:path';
import { pickLocale, type Locale } from '../../core/index';
import { printable, printableKeepingLines } from '../../core/text/printer';
import { OutputRefused, safeFolder, writeOutput } from '../output';
import { t, tWord } from '../../core/l10n/index';
import { PLAN_GLOBS } from '../../core/text/fileKinds';

/** publisher.name in package.json (test/cli/package.test.mjs keeps them equal). */
const EXTENSION_ID = 'planlint.planlint';

interface InitIo {
  out: NodeJS.WritableStream;
  err: NodeJS.WritableStream;
  cwd: string;
}

/** The files to write: relative path → content. The package root is the parent of dist/, the bundle's folder. */
async function scaffold(packageRoot: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const templates = path.join(packageRoot, 'templates', 'init');
  const read = (file: string) => fs.readFile(file, 'utf8');
  for (const rel of await listFiles(templates)) files.set(rel, await read(path.join(templates, rel)));
  files.set('.github/workflows/plans.yml', await read(path.join(packageRoot, 'docs/ci/github-workflow.yml')));
  files.set('.gitignore', 'node_modules/\n');
  files.set('.vscode/extensions.json', json({ recommendations: [EXTENSION_ID] }));
  // For YAML tools other than the PlanLint extension (which brings the schema itself).
  const schema = './node_modules/planlint/schemas/plan.schema.json';
  files.set('.vscode/settings.json', json({ 'yaml.schemas': { [schema]: PLAN_GLOBS } }));
  return files;
}

const json = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;

async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const e of await fs.readdir(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...(await listFiles(path.join(dir, e.name), rel)));
    else out.push(rel);
  }
  return out.sort();
}

export async function initCommand(
  folder: string,
  io: InitIo,
  locale: Locale,
  version: string,
  packageRoot = path.join(__dirname, '..'),
): Promise<number> {
  const dir = path.resolve(io.cwd, folder);
  const files = await scaffold(packageRoot);
  try {
    await safeFolder(path.resolve(io.cwd), dir, folder); // made one folder at a time, none of them a link
    await fs.access(dir, constants.W_OK);
  } catch (e) {
    io.err.write(`planlint: ${printable(t(locale, 'init.cannotWrite', { dir: folder, why: reason(e, locale) }))}\n`);
    return 2;
  }
  io.out.write(printableKeepingLines(t(locale, 'init.title', { dir: folder })));
  for (const [rel, text] of files) {
    try {
      // The one writer: no linked folder inside the new repository either (`plans -> ~/.config`), no file
      // outside it, nothing replaced (an existing entry, a link included, is skipped).
      await writeOutput(dir, rel, text, { exclusive: true, within: dir });
      io.out.write(t(locale, 'init.wrote', { file: rel }));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') {
        io.out.write(t(locale, 'init.skipped', { file: rel }));
        continue;
      }
      const why = t(locale, 'init.cannotWrite', { dir: path.join(folder, rel), why: reason(e, locale) });
      io.err.write(`planlint: ${printable(why)}\n`);
      return 2;
    }
  }
  io.out.write(t(locale, 'init.next', { version }));
  return 0;
}

const reason = (e: unknown, locale: Locale) => {
  if (e instanceof OutputRefused && !e.code) return pickLocale(e.why, locale);
  const err = e as NodeJS.ErrnoException;
  const key = `writeError.${err.code}`;
  return tWord(locale, key, err.message);
};
