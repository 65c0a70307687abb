/** Checks a set of files as the CLI does: one workspace per root, configs found upward, reports sorted. */
import { existsSync, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { CONFIG_FILE, checkUri, DEFAULT_CONFIG, parseConfig, Workspace, type Locale, type PlanlintConfig } from '../core/index';
import { nodeFileHost } from '../node/nodeHost';
import type { FileReport } from './reporters/index';

export interface RunOptions { cwd: string; configFile?: string; locale: Locale; reportUnusedDisable?: boolean }
export interface RunResult { reports: FileReport[]; problems: string[] }

/**
 * The workspace root of a file: the nearest folder holding planlint.config.yaml or .git, else the
 * current folder, or (for a file outside the current folder) the file's own folder.
 */
export function findRoot(file: string, cwd: string): string {
  for (let dir = path.dirname(file); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, CONFIG_FILE)) || existsSync(path.join(dir, '.git'))) return dir;
    if (path.dirname(dir) === dir) break;
  }
  const rel = path.relative(cwd, file);
  return rel.startsWith('..') || path.isAbsolute(rel) ? path.dirname(file) : cwd;
}

export async function loadConfigFile(file: string): Promise<{ config: PlanlintConfig; problems: string[] }> {
  let text: string;
  try { text = await fs.readFile(file, 'utf8'); } catch (e) {
    return { config: DEFAULT_CONFIG, problems: [`cannot read config '${file}': ${(e as Error).message}`] };
  }
  const parsed = parseConfig(text);
  return { config: parsed.config, problems: parsed.problems.map(p => `${file}: ${p}`) };
}

export async function runChecks(files: string[], opts: RunOptions): Promise<RunResult> {
  const problems: string[] = [];
  const workspaces = new Map<string, Workspace>();
  const configs = new Map<string, Promise<{ config: PlanlintConfig; problems: string[] }>>();
  const explicit = opts.configFile ? await loadConfigFile(path.resolve(opts.cwd, opts.configFile)) : undefined;
  if (explicit) problems.push(...explicit.problems);
  const configFor = async (file: string, root: string) => {
    if (explicit) return explicit.config;
    for (let dir = path.dirname(file); ; dir = path.dirname(dir)) {
      const candidate = path.join(dir, CONFIG_FILE);
      if (existsSync(candidate)) {
        let p = configs.get(candidate);
        if (!p) { p = loadConfigFile(candidate); configs.set(candidate, p); const r = await p; problems.push(...r.problems); }
        return (await p).config;
      }
      if (dir === root || path.dirname(dir) === dir) return DEFAULT_CONFIG;
    }
  };
  const reports: FileReport[] = [];
  for (const file of files) {
    const root = findRoot(file, opts.cwd);
    let ws = workspaces.get(root);
    if (!ws) {
      // Limits are the workspace's: from the explicit config, else the root's planlint.config.yaml.
      const rootConfig = explicit?.config ?? (existsSync(path.join(root, CONFIG_FILE)) ? (await loadConfigFile(path.join(root, CONFIG_FILE))).config : undefined);
      ws = new Workspace(nodeFileHost, root, rootConfig?.limits);
      workspaces.set(root, ws);
    }
    const rel = path.relative(opts.cwd, file).split(path.sep).join('/') || path.basename(file);
    const config = await configFor(file, root);
    const result = await checkUri(ws, file, { config, locale: opts.locale });
    if (!result.ok) { problems.push(`cannot read '${rel}': ${result.reason === 'not-utf8' ? 'not UTF-8 text' : result.reason === 'outside' ? 'outside the workspace' : result.detail}`); continue; }
    const diagnostics = [...result.diagnostics];
    if (opts.reportUnusedDisable) {
      for (const u of result.unusedSuppressions) {
        const text = result.file.lines.lineText(u.line);
        diagnostics.push({ uri: file, range: { start: { line: u.line, character: text.indexOf('#') }, end: { line: u.line, character: text.length } }, severity: 'warning', code: 'unused-disable',
          message: opts.locale === 'zh-cn' ? `这条 planlint-disable 注释没有屏蔽任何 ${u.code} 诊断，可以删除` : `this planlint-disable comment silences no ${u.code} diagnostic: remove it` });
      }
      diagnostics.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
    }
    reports.push({ file: rel, diagnostics, suppressed: result.suppressed, source: result.file.text, result });
  }
  reports.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  return { reports, problems };
}
