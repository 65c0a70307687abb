/** `planlint`: checks plan files for CI. Exit 0 valid, 1 errors (or too many warnings), 2 could not run. */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import {
  DEFAULT_LIMITS,
  decodeText,
  FileTooLarge,
  NotAFile,
  pickLocale,
  planSchema,
  type DocumentCoverage,
} from '../core/index';
import { SOURCE_FILE } from '../core/text/fileKinds';
import { readBounded } from '../node/nodeHost';
import { applyBaseline, BaselineRefused } from './commands/baseline';
import { draftCommand } from './commands/draft';
import { checkDocuments, runDocChecks } from './commands/doc';
import { reportInputs } from './reportInputs';
import { initCommand } from './commands/init';
import { coverageJson, coverageStylish } from './commands/coverage';
import { reportCommand } from './commands/report';
import { evaluationCsv } from './commands/reportMonitoring';
import { rulesCommand } from './commands/rules';
import { expandArgs } from './files';
import { OutputRefused, writeOutput } from './output';
import { REPORTERS } from './reporters/index';
export { REPORTERS }; // for the reporters' unit tests
import { runChecks } from './run';
import { buildId, DEFAULT_CACHE_FILE } from './cache';
import { parseConcurrency } from './workers';
import { DEFAULT_RUN_TOTALS } from './budget';
export { runCheckWorker } from './workers'; // a worker thread's entry in this bundle
export { Keeper } from './outcomes'; // for its unit test
import { msg, t, tn } from '../core/l10n/index';
import { envLocale, optionLocale } from './locale';
import { printable, printableKeepingLines } from '../core/text/printer';

declare const PLANLINT_VERSION: string;
const VERSION = typeof PLANLINT_VERSION === 'string' ? PLANLINT_VERSION : '0.0.0';

