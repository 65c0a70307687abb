/**
 * A file's check as plain data: what the reporters print of it, the lines its config's problems
 * print, and what it read. The main thread, a worker thread and the cache all hold outcomes, and a
 * run's result is assembled from them in the order of the files named, so a run checked serially,
 * in workers or from the cache prints the same bytes.
 */
import * as path from 'node:path';
import {
  CONFIG_FILE,
  configDiagnostics,
  pickLocale,
  Session,
  whyUnreadable,
  type AppliedConfig,
  type PlanDiagnostic,
  type Project,
} from '../core/index';
import { t } from '../core/l10n/index';
import { cliFileHost } from './host';
import type { FileReport } from './reporters/index';
import type { RunOptions, RunResult } from './runOptions';
import { DEFAULT_RUN_TOTALS, RunBudget } from './budget';

export interface FileOutcome {
  /** The file's absolute path, as named. */
  path: string;
  /** Its name relative to the current folder, as messages show it. */
  name: string;
  /** What the reporters print (no checked model: `report` and `coverage` do not run on outcomes). */
  report?: Omit<FileReport, 'result'>;
  /** Why it could not be read, as the problem line says it. */
  unreadable?: string;
  /** The lines the problems of the config applied to it print (the run says each once). */
  configLines: string[];
  /** Every file its check read or looked for, itself included (the cache's dependencies). */
  reads: string[];
  /** Not checked: the run had read its totals. Never kept in the cache. */
  refused?: true;
}

const relativeName = (cwd: string, file: string) =>
  path.relative(cwd, file).split(path.sep).join('/') || path.basename(file);

/** A session whose reads count against the run's totals, and those totals. */
export interface Run {
  session: Session;
  budget: RunBudget;
}
export function newRun(opts: RunOptions): Run {
  const budget = new RunBudget(opts.totals ?? DEFAULT_RUN_TOTALS, opts.threads);
  return { budget, session: newSession(opts, budget) };
}

function newSession(opts: RunOptions, budget: RunBudget): Session {
  const configFile = opts.configFile === undefined ? undefined : path.resolve(opts.cwd, opts.configFile);
  const session = new Session(budget.count(cliFileHost()), {
    cwd: opts.cwd,
    configFile,
    ceilings: opts.ceilings,
    reportUnusedDisable: opts.reportUnusedDisable,
    once: true,
  });
  session.applySettings({ locale: opts.locale, overrides: {} });
  return session;
}

/** What a config's problems print: each as a line, then that the config is not applied. */
export function configLines(c: AppliedConfig, opts: RunOptions): string[] {
  const rel = (f: string) => relativeName(opts.cwd, f);
  const lines = configDiagnostics(c, opts.locale).map(
    d => `${rel(d.uri)}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${d.message}`,
  );
  if (c.problems.length) lines.push(`${rel(c.uri!)} is not applied until these problems are fixed`);
  return lines;
}

/**
 * Checks files one after another in one session (a shared include is read once while the checks
 * after it keep reading it). `keeper`: lets go of what the checks are done with (see `Keeper`); one
 * session per run.
 */
export async function checkOutcomes(
  files: string[],
  opts: RunOptions,
  { session, budget } = newRun(opts),
  keeper = new Keeper(),
) {
  const out: FileOutcome[] = [];
  for (const file of files) {
    if (budget.exceeded) {
      out.push(refusedOutcome(file, opts, budget));
      continue;
    }
    const project = await session.projectFor(file);
    const result = await project.check(file);
    const reads = project.dependenciesOf(file);
    keeper.used(project, file, reads);
    const config = configLines(result.config, opts);
    const name = relativeName(opts.cwd, file);
    if (!result.ok) {
      const why = pickLocale(whyUnreadable(result.reason, result.detail), opts.locale);
      const unreadable = t(opts.locale, 'files.cannotRead', { file: name, why });
      out.push({ path: file, name, unreadable, configLines: config, reads });
      continue;
    }
    const { diagnostics, suppressed } = result;
    const report = {
      file: name,
      diagnostics,
      suppressed,
      source: findingLines(result.file.text, diagnostics, suppressed),
    };
    out.push({ path: file, name, report, configLines: config, reads });
  }
  return out;
}

