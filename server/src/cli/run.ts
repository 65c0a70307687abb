/** Checks a set of files as the CLI does: the core's session finds roots, configs and limits. */
import * as path from 'node:path';
import {
  configDiagnostics,
  pickLocale,
  Session,
  whyUnreadable,
  type AppliedConfig,
  type DocumentCoverage,
  type Limits,
  type Locale,
  type Project,
} from '../core/index';
import { t } from '../core/l10n/index';
import { nodeFileHost } from '../node/nodeHost';
import type { FileReport } from './reporters/index';

export interface RunOptions {
  cwd: string;
  configFile?: string;
  locale: Locale;
  reportUnusedDisable?: boolean;
  /** Limits the repository's own config may not raise. */
  ceilings?: Partial<Limits>;
  /** Also say what no plan cites in the source documents the checked plans cite. */
  coverage?: boolean;
}
/** `unread`: files that could not be read, by their relative names. */
export interface RunResult {
  reports: FileReport[];
  problems: string[];
  unread: string[];
  coverage: DocumentCoverage[];
}

export async function runChecks(files: string[], opts: RunOptions): Promise<RunResult> {
  const configFile = opts.configFile === undefined ? undefined : path.resolve(opts.cwd, opts.configFile);
  const session = new Session(nodeFileHost, {
    cwd: opts.cwd,
    configFile,
    ceilings: opts.ceilings,
    reportUnusedDisable: opts.reportUnusedDisable,
  });
  session.applySettings({ locale: opts.locale, overrides: {} });
  const rel = (file: string) => path.relative(opts.cwd, file).split(path.sep).join('/') || path.basename(file);
  const problems: string[] = [];
  const configs = new Set<AppliedConfig>();
  const reports: FileReport[] = [];
  const unread: string[] = [];
  const cited = new Map<string, Project>(); // each source document, and a project of a plan that cites it
  const explicit = await session.explicitConfig();
  if (explicit) configs.add(explicit);
  for (const file of files) {
    const project = await session.projectFor(file);
    const result = await project.check(file);
    if (result.ok)
      for (const s of result.resolution?.sourceStates.values() ?? []) if (s.doc && s.uri) cited.set(s.uri, project);
    configs.add(result.config);
    if (!result.ok) {
      const why = pickLocale(whyUnreadable(result.reason, result.detail), opts.locale);
      problems.push(t(opts.locale, 'files.cannotRead', { file: rel(file), why }));
      unread.push(rel(file));
      continue;
    }
    reports.push({
      file: rel(file),
      diagnostics: result.diagnostics,
      suppressed: result.suppressed,
      source: result.file.text,
      result,
    });
  }
  // An unreadable config is found once per plan that looks for it: say each problem once.
  const said = new Set<string>();
  const say = (line: string) => {
    if (!said.has(line)) {
      said.add(line);
      problems.push(line);
    }
  };
  for (const c of configs) {
    for (const d of configDiagnostics(c, opts.locale)) {
      say(`${rel(d.uri)}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${d.message}`);
    }
    if (c.problems.length) say(`${rel(c.uri!)} is not applied until these problems are fixed`);
  }
  reports.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const coverage: DocumentCoverage[] = [];
  if (opts.coverage) {
    for (const [uri, project] of [...cited].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      const c = await project.coverage(uri);
      if (c) coverage.push(c);
    }
  }
  return { reports, problems, unread, coverage };
}