interface Io {
  out: NodeJS.WritableStream & { isTTY?: boolean };
  err: NodeJS.WritableStream;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

export async function main(
  argv: string[],
  io: Io = { out: process.stdout, err: process.stderr, cwd: process.cwd(), env: process.env },
): Promise<number> {
  let locale = envLocale(io.env);
  const help = () => t(locale, 'cli.help', { formats: Object.keys(REPORTERS).join(', ') });
  const fail = (m: string, withHelp = false) => {
    io.err.write(`planlint: ${printable(m)}\n${withHelp ? `\n${help()}` : ''}`);
    return 2;
  };
  const { command, args } = splitCommand(argv);
  if (command === 'draft') return draftCommand(args, io);
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      tokens: true,
      options: {
        format: { type: 'string', multiple: true },
        output: { type: 'string', multiple: true },
        'max-warnings': { type: 'string' },
        config: { type: 'string' },
        baseline: { type: 'string' },
        'report-unused-disable': { type: 'boolean' },
        'max-limits': { type: 'boolean' },
        cache: { type: 'boolean' },
        'cache-location': { type: 'string' },
        concurrency: { type: 'string' },
        'max-total-bytes': { type: 'string' },
        'max-total-files': { type: 'string' },
        explain: { type: 'boolean' },
        evaluation: { type: 'boolean' },
        locale: { type: 'string' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (e) {
    return fail((e as Error).message, true);
  }
  const { values: o, positionals } = parsed;
  const chosen = optionLocale(o.locale, io.env);
  if (!chosen) return fail(t(locale, 'cli.unknownLocale', { locale: o.locale ?? '' }));
  locale = chosen;
  if (o.help) {
    io.out.write(help());
    return 0;
  }
  if (o.version) {
    io.out.write(`${VERSION}\n`);
    return 0;
  }
  /** False (after saying why) when the output path is refused: a symbolic link, or under one. */
  const write = async (text: string, file?: string) => {
    if (!file) {
      io.out.write(text);
      return true;
    }
    try {
      await writeOutput(io.cwd, file, text);
      return true;
    } catch (e) {
      if (e instanceof OutputRefused) {
        fail(pickLocale(e.why, locale));
        return false;
      }
      throw e;
    }
  };

  if (command === 'init') {
    if (positionals.length > 1) return fail(t(locale, 'cli.initOneFolder'), true);
    return initCommand(positionals[0] ?? '.', io, locale, VERSION);
  }
  if (command === 'schema') {
    io.out.write(`${JSON.stringify(planSchema, null, 2)}\n`);
    return 0;
  }
  if (command === 'rules') {
    const f = o.format?.[0] ?? 'text';
    if (f !== 'text' && f !== 'json') return fail(t(locale, 'cli.rulesFormat', { format: f }));
    io.out.write(rulesCommand(f, locale));
    return 0;
  }

  // Which format goes where: an --output applies to the --format before it; name=FILE works too.
  const formats: { name: string; file?: string }[] = [];
  let strayOutput: string | undefined;
  for (const tok of parsed.tokens ?? []) {
    if (tok.kind !== 'option' || tok.value === undefined) continue;
    if (tok.name === 'format') {
      const eq = tok.value.indexOf('=');
      formats.push(eq > 0 ? { name: tok.value.slice(0, eq), file: tok.value.slice(eq + 1) } : { name: tok.value });
    } else if (tok.name === 'output') {
      const last = formats[formats.length - 1];
      if (last && !last.file) last.file = tok.value;
      else if (!formats.length && !strayOutput) strayOutput = tok.value;
      else return fail(t(locale, 'cli.outputWithoutFormat', { file: tok.value }));
    }
  }
  if (!formats.length) formats.push({ name: 'stylish', file: strayOutput });
  else if (strayOutput) return fail(t(locale, 'cli.outputBeforeFormat'));
  if (command === 'check' || command === 'report' || command === 'doc') {
    for (const f of formats)
      if (command !== 'report' && !REPORTERS[f.name])
        return fail(t(locale, 'cli.unknownFormat', { format: f.name, known: Object.keys(REPORTERS).join(', ') }));
    if (formats.filter(f => !f.file).length > 1) return fail(t(locale, 'cli.oneStdout'));
  }
  let maxWarnings: number | undefined;
  if (o['max-warnings'] !== undefined) {
    maxWarnings = Number(o['max-warnings']);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) return fail(t(locale, 'cli.maxWarnings'));
  }
  if (!positionals.length) positionals.push('.'); // the contract: with no path, the current folder
  const concurrency = parseConcurrency(o.concurrency);
  if (concurrency === undefined) return fail(t(locale, 'cli.concurrency', { value: o.concurrency ?? '' }));
  const cacheFile =
    o.cache || o['cache-location'] !== undefined ? (o['cache-location'] ?? DEFAULT_CACHE_FILE) : undefined;
  const totals = { ...DEFAULT_RUN_TOTALS };
  for (const [option, key] of [
    ['max-total-bytes', 'maxBytes'],
    ['max-total-files', 'maxFiles'],
  ] as const) {
    const value = o[option];
    if (value === undefined) continue;
    if (!/^[1-9][0-9]{0,15}$/.test(value)) return fail(t(locale, 'cli.total', { option: `--${option}`, value }));
    totals[key] = Number(value);
  }

  const runOptions = {
    cwd: io.cwd,
    configFile: o.config,
    locale,
    ceilings: o['max-limits'] ? DEFAULT_LIMITS : undefined,
    totals,
  };
  const inputs = command === 'report' ? await reportInputs(positionals, io.cwd, locale) : undefined;
  const expanded =
    inputs?.plans ??
    (await expandArgs(
      positionals,
      io.cwd,
      locale,
      command === 'doc' ? (name: string) => SOURCE_FILE.test(name) : undefined,
    ));
  let { reports, problems, unread, coverage, stats, cacheRefused } =
    command === 'doc'
      ? { ...NOTHING, reports: await runDocChecks(expanded.files, { ...runOptions, explain: o.explain }) }
      : await runChecks(expanded.files, {
          ...runOptions,
          reportUnusedDisable: o['report-unused-disable'],
          coverage: command === 'coverage' || command === 'report',
          cache: cacheFile === undefined ? undefined : { file: cacheFile, build: await buildId(VERSION) },
          concurrency,
        });
  if (o.baseline) {
    try {
      reports = applyBaseline(reports, await readBaseline(io.cwd, o.baseline));
    } catch (e) {
      const why =
        e instanceof BaselineRefused
          ? pickLocale(e.why, locale)
          : e instanceof FileTooLarge
            ? t(locale, 'reason.tooLarge', { bytes: DEFAULT_LIMITS.maxPlanBytes })
            : e instanceof NotAFile
              ? t(locale, 'reason.notAFile')
              : ((e as NodeJS.ErrnoException).code ?? (e as Error).message);
      return fail(t(locale, 'cli.baseline', { file: o.baseline, why }));
    }
  }
  if (command === 'report') {
    const f = o.format?.[0] ?? 'html';
    if (f !== 'html' && f !== 'csv') return fail(t(locale, 'eval.csvFormat', { format: f }));
    if (f === 'csv' && !o.evaluation) return fail(t(locale, 'eval.csvNeedsEvaluation'));
    const only = o.evaluation ? 'evaluation' : undefined;
    // Documents checked directly: those no plan of the run cites (a cited one's findings are its plans').
    const cited = new Set(coverage.map(c => c.uri));
    const documents =
      only || !inputs?.documents.length
        ? []
        : await checkDocuments(
            inputs.documents.filter(d => !cited.has(d)),
            runOptions,
          );
    const text =
      f === 'csv'
        ? evaluationCsv(reports, locale)
        : reportCommand(reports, coverage, io.cwd, locale, VERSION, only, documents);
    reports = [...reports, ...documents.map(d => d.report)];
    // HTML is for a browser, not a terminal: without --output it goes to a file, and the user is told where.
    const target = o.output?.[0] ?? (f === 'csv' ? '-' : DEFAULT_REPORT);
    if (!(await write(text, target === '-' ? undefined : target))) return 2;
    if (!o.output?.length && f !== 'csv')
      io.out.write(`planlint: ${printable(t(locale, 'cli.reportWritten', { file: path.resolve(io.cwd, target) }))}\n`);
  } else if (command === 'coverage') {
    const f = o.format?.[0] ?? 'stylish';
    if (f !== 'stylish' && f !== 'json') return fail(t(locale, 'cli.coverageFormat', { format: f }));
    const text = f === 'json' ? coverageJson(coverage, io.cwd) : coverageStylish(coverage, io.cwd, locale);
    if (!(await write(text, o.output?.[0]))) return 2;
  } else {
    const color = o['no-color'] ? false : (o.color ?? (!!io.out.isTTY && !io.env.NO_COLOR));
    for (const f of formats) {
      const text = REPORTERS[f.name](reports, {
        color: f.file ? false : color,
        toolVersion: VERSION,
        cwd: io.cwd,
        locale,
        unread: [...expanded.unread, ...unread],
      });
      if (!(await write(text, f.file))) return 2;
    }
  }
  if (cacheRefused) io.err.write(`planlint: ${printable(t(locale, 'cli.cacheNotWritten', { why: cacheRefused }))}\n`);
  // A debugging aid (and the tests' view of the cache): how many files were checked, how many were kept.
  if (io.env.PLANLINT_DEBUG_CACHE && stats) io.err.write(`planlint: ${t(locale, 'cli.cacheStats', stats)}\n`);
  const allProblems = [...expanded.problems, ...problems];
  for (const p of allProblems) io.err.write(`planlint: ${printable(p)}\n`);
  if (allProblems.length) return 2;
  if (command === 'coverage') return 0; // what no plan cites is information, not a failure
  const all = reports.flatMap(r => r.diagnostics);
  const errors = all.filter(d => d.severity === 'error').length;
  const warnings = all.filter(d => d.severity === 'warning').length;
  if (errors) return 1;
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    io.err.write(`planlint: ${tn(locale, 'cli.tooManyWarnings', warnings, { max: maxWarnings })}\n`);
    return 1;
  }
  return 0;
}

/**
 * A `--baseline` file is an input like any other: a committed one is the pull request's. It is read bounded
 * (no FIFO, device or folder, at most a plan's size), and one named inside the current folder may not be a
 * link out of it (`planlint-baseline.json -> /dev/zero` or `~/.ssh/id_rsa`).
 */
async function readBaseline(cwd: string, file: string): Promise<string> {
  const named = path.resolve(cwd, file);
  const inside = (p: string, root: string) => {
    const rel = path.relative(root, p);
    return !rel.startsWith('..') && !path.isAbsolute(rel);
  };
  if (inside(named, path.resolve(cwd)) && !inside(await fs.realpath(named), await fs.realpath(cwd))) {
    throw new BaselineRefused(msg('reason.outside'));
  }
  const text = decodeText(await readBounded(named, DEFAULT_LIMITS.maxPlanBytes));
  if (!text) throw new BaselineRefused(msg('reason.notText'));
  return text.text;
}

const DEFAULT_REPORT = 'planlint-report.html';
/** `planlint doc` runs no plan check: nothing unread, no problems, no coverage besides its reports. */
const NOTHING = {
  problems: [] as string[],
  unread: [] as string[],
  coverage: [] as DocumentCoverage[],
  stats: undefined,
  cacheRefused: undefined,
};
const COMMANDS = ['report', 'rules', 'schema', 'init', 'coverage', 'draft', 'doc'];
/** Options that take a value: the word after them is not the subcommand. */
const VALUED = new Set([
  '--format',
  '--output',
  '--max-warnings',
  '--config',
  '--baseline',
  '--locale',
  '--cache-location',
  '--concurrency',
  '--max-total-bytes',
  '--max-total-files',
  '--out',
  '--id',
]);

/** The subcommand may follow options (`planlint --locale zh-cn report …`); without one, `check`. */
function splitCommand(argv: string[]): { command: string; args: string[] } {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') break;
    if (a.startsWith('-')) {
      if (VALUED.has(a)) i++;
      continue;
    }
    return COMMANDS.includes(a)
      ? { command: a, args: [...argv.slice(0, i), ...argv.slice(i + 1)] }
      : { command: 'check', args: argv };
  }
  return { command: 'check', args: argv };
}

/** The `bin` entry: never a bare stack trace, always an exit code. */
export function runCli(): void {
  main(process.argv.slice(2)).then(
    code => {
      process.exitCode = code;
    },
    e => {
      process.stderr.write(
        `planlint: internal error (please report): ` +
          `${printableKeepingLines(e instanceof Error ? (e.stack ?? e.message) : String(e))}\n`,
      );
      process.exitCode = 2;
    },
  );
}

/**
 * The `planlint-language-server` bin, in the same bundle: the language server for any editor (docs/editors.md).
 * Imported when it starts (the bundle evaluates it then, not on every `check` run and in every checking thread).
 */
export async function runLanguageServer(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv.includes('--version')) process.stdout.write(`${VERSION}\n`);
  else if (!(await import('../node/languageServer')).startNodeServer(argv)) {
    process.stderr.write(t(envLocale(process.env), 'server.usage'));
    process.exitCode = 2;
  }
}
