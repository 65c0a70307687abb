/**
 * Run-wide totals: however large each file may be, a run reads at most so many bytes in so many files.
 * Per-file limits bound one file; a repository of 100,000 files each under its limit would still hold
 * a CI job for hours. Past a total, each file left is refused unread with a finding at 1:1. The totals
 * come from the command line only, so a pull request's config cannot raise them.
 */
import type { FileHost, Locale } from '../core/index';
import type { PlanDiagnostic } from '../core/diagnostics';
import { t } from '../core/l10n/index';

export interface RunTotals {
  maxBytes: number;
  maxFiles: number;
}
export const DEFAULT_RUN_TOTALS: RunTotals = { maxBytes: 2 * 1024 ** 3, maxFiles: 100_000 };

export class RunBudget {
  private bytes = 0;
  private files = 0;
  private readonly limit: RunTotals;
  /** `threads`: how many threads share the totals, each reading apart (each may read its share). */
  constructor(
    private readonly totals: RunTotals,
    threads = 1,
  ) {
    this.limit = {
      maxBytes: Math.floor(totals.maxBytes / threads),
      maxFiles: Math.max(1, Math.floor(totals.maxFiles / threads)),
    };
  }

  /** `base`, counting what it reads. */
  count(base: FileHost): FileHost {
    return {
      ...base,
      readFile: async (uri, maxBytes) => {
        const b = await base.readFile(uri, maxBytes);
        this.bytes += b.byteLength;
        this.files++;
        return b;
      },
    };
  }

  get exceeded(): boolean {
    return this.bytes >= this.limit.maxBytes || this.files >= this.limit.maxFiles;
  }

  /** The finding on a file the run refuses to read. */
  refusal(uri: string, locale: Locale): PlanDiagnostic {
    const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
    return {
      uri,
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: 'error',
      code: 'limit-exceeded',
      message: t(locale, 'run.totalExceeded', {
        bytes: mb(this.bytes),
        files: this.files,
        maxBytes: mb(this.totals.maxBytes),
        maxFiles: this.totals.maxFiles,
      }),
    };
  }
}
