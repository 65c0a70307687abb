/** `planlint`: checks plan files for CI. Exit 0 valid, 1 errors (or too many warnings), 2 could not run. */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_LIMITS, planSchema, toLocale } from '../core/index';
import { applyBaseline } from './commands/baseline';
import { draftCommand } from './commands/draft';
import { initCommand } from './commands/init';
import { reportCommand } from './commands/report';
import { rulesCommand } from './commands/rules';
import { expandArgs } from './files';
import { REPORTERS } from './reporters/index';
import { runChecks } from './run';

declare const PLANLINT_VERSION: string;
const VERSION = typeof PLANLINT_VERSION === 'string' ? PLANLINT_VERSION : '0.0.0';

const HELP = `Usage: planlint [options] [file|directory|glob]...
       planlint report [--output report.html] [file|directory|glob]...
       planlint rules [--format json]
       planlint schema
       planlint init [folder]
       planlint draft <document> [--out FILE] [--id ID]

Checks PlanLint plan files (*.plan.yaml, *.plan.yml, *.orgs.yaml); with no path, the current folder.
\`init\` sets up a plans repository (default: the current folder) and never overwrites a file.
\`draft\` drafts a plan from a source document (.txt or .md); it prints it, or writes --out FILE, never over a file.

Options:
  --format <name>          ${Object.keys(REPORTERS).join(', ')} (default: stylish); repeat it for
                           several outputs, each paired with an --output in order, or as name=FILE
  --output <file>          write the (paired) format to a file instead of standard output
  --max-warnings <n>       exit 1 when more than n warnings are found
  --config <file>          use this config instead of the planlint.config.yaml found upward
                           (the repository's own configs are then not read: their limits neither)
  --max-limits             the repository's config may lower the resource limits, never raise
                           them above the defaults (for CI on pull requests)
  --baseline <file>        report only findings not in this earlier --format json output
  --report-unused-disable  report planlint-disable comments that silence nothing
  --locale <en|zh-cn>      language of the messages (default: from LANG, else en)
  --color / --no-color     force colors on or off in stylish output
  -h, --help               show this help
  -v, --version            print the version

Exit codes: 0 no errors; 1 errors found (or more warnings than --max-warnings); 2 could not run.
`;

interface Io { out: NodeJS.WritableStream & { isTTY?: boolean }; err: NodeJS.WritableStream; cwd: string; env: NodeJS.ProcessEnv }

