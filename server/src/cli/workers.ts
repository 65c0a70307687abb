/**
 * `--concurrency`: the files are cut into one contiguous slice per worker thread, each worker checks
 * its slice in a session of its own, and the outcomes come back as plain data in slice order, so
 * the files keep the order they were named in and the output is the serial run's, byte for byte.
 * A worker runs the same bundle (`dist/cli.js`) as the main thread.
 */
import { availableParallelism } from 'node:os';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import { checkOutcomes, type FileOutcome } from './outcomes';
import type { RunOptions } from './runOptions';

/** Below this many files to check, `auto` checks them in the main thread: a worker's start costs more. */
const AUTO_MIN_FILES = 64;

/** `auto`, `off` or a count, as `--concurrency` takes it; undefined when it is none of those. */
export function parseConcurrency(value: string | undefined): number | 'auto' | undefined {
  if (value === undefined || value === 'auto') return 'auto';
  if (value === 'off') return 1;
  return /^[1-9][0-9]{0,3}$/.test(value) ? Number(value) : undefined;
}

/** How many threads check `files` files: `auto` is one per core on a large run, else the main thread. */
export function threadCount(setting: number | 'auto', files: number): number {
  const n = setting === 'auto' ? (files >= AUTO_MIN_FILES ? availableParallelism() : 1) : setting;
  return Math.max(1, Math.min(n, files));
}

interface Job {
  files: string[];
  opts: RunOptions;
}

/** Checks the files in `threads` worker threads; outcomes in the order of `files`. */
export async function checkInWorkers(files: string[], opts: RunOptions, threads: number): Promise<FileOutcome[]> {
  const size = Math.ceil(files.length / threads);
  const slices: string[][] = [];
  for (let i = 0; i < files.length; i += size) slices.push(files.slice(i, i + size));
  const bundle = __filename; // dist/cli.js: the worker loads it and runs its worker side
  const runs = slices.map(
    slice =>
      new Promise<FileOutcome[]>((resolve, reject) => {
        const job: Job = { files: slice, opts };
        const worker = new Worker(`require(${JSON.stringify(bundle)}).runCheckWorker();`, {
          eval: true,
          workerData: job,
        });
        let done = false;
        worker.once('message', (outcomes: FileOutcome[]) => {
          done = true;
          resolve(outcomes);
        });
        worker.once('error', reject);
        worker.once('exit', code => {
          if (!done) reject(new Error(`a checking thread stopped (exit code ${code}) before it answered`));
        });
      }),
  );
  return (await Promise.all(runs)).flat();
}

/** The worker's side: check the slice it was given, answer with the outcomes, and end. */
export async function runCheckWorker(): Promise<void> {
  const job = workerData as Job;
  parentPort!.postMessage(await checkOutcomes(job.files, job.opts));
}
