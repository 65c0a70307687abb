/** What a run of checks takes and gives: plain data, which a worker thread receives as it is. */
import type { DocumentCoverage, Limits, Locale } from '../core/index';
import type { FileReport } from './reporters/index';
import type { RunTotals } from './budget';

export interface RunOptions {
  cwd: string;
  configFile?: string;
  locale: Locale;
  reportUnusedDisable?: boolean;
  /** Limits the repository's own config may not raise. */
  ceilings?: Partial<Limits>;
  /** Also say what no plan cites in the source documents the checked plans cite. */
  coverage?: boolean;
  /** `--cache`: the cache file (relative to `cwd`), and the build it must come from. */
  cache?: { file: string; build: string };
  /** `--concurrency`: worker threads for the checks (`auto`: one per core on a large run). */
  concurrency?: number | 'auto';
  /** `--max-total-bytes`, `--max-total-files`: what the whole run may read (defaults: `DEFAULT_RUN_TOTALS`). */
  totals?: RunTotals;
  /** How many threads share the totals (a worker's run reads its share). */
  threads?: number;
}
/** `unread`: files that could not be read, by their relative names. */
export interface RunResult {
  reports: FileReport[];
  problems: string[];
  unread: string[];
  coverage: DocumentCoverage[];
  /** How many files were checked, and how many were taken from the cache (`--cache`). */
  stats?: { checked: number; cached: number };
  /** Why the cache could not be written (the run's findings stand). */
  cacheRefused?: string;
}
