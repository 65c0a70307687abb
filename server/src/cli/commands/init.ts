/**
 * `planlint init [folder]`: sets up a plans repository. It copies templates/init (config, an example plan
 * with its source document, an organizations registry), the GitHub workflow of docs/ci, and writes the
 * VS Code settings. It never overwrites a file: what exists is listed as skipped.
 */
import { promises as fs, constants } from 'node:fs';
import * as path from 'node:path';
import type { Locale } from '../../core/index';

/** publisher.name in package.json (a test keeps them equal). */
export const EXTENSION_ID = 'planlint.planlint';
const PLAN_GLOBS = ['*.plan.yaml', '*.plan.yml', '*.orgs.yaml'];

const MESSAGES = {
  en: {
    title: (dir: string) => `Setting up a plans repository in ${dir}\n`,
    wrote: (f: string) => `  wrote    ${f}\n`,
    skipped: (f: string) => `  skipped  ${f} (it exists; left as it is)\n`,
    next: (v: string) => `\nNext: npm install --save-dev planlint@${v} (unless it is installed), then npx planlint\n`,
    cannotWrite: (dir: string, why: string) => `cannot write to '${dir}': ${why}`,
  },
  'zh-cn': {
    title: (dir: string) => `在 ${dir} 建立规划仓库\n`,
    wrote: (f: string) => `  已写入  ${f}\n`,
    skipped: (f: string) => `  已跳过  ${f}（文件已存在，未改动）\n`,
    next: (v: string) => `\n下一步：npm install --save-dev planlint@${v}（如尚未安装），然后运行 npx planlint\n`,
    cannotWrite: (dir: string, why: string) => `无法写入“${dir}”：${why}`,
  },
};

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
  const m = MESSAGES[locale];
  const dir = path.resolve(io.cwd, folder);
  const files = await scaffold(packageRoot);
  try {
    await fs.mkdir(dir, { recursive: true });
    await fs.access(dir, constants.W_OK);
  } catch (e) {
    io.err.write(`planlint: ${m.cannotWrite(folder, reason(e, locale))}\n`);
    return 2;
  }
  io.out.write(m.title(folder));
  for (const [rel, text] of files) {
    const file = path.join(dir, rel);
    try {
      await fs.mkdir(path.dirname(file), { recursive: true });
      await fs.writeFile(file, text, { flag: 'wx' }); // wx: fails on an existing file instead of replacing it
      io.out.write(m.wrote(rel));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') {
        io.out.write(m.skipped(rel));
        continue;
      }
      io.err.write(`planlint: ${m.cannotWrite(path.join(folder, rel), reason(e, locale))}\n`);
      return 2;
    }
  }
  io.out.write(m.next(version));
  return 0;
}

const REASONS: Record<Locale, Record<string, string>> = {
  en: {
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EROFS: 'read-only file system',
    ENOTDIR: 'a part of the path is a file',
    EEXIST: 'it is a file, not a folder',
  },
  'zh-cn': {
    EACCES: '没有写权限',
    EPERM: '没有写权限',
    EROFS: '文件系统只读',
    ENOTDIR: '路径中有一段是文件',
    EEXIST: '这是文件，不是文件夹',
  },
};
const reason = (e: unknown, locale: Locale) => {
  const err = e as NodeJS.ErrnoException;
  return (err.code && REASONS[locale][err.code]) || err.message;
};
