/**
 * `--concurrency`: the main thread and `threads - 1` worker threads check the files, each in a session
 * of its own. The files are cut into small batches of neighbours (which share includes), and each
 * thread claims the next batch from a shared counter when it is done with its last: a thread slowed by
 * its start (a worker loads the bundle first) or by a busy core checks fewer, and none waits for the
 * others. The outcomes come back as plain data and are put in the order of the files, so the output
 * is the serial run's, byte for byte. A worker runs the same bundle (`dist/cli.js`) as the main thread.
 */
import { availableParallelism } from 'node:os';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import { checkOutcomes, Keeper, newRun, refusedOutcome, type FileOutcome, type Run } from './outcomes';
import type { RunOptions } from './runOptions';

/** Below this many files to check, `auto` checks them in the main thread: a worker's start costs more. */
const AUTO_MIN_FILES = 64;
/** The most files a thread claims at once: few enough that the threads end together. */
const MAX_BATCH = 8;
/**
 * A worker's young generation (three semi-spaces in V8), in MB: a file's parse lives through its check,
 * and with V8's default 16 MB semi-space each scavenge copied it and promoted most of it, to die in the
 * old generation. At 32 MB a worker scavenges half as often (the main thread's heap is set at start).
 */
const WORKER_YOUNG_GENERATION_MB = 96;

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
  /** The run's options, `threads` set: each thread reads its share of the run's totals. */
  opts: RunOptions;
  batch: number;
  /** One Int32: the number of the next batch to claim, shared by every thread. */
  next: SharedArrayBuffer;
}
/** A thread's outcomes: each batch's, after the index of its first file. */
type Claimed = [number, FileOutcome[]][];

/** Checks the files in `threads` threads, this one included; outcomes in the order of `files`. */
export async function checkInThreads(files: string[], opts: RunOptions, threads: number): Promise<FileOutcome[]> {
  const batch = Math.max(1, Math.min(MAX_BATCH, Math.floor(files.length / (threads * 4))));
  const job: Job = { files, opts: { ...opts, threads }, batch, next: new SharedArrayBuffer(4) };
  const bundle = __filename; // dist/cli.js: the worker loads it and runs its worker side
  const workers = Array.from(
    { length: threads - 1 },
    () =>
      new Promise<Claimed>((resolve, reject) => {
        const worker = new Worker(`require(${JSON.stringify(bundle)}).runCheckWorker();`, {
          eval: true,
          workerData: job,
          resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
        });
        let done = false;
        worker.once('message', (claimed: Claimed) => {
          done = true;
          resolve(claimed);
        });
        worker.once('error', reject);
        worker.once('exit', code => {
          if (!done) reject(new Error(`a checking thread stopped (exit code ${code}) before it answered`));
        });
      }),
  );
  const theirs = Promise.all(workers);
  theirs.catch(() => {}); // a worker's failure is awaited below, once this thread's checks are done
  const run = newRun(job.opts);
  const mine = await checkClaimed(job, run);
  const out = new Array<FileOutcome | undefined>(files.length);
  for (const [start, outcomes] of [mine, ...(await theirs)].flat())
    outcomes.forEach((o, i) => {
      out[start + i] = o;
    });
  // What no thread claimed: every thread had read its share of the run's totals.
  return Array.from(out, (o, i) => o ?? refusedOutcome(files[i], job.opts, run.budget));
}

/**
 * Claims batches until none is left, and checks them in one session. A thread that has read its share of
 * the run's totals claims no more (refusing is quick: it would claim every batch left while the others
 * still check).
 */
async function checkClaimed(job: Job, run: Run): Promise<Claimed> {
  const next = new Int32Array(job.next);
  const keeper = new Keeper();
  const claimed: Claimed = [];
  while (!run.budget.exceeded) {
    const start = Atomics.add(next, 0, 1) * job.batch;
    if (start >= job.files.length) return claimed;
    claimed.push([start, await checkOutcomes(job.files.slice(start, start + job.batch), job.opts, run, keeper)]);
  }
  return claimed;
}

/** The worker's side: check batches until none is left, answer with the outcomes, and end. */
export async function runCheckWorker(): Promise<void> {
  const job = workerData as Job;
  parentPort!.postMessage(await checkClaimed(job, newRun(job.opts)));
}