export async function main(argv: string[], io: Io = { out: process.stdout, err: process.stderr, cwd: process.cwd(), env: process.env }): Promise<number> {
  const fail = (m: string, help = false) => { io.err.write(`planlint: ${m}\n${help ? `\n${HELP}` : ''}`); return 2; };
  if (argv[0] === 'draft') return draftCommand(argv.slice(1), io);
  const command = ['report', 'rules', 'schema', 'init'].includes(argv[0]) ? argv[0] : 'check';
  let parsed;
  try {
    parsed = parseArgs({ args: command === 'check' ? argv : argv.slice(1), allowPositionals: true, strict: true, tokens: true, options: {
      format: { type: 'string', multiple: true }, output: { type: 'string', multiple: true }, 'max-warnings': { type: 'string' },
      config: { type: 'string' }, baseline: { type: 'string' }, 'report-unused-disable': { type: 'boolean' },
      'max-limits': { type: 'boolean' },
      locale: { type: 'string' }, color: { type: 'boolean' }, 'no-color': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' }, version: { type: 'boolean', short: 'v' },
    } });
  } catch (e) { return fail((e as Error).message, true); }
  const { values: o, positionals } = parsed;
  if (o.help) { io.out.write(HELP); return 0; }
  if (o.version) { io.out.write(`${VERSION}\n`); return 0; }
  if (o.locale !== undefined && !/^(en|zh)/i.test(o.locale)) return fail(`unknown locale '${o.locale}' (known: en, zh-cn)`);
  const locale = toLocale(o.locale || io.env.LC_ALL || io.env.LC_MESSAGES || io.env.LANG);
  const write = async (text: string, file?: string) => {
    if (!file) { io.out.write(text); return; }
    await fs.mkdir(path.dirname(path.resolve(io.cwd, file)), { recursive: true });
    await fs.writeFile(path.resolve(io.cwd, file), text);
  };

  if (command === 'init') {
    if (positionals.length > 1) return fail('init takes one folder', true);
    return initCommand(positionals[0] ?? '.', io, locale, VERSION);
  }
  if (command === 'schema') { io.out.write(JSON.stringify(planSchema, null, 2) + '\n'); return 0; }
  if (command === 'rules') {
    const f = o.format?.[0] ?? 'text';
    if (f !== 'text' && f !== 'json') return fail(`rules: unknown format '${f}' (known: text, json)`);
    io.out.write(rulesCommand(f, locale));
    return 0;
  }

  // Which format goes where: an --output applies to the --format before it; name=FILE works too.
  const formats: { name: string; file?: string }[] = [];
  let strayOutput: string | undefined;
  for (const t of parsed.tokens ?? []) {
    if (t.kind !== 'option' || t.value === undefined) continue;
    if (t.name === 'format') {
      const eq = t.value.indexOf('=');
      formats.push(eq > 0 ? { name: t.value.slice(0, eq), file: t.value.slice(eq + 1) } : { name: t.value });
    } else if (t.name === 'output') {
      const last = formats[formats.length - 1];
      if (last && !last.file) last.file = t.value; else if (!formats.length && !strayOutput) strayOutput = t.value;
      else return fail(`--output ${t.value} follows no --format that lacks one`);
    }
  }
  if (!formats.length) formats.push({ name: 'stylish', file: strayOutput });
  else if (strayOutput) return fail('put --output after the --format it is for');
  if (command === 'check') {
    for (const f of formats) if (!REPORTERS[f.name]) return fail(`unknown format '${f.name}' (known: ${Object.keys(REPORTERS).join(', ')})`);
    if (formats.filter(f => !f.file).length > 1) return fail('only one format can go to standard output: give the others an --output');
  }
  let maxWarnings: number | undefined;
  if (o['max-warnings'] !== undefined) {
    maxWarnings = Number(o['max-warnings']);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) return fail('--max-warnings takes a whole number, 0 or more');
  }
  if (!positionals.length) positionals.push('.'); // the contract: with no path, the current folder

  const expanded = await expandArgs(positionals, io.cwd);
  let { reports, problems, unread } = await runChecks(expanded.files, {
    cwd: io.cwd, configFile: o.config, locale, reportUnusedDisable: o['report-unused-disable'],
    ceilings: o['max-limits'] ? DEFAULT_LIMITS : undefined,
  });
  if (o.baseline) {
    try { reports = applyBaseline(reports, await fs.readFile(path.resolve(io.cwd, o.baseline), 'utf8')); }
    catch (e) { return fail(`cannot use baseline '${o.baseline}': ${(e as Error).message}`); }
  }
  if (command === 'report') {
    await write(reportCommand(reports, expanded.files, io.cwd, locale, VERSION), o.output?.[0]);
  } else {
    const color = o['no-color'] ? false : o.color ?? (!!io.out.isTTY && !io.env.NO_COLOR);
    for (const f of formats) await write(REPORTERS[f.name](reports, {
      color: f.file ? false : color, toolVersion: VERSION, cwd: io.cwd, locale, unread: [...expanded.unread, ...unread],
    }), f.file);
  }
  const allProblems = [...expanded.problems, ...problems];
  for (const p of allProblems) io.err.write(`planlint: ${p}\n`);
  if (allProblems.length) return 2;
  const all = reports.flatMap(r => r.diagnostics);
  const errors = all.filter(d => d.severity === 'error').length;
  const warnings = all.filter(d => d.severity === 'warning').length;
  if (errors) return 1;
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    io.err.write(`planlint: ${warnings} warnings, more than --max-warnings ${maxWarnings}\n`);
    return 1;
  }
  return 0;
}

/** The `bin` entry: never a bare stack trace, always an exit code. */
export function runCli(): void {
  main(process.argv.slice(2)).then(code => { process.exitCode = code; }, e => {
    process.stderr.write(`planlint: internal error (please report): ${e instanceof Error ? e.stack : String(e)}\n`);
    process.exitCode = 2;
  });
}