/**
 * What the reporters read of a file's text: the lines the findings start on (fingerprints hash them),
 * the others left empty so that each keeps its number. An outcome crosses threads and is kept in the
 * cache; the whole text of a thousand plans would be most of both.
 */
function findingLines(text: string, ...findings: PlanDiagnostic[][]): string {
  const wanted = new Set(findings.flat().map(d => d.range.start.line));
  if (!wanted.size) return '';
  const lines = text.split(/\r?\n/, Math.max(...wanted) + 1);
  return lines.map((line, i) => (wanted.has(i) ? line : '')).join('\n');
}

/** How many checks back a file read again stays parsed: neighbours in a folder share includes. */
const KEEP_CHECKS = 8;

/**
 * Lets a session's projects drop the files the checks are done with. A project keeps every file it
 * parsed (an editor asks about them again); a run of a thousand plans would hold them all, and the
 * garbage collector copied that growing heap again and again (a fifth of a run's time).
 * - A checked plan no earlier check read goes once its check is done: its parse is the largest thing a
 *   check holds, and a plan is seldom read by the plans after it.
 * - A file a check read for the first time (a plan's registry, its source document) stays for the next
 *   check only: that is often its own check (a registry beside its plan) or a neighbour's. Each kept for
 *   the next eight checks was copied by each scavenge and promoted to die in the old generation (over
 *   1,000 plans: 389 MB promoted then, under 100 MB now).
 * - A file read again (a shared registry, a linked national plan) stays while one of the last
 *   `KEEP_CHECKS` checks read it.
 * - Configs stay: they are few, and the project looks for them apart.
 * A file let go and read later is read again, and counts again against the run's totals.
 */
export class Keeper {
  private readonly lastRead = new Map<string, { project: Project; at: number }>();
  /** Every file a check read. */
  private readonly readBefore = new Set<string>();
  private checks = 0;

  used(project: Project, checked: string, reads: string[]): void {
    const at = ++this.checks;
    for (const uri of reads) {
      const again = this.readBefore.has(uri);
      this.readBefore.add(uri);
      if (path.basename(uri) === CONFIG_FILE) continue;
      if (again) this.lastRead.set(uri, { project, at });
      else if (uri === checked) project.release(uri);
      else this.lastRead.set(uri, { project, at: at - KEEP_CHECKS + 1 }); // let go after the next check
    }
    for (const [uri, last] of this.lastRead)
      if (last.at <= at - KEEP_CHECKS) {
        last.project.release(uri);
        this.lastRead.delete(uri);
      }
  }
}

/** A file the run did not read: past its totals. */
export function refusedOutcome(file: string, opts: RunOptions, budget: RunBudget): FileOutcome {
  const name = relativeName(opts.cwd, file);
  const report = { file: name, diagnostics: [budget.refusal(file, opts.locale)], suppressed: [], source: '' };
  return { path: file, name, report, configLines: [], reads: [], refused: true };
}

/** A run's result from its outcomes, in the order of the files: the same whoever produced them. */
export function assemble(outcomes: FileOutcome[], explicitLines: string[]): RunResult {
  const problems: string[] = [];
  const unread: string[] = [];
  const reports: FileReport[] = [];
  for (const o of outcomes) {
    if (o.unreadable !== undefined) {
      problems.push(o.unreadable);
      unread.push(o.name);
    } else if (o.report) reports.push(o.report);
  }
  // An unreadable config is found once per plan that looks for it: say each problem once.
  const said = new Set<string>();
  for (const line of [...explicitLines, ...outcomes.flatMap(o => o.configLines)])
    if (!said.has(line)) {
      said.add(line);
      problems.push(line);
    }
  reports.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { reports, problems, unread, coverage: [] };
}
