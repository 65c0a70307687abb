/** Checks a set of files as the CLI does: the core's session finds roots, configs and limits. */
import * as path from 'node:path';
import {
  configDiagnostics,
  pickLocale,
  whyUnreadable,
  type AppliedConfig,
  type DocumentCoverage,
  type Project,
} from '../core/index';
import { t } from '../core/l10n/index';
import { CheckCache, ContentHashes } from './cache';
import { assemble, checkOutcomes, configLines, newRun, refusedOutcome, type FileOutcome } from './outcomes';
import { OutputRefused } from './output';
import type { FileReport } from './reporters/index';
import type { RunOptions, RunResult } from './runOptions';
import { checkInThreads, threadCount } from './workers';

export type { RunOptions, RunResult } from './runOptions';

export async function runChecks(files: string[], opts: RunOptions): Promise<RunResult> {
  // `report` and `coverage` read the checked models, which stay in this thread and are never cached.
  return opts.coverage ? runWithModels(files, opts) : runOutcomes(files, opts);
}

/** `check`: from the cache what is unchanged, the rest in this thread or in workers, then printed alike. */
async function runOutcomes(files: string[], opts: RunOptions): Promise<RunResult> {
  const hashes = new ContentHashes();
  const cache = opts.cache && (await CheckCache.open(opts.cwd, opts.cache.file, await runKey(opts)));
  const kept = cache ? cache.lookupAll(files, hashes) : new Map<string, FileOutcome>();
  const todo = files.filter(f => !kept.has(f));
  const threads = threadCount(opts.concurrency ?? 'auto', todo.length);
  const run = newRun(opts);
  const explicit = await run.session.explicitConfig();
  const checked = threads > 1 ? await checkInThreads(todo, opts, threads) : await checkOutcomes(todo, opts, run);
  const byPath = new Map(checked.map(o => [o.path, o]));
  let cacheRefused: string | undefined;
  if (cache) {
    cache.storeAll(
      checked.filter(o => !o.refused),
      hashes,
    );
    try {
      await cache.save(opts.cwd);
    } catch (e) {
      cacheRefused = e instanceof OutputRefused ? pickLocale(e.why, opts.locale) : String((e as Error).message);
    }
  }
  const outcomes = files.map(f => kept.get(f) ?? byPath.get(f)!);
  const result = assemble(outcomes, explicit ? configLines(explicit, opts) : []);
  return { ...result, stats: { checked: checked.length, cached: kept.size }, cacheRefused };
}

/** The run's key: the build, and every option that changes findings or how they are named. */
async function runKey(opts: RunOptions): Promise<string> {
  const config = opts.configFile === undefined ? undefined : path.resolve(opts.cwd, opts.configFile);
  return JSON.stringify({
    build: opts.cache?.build,
    cwd: opts.cwd,
    locale: opts.locale,
    config: config && [config, new ContentHashes().of(config).hash],
    ceilings: opts.ceilings ?? null,
    reportUnusedDisable: !!opts.reportUnusedDisable,
  });
}

/** `report` and `coverage`: every file checked here, its model kept for the report. */
async function runWithModels(files: string[], opts: RunOptions): Promise<RunResult> {
  const { session, budget } = newRun(opts);
  const rel = (file: string) => path.relative(opts.cwd, file).split(path.sep).join('/') || path.basename(file);
  const problems: string[] = [];
  const configs = new Set<AppliedConfig>();
  const reports: FileReport[] = [];
  const unread: string[] = [];
  const cited = new Map<string, Project>(); // each source document, and a project of a plan that cites it
  const explicit = await session.explicitConfig();
  if (explicit) configs.add(explicit);
  for (const file of files) {
    if (budget.exceeded) {
      reports.push(refusedOutcome(file, opts, budget).report!);
      continue;
    }
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
      const c = await project.documents.coverage(uri);
      if (c) coverage.push(c);
    }
  }
  return { reports, problems, unread, coverage };
}
