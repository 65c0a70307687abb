/** `planlint`: checks plan files for CI. Exit 0 valid, 1 errors (or too many warnings), 2 could not run. */
import { parseArgs } from 'node:util';
import { toLocale } from '../core/index';
import { expandArgs } from './files';
import { REPORTERS } from './reporters/index';
import { runChecks } from './run';

declare const PLANLINT_VERSION: string;
const VERSION = typeof PLANLINT_VERSION === 'string' ? PLANLINT_VERSION : '0.0.0';

const HELP = `Usage: planlint [options] <file|directory|glob>...

Checks PlanLint plan files (*.plan.yaml, *.plan.yml, *.orgs.yaml).

Options:
  --format <name>       output format: ${Object.keys(REPORTERS).join(', ')} (default: stylish)
  --max-warnings <n>    exit 1 when more than n warnings are found
  --config <file>       use this config instead of the planlint.config.yaml found upward
  --locale <en|zh-cn>   language of the messages (default: from LANG, else en)
  --color / --no-color  force colors on or off in stylish output
  -h, --help            show this help
  -v, --version         print the version

Exit codes: 0 no errors; 1 errors found (or more warnings than --max-warnings); 2 could not run.
`;

export async function main(argv: string[], io = { out: process.stdout, err: process.stderr, cwd: process.cwd(), env: process.env }): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, strict: true, options: {
      format: { type: 'string', default: 'stylish' }, 'max-warnings': { type: 'string' }, config: { type: 'string' },
      locale: { type: 'string' }, color: { type: 'boolean' }, 'no-color': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' }, version: { type: 'boolean', short: 'v' },
    } });
  } catch (e) {
    io.err.write(`planlint: ${(e as Error).message}\n\n${HELP}`);
    return 2;
  }
  const { values: o, positionals } = parsed;
  if (o.help) { io.out.write(HELP); return 0; }
  if (o.version) { io.out.write(`${VERSION}\n`); return 0; }
  const reporter = REPORTERS[o.format!];
  if (!reporter) { io.err.write(`planlint: unknown format '${o.format}' (known: ${Object.keys(REPORTERS).join(', ')})\n`); return 2; }
  let maxWarnings: number | undefined;
  if (o['max-warnings'] !== undefined) {
    maxWarnings = Number(o['max-warnings']);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) { io.err.write(`planlint: --max-warnings takes a whole number, 0 or more\n`); return 2; }
  }
  if (o.locale !== undefined && !/^(en|zh)/i.test(o.locale)) { io.err.write(`planlint: unknown locale '${o.locale}' (known: en, zh-cn)\n`); return 2; }
  if (!positionals.length) { io.err.write(`planlint: name at least one file, folder or glob\n\n${HELP}`); return 2; }
  const locale = toLocale(o.locale || io.env.LC_ALL || io.env.LC_MESSAGES || io.env.LANG);
  const expanded = await expandArgs(positionals, io.cwd);
  const { reports, problems } = await runChecks(expanded.files, { cwd: io.cwd, configFile: o.config, locale });
  const color = o['no-color'] ? false : o.color ?? (!!(io.out as { isTTY?: boolean }).isTTY && !io.env.NO_COLOR);
  io.out.write(reporter(reports, { color, toolVersion: VERSION }));
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
